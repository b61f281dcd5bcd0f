"""A question's language, and what the English-only ranking needs to read it.

lingua (restricted to the thirteen languages members write in, built once) names the language;
wordfreq's per-language frequencies tell an ordinary word of that language ('welche', 'regelt') from
an unknown name, so it does not read as a name no entry explains; the glossary turns domain terms
('Ausfuhrkontrollen', '实体清单') into the knowledge base's English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import zipf_frequency

from bot.kb.glossary import Glossary
from bot.kb.text import fold

CODES: dict[Language, str] = {
    Language.ENGLISH: "en",
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
    Language.SPANISH: "es",
    Language.ITALIAN: "it",
    Language.DUTCH: "nl",
    Language.PORTUGUESE: "pt",
    Language.POLISH: "pl",
    Language.SWEDISH: "sv",
    Language.ARABIC: "ar",
    Language.CHINESE: "zh",
    Language.TURKISH: "tr",
    Language.RUSSIAN: "ru",
}
# Languages that glue nouns together: a glossary form also counts inside a word.
COMPOUNDING = frozenset({"de", "nl", "sv"})
# Scripts without spaces between words, or with prefixes glued on: forms count anywhere.
ANYWHERE = frozenset({"zh", "ar"})
# A word this common in the question's language (Zipf scale) is an ordinary word of it.
ORDINARY_ZIPF = 3.0
# ...and reads as that language rather than English when it is this much commoner there.
FOREIGN_MARGIN = 1.0
# Forms shorter than this match a whole word (give or take a short ending), never a prefix.
SHORT_FORM = 5
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff]")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """Built once, models preloaded, so the first member does not wait for them."""
    return LanguageDetectorBuilder.from_languages(*CODES).with_preloaded_language_models().build()


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang) if lang != "zh" else 0.0


def _foreign_words(words: list[str], lang: str) -> int:
    return sum(
        1 for w in words if zipf(w, lang) >= ORDINARY_ZIPF and zipf(w, lang) >= zipf(w, "en") + FOREIGN_MARGIN
    )


def detect(text: str) -> str:
    """The question's language code; English unless another language is both likely (lingua) and
    evident (a word clearly of that language, or its script), so 'Tal Dillian sanctions OFAC'
    stays English."""
    values = detector().compute_language_confidence_values(text)
    if not values:
        return "en"
    words = [w for w in _WORD.findall(fold(text)) if w.isalpha()]
    for value in values[:2]:
        lang = CODES[value.language]
        if lang == "en":
            if value.value >= 0.9:
                return "en"
            continue
        if value.value < 0.3:
            break
        if _NON_LATIN.search(text) and lang in ("ar", "zh", "ru"):
            return lang
        if _foreign_words(words, lang) >= 1:
            return lang
    return "en"


@dataclass(frozen=True)
class Reading:
    """What the ranking reads: the question with glossary terms in English, the ordinary words of
    its language (not unknown names), and the share of its words nothing could read (neither a
    glossary term, an ordinary word, nor Latin script the English index may know)."""

    lang: str
    text: str
    ordinary: frozenset[str]
    unread: float = 0.0


class GlossaryMatcher:
    """One compiled pattern per language over the glossary's forms."""

    def __init__(self, glossary: Glossary) -> None:
        self.patterns: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        for lang, pairs in glossary.forms.items():
            if not pairs:
                continue
            alternatives: list[str] = []
            terms: list[str] = []
            for n, (form, term) in enumerate(pairs):
                words = [re.escape(w) for w in form.split()]
                body = r"\w*\W+".join(words)
                if lang in ANYWHERE:
                    pattern = body
                elif len(form) < SHORT_FORM:
                    pattern = rf"(?<!\w){body}\w{{0,2}}(?!\w)"
                elif lang in COMPOUNDING:
                    pattern = rf"{body}\w*"
                else:
                    pattern = rf"(?<!\w){body}\w*"
                alternatives.append(f"(?P<g{n}>{pattern})")
                terms.append(term)
            self.patterns[lang] = (re.compile("|".join(alternatives)), terms)

    def translate(self, folded: str, lang: str) -> tuple[str, str]:
        """(the folded question with every glossary match - the whole word, for a compound -
        replaced by its English term, what is left of the question once the matches are cut out)."""
        entry = self.patterns.get(lang)
        if entry is None:
            return folded, folded
        pattern, terms = entry
        spans: list[tuple[int, int, str]] = []
        for m in pattern.finditer(folded):
            start, end = m.span()
            if lang in COMPOUNDING:  # the whole compound goes, its parts' terms stay
                while start > 0 and (folded[start - 1].isalnum()):
                    start -= 1
                while end < len(folded) and folded[end].isalnum():
                    end += 1
            term = terms[int(m.lastgroup[1:])] if m.lastgroup else ""
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
    lang = detect(question)
    if lang == "en":
        return Reading("en", question, frozenset())
    text, rest = matcher.translate(fold(question), lang)
    words = _WORD.findall(rest)
    if lang == "zh":
        text = _HAN.sub(" ", text)  # what the glossary did not translate cannot be read
        han = sum(len(run) for run in _HAN.findall(rest))
        latin = [w for w in words if not _HAN.search(w)]
        total = han / 2 + len(latin) + len(text.split()) - len(latin)
        return Reading(lang, text, frozenset(), (han / 2) / max(1.0, total))
    ordinary = frozenset(w for w in words if zipf(w, lang) >= ORDINARY_ZIPF)
    unread = sum(1 for w in words if w not in ordinary and _NON_LATIN.search(w))
    return Reading(lang, text, ordinary, unread / max(1, len(words)))


def warm_up() -> None:
    """Load the detector's models and every language's word list now, not on a member's question."""
    detector()
    for lang in (*CODES.values(),):
        zipf("the", lang)
