"""Reading a question in its language for the English-only ranking.

The question's language and which of its words are ordinary words of it come from bot/kb/detect.py
(lingua, wordfreq); here the glossary turns domain terms ('Ausfuhrkontrollen', '实体清单') into the
knowledge base's English words, and names spelt in another script ('بيغاسوس') into the names the
index knows, so what is left unread can count against an answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache

from bot.kb.casual import CasualTable
from bot.kb.country_reader import CountryReader, english_cities, own_country_names
from bot.kb.detect import (
    CODES,
    DETECT_CHARS,
    ORDINARY_ZIPF,
    WORD,
    detect,
    detector,
    elided,
    elided_heads,
    fold_word,
    folded_frequencies,
    folded_words,
    inflected,
    zipf,
    zipf_unaccented,
)
from bot.kb.english_zipf import english_zipf
from bot.kb.glossary import Glossary
from bot.kb.lists import country_names
from bot.kb.months import month_names
from bot.kb.role_words import legislature_stems as legislatures
from bot.kb.scripts import SCRIPT_WORD, spelt_out, unread_script
from bot.kb.senses import everyday
from bot.kb.spelt import HAN, NON_LATIN, han_names, listed_zipf, spelt_names, spelt_pairs, strip_marks
from bot.kb.text import fold, stem
from bot.kb.translit import DECLINING, NameSounds
from bot.kb.unlisted import unlisted_words
from bot.kb.unlisted import warm_up as unlisted_warm_up

# Languages that glue nouns together: a glossary form also counts inside a word.
COMPOUNDING = frozenset({"de", "nl", "sv"})
# Languages whose glossary match takes its whole word with it: compounds' other parts, Arabic's
# article and clitics ('والصحفيين' is 'and the journalists'), which alone would read as unknown words.
WHOLE_WORD = frozenset({"de", "nl", "sv", "ar"})
# The front of a compound this long that is a word of the knowledge base stays beside the glossary's
# term ('Lund' of 'Lundföretagets'); a shorter one is more often a piece of the language's word.
KNOWN_HEAD = 4
# Scripts without spaces between words, or with prefixes glued on: forms count anywhere.
ANYWHERE = frozenset({"zh", "ar"})
# Forms shorter than this match a whole word (give or take a short ending), never a prefix.
SHORT_FORM = 5


@dataclass(frozen=True)
class Reading:
    """What the ranking reads: the question with glossary terms in English, the ordinary words of
    its language (not unknown names), and the share of its words nothing could read (neither a
    glossary term, an ordinary word, nor Latin script the English index may know)."""

    lang: str
    text: str
    ordinary: dict[str, float]  # folded word -> its Zipf frequency in the question's language
    unread: float = 0.0


@lru_cache(maxsize=1)
def english_countries() -> frozenset[str]:
    """Countries of one word as English names them, folded ('portugal', 'venezuela', 'togo').
    Spelt alike in the language they are spoken in, they say where, never which language: an
    English 'Did NSO sell Pegasus to Venezuela?' was read as Spanish, Venezuela one of its ordinary
    words, so the place went unread and NSO's card answered what no entry says (review11). In a
    question of another language such a word stays an ordinary word: Turkish 'mali' is 'financial'
    as well as Mali."""
    return frozenset(key for key in map(fold, country_names().values()) if key.isalpha())


@lru_cache(maxsize=1)
def _place_phrases() -> tuple[frozenset[tuple[str, ...]], int, frozenset[str]]:
    """Places of several words as English names them ('United Arab Emirates', 'Costa Rica', 'San
    Marino', 'Côte d'Ivoire') and cities of several words (CLDR's time-zone cities: 'Buenos Aires',
    'Santo Domingo'), casefolded words as typed and without accents; the most words of one; and
    the first words."""
    from babel import Locale
    from babel.core import get_global

    names = set(country_names().values()) | set(Locale("en").territories.values())
    names |= {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in get_global("zone_territories")}
    forms: set[tuple[str, ...]] = set()
    for name in names:
        for spelt in (name.casefold(), _bare(name).casefold()):
            words = tuple(WORD.findall(spelt))
            if len(words) > 1:
                forms.add(words)
    return frozenset(forms), max(map(len, forms), default=0), frozenset(f[0] for f in forms)


def _bare(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def without_places(question: str) -> str:
    """The question with the places of several words it names blanked out, for `detect`: a place
    says where, never which language. 'Hikvision Costa Rica' was read as Spanish on 'costa' and
    'rica', 'Cellebrite San Marino' as Italian, so the English question lost its English word
    frequencies and the glossary; its ordinary words of that language dropped out as unknown, and
    the vendor's card answered (0.91) for a place no entry names (lang12; one-word names: review11).
    Only the head `detect` reads is looked at (a place may straddle its end)."""
    forms, longest, firsts = _place_phrases()
    head = question[: DETECT_CHARS + 40]
    found = [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(head)]
    typed = [w for _, _, w in found]
    bare = [w if w.isascii() else _bare(w) for w in typed]
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(found):
        size = 0
        if typed[k] in firsts or bare[k] in firsts:
            for size in range(min(longest, len(found) - k), 1, -1):
                if tuple(typed[k : k + size]) in forms or tuple(bare[k : k + size]) in forms:
                    spans.append((found[k][0], found[k + size - 1][1]))
                    break
            else:
                size = 0
        k += max(size, 1)
    if not spans:
        return question
    out, last = [], 0
    for start, end in spans:
        out += [question[last:start], " "]
        last = end
    return "".join(out) + question[last:]


class GlossaryMatcher:
    """One compiled pattern per language over the glossary's forms."""

    def __init__(
        self,
        glossary: Glossary,
        known: Collection[str] = frozenset(),
        names: NameSounds | None = None,
        casual: CasualTable | None = None,
    ) -> None:
        # members' English words for the domain ('spy app', 'face scanning'): bot/kb/casual.py
        self.casual = casual if casual is not None else CasualTable()
        self.known = known  # the knowledge base's own words: never evidence of another language
        # nor are countries as English names them ('portugal', 'venezuela'; review11)
        self.no_evidence = frozenset(known) | english_countries()
        self.names = names  # the knowledge base's names, to read them in another script
        self.countries = CountryReader(country_names(), own_country_names())
        self.patterns: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        # per language, each alternative's source and the literal its match must start with
        self._alternatives: dict[str, list[tuple[str, str]]] = {}
        # each alternative alone, compiled here (~30 us each, 1,400 in all): on first use a member's
        # question in another language compiled its forms (~0.1-0.2 ms of the latency p99's questions)
        self._forms: dict[str, list[re.Pattern[str]]] = {}
        for lang, pairs in glossary.forms.items():
            if not pairs:
                continue
            alternatives: list[str] = []
            terms: list[str] = []
            firsts: list[str] = []
            for n, (form, term) in enumerate(pairs):
                words = [re.escape(w) for w in form.split()]
                body = r"\w*\W+".join(words)
                if lang in ANYWHERE:
                    pattern = body
                elif len(form) < SHORT_FORM:
                    pattern = rf"(?<!\w){body}\w{{0,2}}(?!\w)"
                elif lang in COMPOUNDING:  # not the rest of the word: it may hold another form
                    pattern = body
                else:
                    pattern = rf"(?<!\w){body}\w*"
                alternatives.append(f"(?P<g{n}>{pattern})")
                terms.append(term)
                firsts.append(form.split()[0] if form.split() else "")
            self.patterns[lang] = (re.compile("|".join(alternatives)), terms)
            self._alternatives[lang] = list(zip(alternatives, firsts, strict=True))
            self._forms[lang] = [re.compile(alternative) for alternative in alternatives]

    def _matches(self, folded: str, lang: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, int]]:
        """(start, end, form number) of each match of the language's pattern, left to right.

        The whole pattern tries every form at every position (~0.5 ms a question). A form's match
        starts with its first word, literally, so only the forms whose first word is in the text
        are searched, each alone: the earliest match wins and, at one position, the form listed
        first, as in the alternation; the next search starts where that match ends."""
        alternatives = self._alternatives[lang]
        keep = [n for n, (_, first) in enumerate(alternatives) if first in folded]
        if len(keep) == len(alternatives) or any(not alternatives[n][1] for n in keep):
            for m in pattern.finditer(folded):  # an empty first word would match anywhere
                yield m.start(), m.end(), int(m.lastgroup[1:]) if m.lastgroup else -1
            return
        forms = [(n, self._forms[lang][n]) for n in keep]
        found = {n: p.search(folded) for n, p in forms}
        pos = 0
        while True:
            best: re.Match[str] | None = None
            which = -1
            for n, p in forms:
                hit = found[n]
                if hit is not None and hit.start() < pos:  # overlapped by the last match: look further on
                    hit = found[n] = p.search(folded, pos)
                if hit is not None and (best is None or hit.start() < best.start()):
                    best, which = hit, n
            if best is None:
                return
            yield best.start(), best.end(), which
            pos = max(best.end(), best.start() + 1)

    def _is_name(self, head: str) -> bool:
        """Whether the front of a compound the glossary matched is one of the knowledge base's names:
        Swedish 'Pegasusprojektet' (the Pegasus Project) went whole as 'project', its name unread; or
        a word of its own of KNOWN_HEAD letters or more, as a town: 'Lundföretagets kameror' (the
        Lund company's cameras, Axis's home) went whole as 'company'."""
        if not head.isalpha():
            return False
        return (self.names is not None and self.names.is_name(head)) or (
            len(head) >= KNOWN_HEAD and head in self.known
        )

    def translate(self, folded: str, lang: str) -> tuple[str, str]:
        """(the folded question with every glossary match - the whole word, for a compound -
        replaced by its English term, what is left of the question once the matches are cut out)."""
        entry = self.patterns.get(lang)
        if entry is None:
            return folded, folded
        pattern, terms = entry
        spans: list[tuple[int, int, str]] = []
        for start, end, form in self._matches(folded, lang, pattern):
            if everyday(folded, start, end, lang):  # 'processo de licenciamento': no lawsuit
                continue
            term = terms[form] if form >= 0 else ""
            if lang in WHOLE_WORD:  # the whole word goes (a compound, or Arabic clitics around a term)
                head = start
                while start > 0 and (folded[start - 1].isalnum()):
                    start -= 1
                while end < len(folded) and folded[end].isalnum():
                    end += 1
                if self._is_name(folded[start:head]):  # 'Pegasusprojektet': the name stays
                    term = f"{folded[start:head]} {term}"
            if spans and start < spans[-1][1]:
                s0, e0, t0 = spans[-1]
                spans[-1] = (s0, max(e0, end), f"{t0} {term}")
            else:
                spans.append((start, end, term))
        if not spans:
            return folded, folded
        out: list[str] = []
        rest: list[str] = []
        last = 0
        for start, end, term in spans:
            out += [folded[last:start], f" {term} "]
            rest += [folded[last:start], " "]
            last = end
        out.append(folded[last:])
        rest.append(folded[last:])
        return "".join(out), "".join(rest)


def read(question: str, matcher: GlossaryMatcher) -> Reading:
    """Detect, translate the glossary's terms, and list the language's ordinary words."""
    lang = detect(without_places(question), matcher.no_evidence)
    if lang == "ar":  # a shadda or vowel mark is no letter: 'عرّفني' would read as two unknown words
        question = strip_marks(question)
    if lang == "en":  # members' own words read as the entries' terms ('spy app': spyware)
        unread = unread_script(question)
        if unread:
            question = SCRIPT_WORD.sub(spelt_out, question)
            return Reading("en", matcher.casual.english(question), {}, unread)
        # a language the glossary lacks ('Guvernul român a folosit Pegasus?'): its ordinary words are
        # not English ones misspelt, nor names (unlisted.py); its countries read in English
        unlisted, places, count = unlisted_words(question, matcher.no_evidence)
        for word, name in places.items():
            question = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", name, question, flags=re.IGNORECASE)
        unread = len(unlisted) / count if count else 0.0
        return Reading("en", matcher.casual.english(question), unlisted, unread)
    heads = elided_heads(question)  # "cos'è": 'cos' weighs as the 'cosa' it stands for
    question = _apostrophes(question, lang)
    placed = english_cities(question, fold(question), lang)  # 'в Минске': Minsk
    text, rest = matcher.translate(matcher.countries.english(placed, lang), lang)
    words = WORD.findall(rest)
    if lang == "zh":
        read_han = han_names(rest, matcher.names)
        text = HAN.sub(" ", text) + "".join(f" {n}" for n, _ in read_han)  # the rest cannot be read
        han = max(0, sum(len(run) for run in HAN.findall(rest)) - sum(size for _, size in read_han))
        latin = [w for w in words if not HAN.search(w)]
        total = han / 2 + len(latin) + len(text.split()) - len(latin)
        return Reading(lang, text, {}, (han / 2) / max(1.0, total))
    left = set(words)  # ordinary words are looked up as typed (wordfreq keeps accents), used folded
    ordinary: dict[str, float] = {}
    for w in WORD.findall(question.lower()):
        key = fold_word(w)
        # as typed, or folded: wordfreq writes 'أجهزة' with its hamza, 'äger' with its ä; members may not
        freq = max(zipf(w, lang), zipf(key, lang), zipf(strip_marks(w), lang), zipf_unaccented(key, lang))
        if w in heads and (full := elided(w, lang)):
            freq = max(freq, zipf(full, lang))
        if stem(key) in legislatures():  # 'Bundestag', 'Sejm': an actor asked, never an everyday word
            continue
        if key in left and freq >= ORDINARY_ZIPF:
            ordinary[key] = freq
        elif key in left and key not in matcher.known and inflected(key, lang):
            ordinary[key] = ORDINARY_ZIPF
    paired: set[str] = set()
    for first, second, name in spelt_pairs(text, lang, matcher.names):
        text = re.sub(rf"(?<!\w){re.escape(first)}\s+{re.escape(second)}(?!\w)", name, text)
        paired |= {first, second}
    spelt = spelt_names(words, lang, matcher.names, ordinary)
    if matcher.names is not None and lang in DECLINING:  # 'Intellexy', 'Paragonu'
        spelt |= matcher.names.declined(words, lang, matcher.known, ordinary)
    for word, name in spelt.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", name, text)
        ordinary.pop(word, None)
    for word in paired:
        ordinary.pop(word, None)
    unread = sum(
        1 for w in words if w not in ordinary and w not in spelt and w not in paired and NON_LATIN.search(w)
    )
    return Reading(lang, text, ordinary, unread / max(1, len(words)))


_APOSTROPHE = re.compile(r"(\w+)['’](\w+)")


def _apostrophes(question: str, lang: str) -> str:
    """A word with an apostrophe is two: an elided article and a word in French and Italian
    ("l'UE", "dell'Egitto": the word stays), a name and its case ending in Turkish ("Amnesty'nin":
    the name stays). Joined, they read as one unknown name."""
    if lang == "tr":
        return _APOSTROPHE.sub(lambda m: m.group(1), question)
    return _APOSTROPHE.sub(lambda m: f"{m.group(1)} {m.group(2)}", question)


# One phrase per Latin-script language lingua may be asked about: its first call costs ~6 ms and
# each language's first use up to ~2 ms more (set-up inside lingua, models preloaded or not).
_WARM_UP_PHRASES = (
    "Which companies export surveillance technology?",
    "Welche Firmen exportieren Überwachungstechnik?",
    "Quelles entreprises exportent des logiciels espions ?",
    "¿Qué empresas exportan tecnología de vigilancia?",
    "Quali aziende esportano tecnologia di sorveglianza?",
    "Welke bedrijven exporteren surveillancetechnologie?",
    "Quais empresas exportam tecnologia de vigilância?",
    "Które firmy eksportują technologię inwigilacji?",
    "Vilka företag exporterar övervakningsteknik?",
    "Hangi şirketler gözetim teknolojisi ihraç ediyor?",
)


def warm_up() -> None:
    """Load the detector's models and every language's word list now, and detect once in each
    language, so no member's question pays for the set-up."""
    for lang in CODES.values():
        folded_words(lang)  # builds frequencies(lang) too
        folded_frequencies(lang)  # words typed without accents (~20 ms a language)
        month_names(lang)  # the time cue's months (months.py): Babel's catalogue, ~10 ms the first time
        listed_zipf("", lang)  # a Cyrillic word's stem-mates (spelt.py): ~0.3 s for Russian
    english_zipf("surveillance")  # wordfreq's full English list (query.specificity): ~150 ms
    unlisted_warm_up()  # lingua's models of the languages the glossary lacks (unlisted.py)
    for phrase in _WARM_UP_PHRASES:
        detector().compute_language_confidence_values(phrase)
    # and once on as much text as it is ever given: its first long input faults in fresh memory
    # (~2 ms on the development VM)
    detector().compute_language_confidence_values(" ".join(_WARM_UP_PHRASES)[:DETECT_CHARS])
