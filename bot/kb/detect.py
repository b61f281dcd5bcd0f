"""Which language a question is in, and how ordinary a word is in that language.

lingua (restricted to the thirteen languages members write in, built once) names the language;
wordfreq's per-language frequencies tell an ordinary word of that language ('welche', 'regelt') from
an unknown name, so it does not read as a name no entry explains. Reading the question for the
English-only ranking (the glossary, names in other scripts) is bot/kb/language.py.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import get_frequency_dict

from bot.kb.text import UNDECOMPOSED, fold

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
LATIN = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")
# A word this common in the question's language (Zipf scale) is an ordinary word of it.
ORDINARY_ZIPF = 3.0
# A rarer word sharing this share of itself (and at least INFLECTED_FROM letters) with a listed word
# of the language is an inflection of it ('kullanildi', 'gelistete'), not an unknown name.
INFLECTED_FROM = 6
INFLECTED_SHARE = 0.55
# ...and reads as that language rather than English when it is this much commoner there.
FOREIGN_MARGIN = 1.0
# Languages that write compound nouns as one word ('Exportregeln', 'exportregels', 'exportregler'):
# an unlisted word of at least COMPOUND_FROM letters is theirs when its tail of at least COMPOUND_TAIL
# letters, after a head of at least COMPOUND_HEAD, is clearly one of their words (`_compound_of`).
COMPOUNDING = ("de", "nl", "sv")
COMPOUND_FROM = 9
COMPOUND_HEAD = 3
COMPOUND_TAIL = 6
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SCRIPTS = (
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u3400-\u9fff]"), "zh"),
)
# Letters only one of the Latin-script languages writes: a word no list holds with one of them (an
# inflection wordfreq lacks: 'usankcjonowały', 'Intellexę') is evidence of it. 'Czy USA
# usankcjonowały Intellexę?' had one word clearly Polish of four and read as English, refused.
OWN_LETTERS = {"pl": frozenset("łąęż"), "tr": frozenset("ğı")}
# A word this common in a language is one of its function words, never a name (Zipf scale).
FUNCTION_ZIPF = 6.0
# lingua reads this much of a question: plenty to tell a language, and a long story costs no more.
DETECT_CHARS = 160
# Share of a question's words clearly of another language from which it is in that language.
FOREIGN_SHARE = 0.3
# ...and the share from which it is, whatever lingua's trigrams say.
SURE_SHARE = 0.5
# ...and a question of at most this many words (names aside), each among the language's commonest
# (`_all_of`: 'was', 'ist', 'wer', 'war'; never a word typed as a name, 'celebrite', 'paragone').
SHORT_WORDS = 4
COMMON_ZIPF = 5.0
# A verb with its pronoun joined by a hyphen ('conta-me', 'diz-me', 'explica-lhe') is Portuguese:
# Spanish and Italian write them as one word ('cuéntame', 'dimmi'), French with its own pronouns
# ('dis-moi', 'parle-nous'). 'Conta-me sobre a NSO' had two words Spanish too and read as Spanish.
_PT_CLITIC = re.compile(r"(?<![\w-])[^\W\d_]{2,}-(?:me|te|se|lhe|lhes|nos|vos|lo|los)(?![\w-])")
# lingua's confidence in English from which one word clearly of another language is a name there, not
# that language: 'ahmad mansour emirati activist spyware' (French 'mansour', English 0.70 against
# 0.30) read as French, 'Mansur UAE jailed wen' (Turkish 'mansur', 0.99) as Turkish, and refused
# the Ahmed Mansoor card with the English words read as names. A question of the language's
# commonest words (`_all_of`: 'Was ist NSO?') is still that language's.
ENGLISH_SURE = 0.6
# A word this much rarer (Zipf) in a language than in another of LATIN is a borrowing there, no
# evidence of it: wordfreq's French and Portuguese lists hold Italian 'è' (3.4, 3.8 against 7.1), and
# "Cos'è Pegasus?" read as Portuguese, its 'pegasus' an ordinary Portuguese word.
BORROWED_MARGIN = 2.0
# Languages that elide a word's last vowel before an apostrophe ("cos'è", "quest'anno", "jusqu'à"),
# and the shortest head read back to its word (shorter ones, 'l', 'd', 'qu', are common as they are).
ELIDING = ("fr", "it")
ELIDED_FROM = 3
# Not English contractions ("Dell's", "don't", "they're"): their head is no elided word.
_ELIDED_HEAD = re.compile(r"([^\W\d_]+)['’](?!(?:s|t|re|ll|ve|d|m)\b)(?=[^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """Built once, models preloaded, so the first member does not wait for them. Low accuracy mode
    (trigrams only) keeps it at a few MB and well under a millisecond; `detect` asks for a word
    clearly of the language besides, which makes up for it on short questions."""
    return (
        LanguageDetectorBuilder.from_languages(*CODES)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


@lru_cache(maxsize=16)
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's small list for a language (every word from Zipf 3 on, all this module needs),
    read once into a dict: a lookup is then a dict access, not wordfreq's tokenizer. Kept beside
    everyday.py's tables (the large list from Zipf 3 on): their words and values differ from the
    small list's, on which this module's detection was built and measured."""
    return get_frequency_dict(lang, wordlist="small") if lang != "zh" else {}


@lru_cache(maxsize=16)
def folded_words(lang: str) -> list[str]:
    """The language's list folded (accents off, as members often type) and sorted, for `inflected`."""
    short = INFLECTED_FROM  # a shorter word cannot share INFLECTED_FROM letters with another
    return sorted({_fold_listed(w) for w in frequencies(lang) if len(w) >= short and w.isalpha()})


class _FoldTable(dict[int, str]):
    """str.translate's table for `fold` of single letters, each worked out once when first met."""

    def __missing__(self, code: int) -> str:
        split = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in split if not unicodedata.combining(ch)).casefold()
        self[code] = folded = folded.translate(UNDECOMPOSED)
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_listed(word: str) -> str:
    """`fold` for one lowercase word of letters, letter by letter (a list's 60k words at start;
    the same as `fold` for such a word, with none of its regexes and no cache to fill)."""
    return word if word.isascii() else word.translate(_FOLD_TABLE)


def inflected(word: str, lang: str) -> bool:
    """A folded word rarer than the small list holds that shares most of itself with a word of it:
    an inflection or derivation ('gelistete', 'kullanildi', 'skandalinda'), a word of the language
    rather than an unknown name. Its sorted neighbours share the longest prefix with it."""
    if len(word) < INFLECTED_FROM or not word.isalpha():
        return False
    words = folded_words(lang)
    at = bisect.bisect_left(words, word)
    need = max(INFLECTED_FROM, math.ceil(INFLECTED_SHARE * len(word)))
    head = word[:need]
    return any(near.startswith(head) for near in words[max(0, at - 1) : at + 1])


@lru_cache(maxsize=16)
def folded_frequencies(lang: str) -> dict[str, float]:
    """The language's list keyed by its words folded (accents off), each the commonest word that
    folds to it: a member on a phone types 'ager' for 'äger', 'satti' for 'sattı', and wordfreq
    knows the word only with its accents. Words already without accents are left out (the list
    itself has them)."""
    out: dict[str, float] = {}
    for word, freq in frequencies(lang).items():
        if word.isascii() or not word.isalpha():
            continue
        key = _fold_listed(word)
        if key != word and freq > out.get(key, 0.0):
            out[key] = freq
    return out


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lowercased word in a language (0 for a word rarer than Zipf 3)."""
    freq = frequencies(lang).get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


def zipf_unaccented(word: str, lang: str) -> float:
    """Zipf frequency of a word typed without its accents ('ager' for Swedish 'äger'), as the
    commonest listed word that folds to it (0 when none does)."""
    freq = folded_frequencies(lang).get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


# fold() of one word of a question, memoised: questions' words recur (fold is also used on whole
# entries, uncached). Not for the word lists (`_fold_listed`): 60k words a language would evict them.
fold_word = lru_cache(maxsize=65536)(fold)


@lru_cache(maxsize=65536)
def _clearly_of(word: str) -> tuple[str, ...]:
    """The Latin-script languages a lowercased word is clearly an ordinary word of: common there
    and commoner than in English. Memoised: a question's words recur, and detect reads every one."""
    floor = zipf(word, "en") + FOREIGN_MARGIN
    found: dict[str, float] = {}
    for lang in LATIN:
        f = frequencies(lang).get(word, 0.0) or folded_frequencies(lang).get(word, 0.0)
        found[lang] = math.log10(f) + 9.0 if f > 0 else 0.0
    if not any(found.values()) and len(word) >= COMPOUND_FROM:
        return _compound_of(word)
    top = max(found.values()) - BORROWED_MARGIN
    return tuple(lang for lang, z in found.items() if z >= ORDINARY_ZIPF and z >= floor and z >= top)


def _compound_of(word: str) -> tuple[str, ...]:
    """The compounding languages (`COMPOUNDING`) a word no list holds is a compound of: its longest
    tail clearly an ordinary word of theirs ('exportregeln': German 'regeln'). 'EU-Exportregeln bis
    2021' had no word clearly German ('eu' and 'bis' are the knowledge base's) and read as English."""
    for start in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1):
        tail = word[start:]
        langs = tuple(lang for lang in _clearly_of(tail) if lang in COMPOUNDING)
        if langs:
            return langs
    return ()


@lru_cache(maxsize=4096)
def elided(head: str, lang: str) -> str | None:
    """The word a lowercased head written before an apostrophe stands for in a language that elides
    ('cos' of "cos'è": 'cosa'; 'quest': 'questo'; 'jusqu': 'jusque'): the head with a vowel back,
    the commonest such word, when commoner than the head. Alone, 'cos' is a rare word (Italian Zipf
    3.9, English 'cos') that weighed as a name no card holds: "Cos'è Pegasus?" was refused."""
    if lang not in ELIDING or len(head) < ELIDED_FROM:
        return None
    z, full = max((zipf(head + vowel, lang), head + vowel) for vowel in "aeio")
    return full if z >= ORDINARY_ZIPF and z > zipf(head, lang) else None


def elided_heads(text: str) -> set[str]:
    """The lowercased words written right before an apostrophe and a letter ("cos'è": 'cos')."""
    return {m.group(1).lower() for m in _ELIDED_HEAD.finditer(text)}


@lru_cache(maxsize=65536)
def _function_word(word: str) -> bool:
    """A word of one letter among the very commonest of a Latin-script language ('o', 'e', 'y'):
    evidence of it even where the knowledge base has it too (the 'e' of 'e-mail', the 'o' of a
    name), as no name is one letter. Portuguese 'o que e Candiru' lost 'o' and 'e' and read as
    Spanish. Longer ones may belong to a name ('La Quadrature du Net') and stay out."""
    return len(word) == 1 and any(zipf(word, lang) >= FUNCTION_ZIPF for lang in LATIN)


def detect(text: str, known: Collection[str] = frozenset()) -> str:
    """The question's language code. A script names its language outright (Cyrillic, Arabic, Han);
    otherwise a language counts only when words clearly of it are there (two, or a third of the
    question), so 'Tal Dillian sanctions OFAC' stays English; lingua picks among the languages
    that qualify (most English questions qualify none and never reach it)."""
    for pattern, lang in _SCRIPTS:
        if pattern.search(text):
            return lang
    # wordfreq knows words with their accents: look them up as typed, lowercased; the knowledge
    # base's own words are no evidence ('wassenaar' is a Dutch town but a name here)
    head = text[:DETECT_CHARS].lower()  # a long story's first lines tell its language as well
    typed = [w for w in WORD.findall(head) if w.isalpha()]
    words = [w for w in typed if (w if w.isascii() else fold_word(w)) not in known or _function_word(w)]
    if not words:
        return "en"
    heads = elided_heads(head)
    counts = Counter(lang for w in words for lang in _elided_of(w, heads) or _clearly_of(w) or _lettered(w))
    # a function word the knowledge base holds too (Italian 'di' of 'Procura di Roma') is evidence
    # again beside another word of its language: 'Dimmi di FinFisher' had 'dimmi' alone and read as
    # English, its 'dimmi' a name no card holds
    backing = [w for w in typed if w not in words and any(counts[lang] for lang in _function_of(w))]
    words += backing
    counts.update(lang for w in backing for lang in _function_of(w))
    counts["pt"] += len(_PT_CLITIC.findall(head))
    qualified: dict[str, int] = {}
    for lang in LATIN:
        found = counts[lang]
        if found >= 2 or found / len(words) >= FOREIGN_SHARE:
            qualified[lang] = found
    if not qualified:
        return "en"
    # lingua's trigrams choose only among the languages with the most words clearly their own:
    # on a short question they misread Portuguese 'o Pegasus foi usado no Mexico?' (three words
    # Portuguese, two Spanish) as Spanish, and Italian 'chi ha comprato' as Spanish on 'ha'
    most = max(qualified.values())
    leading = {lang for lang, found in qualified.items() if found == most}
    sure = most >= max(2, SURE_SHARE * len(words))
    if len(leading) == 1 and sure:
        # lingua's pick among one language and the fallback below agree: no need to ask it (~0.3 ms
        # of a Spanish question where Portuguese and Italian words qualify too)
        return next(iter(leading))
    values = detector().compute_language_confidence_values(text[:DETECT_CHARS])[:3]
    if (
        most == 1
        and values[0].language == Language.ENGLISH
        and values[0].value >= ENGLISH_SURE
        and not any(_all_of(words, lang) for lang in leading)
    ):
        return "en"
    for value in values:
        if CODES[value.language] in leading:
            return CODES[value.language]
    # lingua's trigrams misread a short question ('Ägs Axis av Canon?' as Italian): a language
    # that has half the question's words clearly its own is the question's language then
    best = max(leading, key=lambda lang: (qualified[lang], -LATIN.index(lang)))
    return best if sure or _all_of(words, best) else "en"


def _lettered(word: str) -> tuple[str, ...]:
    """The language a word no list holds is written in by its letters (`OWN_LETTERS`)."""
    return tuple(lang for lang, letters in OWN_LETTERS.items() if not letters.isdisjoint(word))


def _function_of(word: str) -> tuple[str, ...]:
    """The languages a word is clearly of and among their commonest words ('di': Italian)."""
    return tuple(lang for lang in _clearly_of(word) if zipf(word, lang) >= FUNCTION_ZIPF)


def _elided_of(word: str, heads: set[str]) -> tuple[str, ...]:
    """The eliding languages a head before an apostrophe is of, read as its whole word ('cos' of
    "cos'è" is Italian 'cosa', alone nobody's; 'com' of "com'è" Italian 'come', not the Portuguese
    'com' it spells). An ordinary word there is enough: no English word is written so."""
    if word not in heads:
        return ()
    return tuple(lang for lang in ELIDING if elided(word, lang))


def _all_of(words: list[str], lang: str) -> bool:
    """Whether a short question is made of the language's ordinary words alone, some not English:
    'Was ist NSO?' has one word clearly German ('ist') beside one both languages share ('was'),
    and lingua's trigrams ranked German fourth, so the German question read as English with an
    unknown 'ist' against NSO's card (0.55, refused). An English question with one foreign word
    ('What does Überwachung mean?') has English words German lacks, and stays English. Beside such
    common words, a word clearly of the language needs only be ordinary there: 'Vertel me over NSO'
    (Dutch 'vertel', a rarer verb, with 'me' and 'over', common in both) read as English, which
    found a name no card holds in 'vertel' (refused at 0.55). Alone it is no evidence: it may be a
    name misspelt ('Paragone graphite italy', 'Celebrite UFED Serbia' are English)."""
    if len(words) > SHORT_WORDS:
        return False
    common = [max(zipf(w, lang), zipf_unaccented(fold_word(w), lang)) >= COMMON_ZIPF for w in words]
    return all(common) or (
        any(common) and all(c or lang in _clearly_of(w) for w, c in zip(words, common, strict=True))
    )
