"""How much a word says about what a question is about, and how freely it may be corrected.

Apart from reading a question (query.py) because it is pure word arithmetic over general-language
frequencies: the same weights serve the question reader, the index and the typo corrector.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kb.english_zipf import english_zipf
from bot.kb.text import STOPWORDS

SPEC_PIVOT, SPEC_SCALE, SPEC_MIN, SPEC_MAX, SPEC_NUMBER = 6.5, 3.0, 0.05, 2.0, 1.0
SPEC_COUNTRY = 1.0
# An ordinary word of another language the knowledge base cannot read weighs at most this much: a
# word of the language, however rare there ('gelistete'), is not a name the answer leaves out.
FOREIGN_SPEC = 0.8
# An ordinary word this common in its language is one of its function words ('el', 'de', 'la').
FUNCTION_ZIPF = 6.5
# Only words rarer than this in general English are typo-corrected ('recipe' is not 'recipient').
TYPO_MAX_ZIPF = 3.0


@lru_cache(maxsize=65536)
def specificity(word: str) -> float:
    """How much a word says about what a question is about: names high, everyday English low.

    Uses the word's frequency in general English (wordfreq's Zipf scale: 'the' 7.7, 'business' 5.6,
    'hikvision' 1.4); a number (a year, a regulation number) counts as specific.
    """
    if not word.isalpha():
        return SPEC_NUMBER
    zipf = english_zipf(word)
    if word.endswith("s") and len(word) > 4:  # 'spywares' is as everyday as 'spyware'
        zipf = max(zipf, english_zipf(word[:-1]))
    return spec_of_zipf(zipf)


def spec_of_zipf(zipf: float) -> float:
    """Specificity of a word this frequent in its own language."""
    return min(SPEC_MAX, max(SPEC_MIN, ((SPEC_PIVOT - zipf) / SPEC_SCALE) ** 2))


# A word shorter than this is never taken for a typo, nor is an English word corrected into one: a
# letter more or less there is another word ('acme', a firm's name, is no misspelt 'ACE', the
# licence exception, which answered 'Tell me about Acme Spyworks' with the US rule at 0.94).
SHORTEST_TYPO = 4


def max_typos(token: str) -> int:
    """Edits allowed when correcting a word: none for short words, where a typo is a different word."""
    if len(token) < SHORTEST_TYPO:
        return 0
    return 1 if len(token) < 7 else 2


_STOPWORD_LIST = sorted(STOPWORDS)


@lru_cache(maxsize=4096)
def stopword_typo(token: str) -> str | None:
    """'wich' -> 'which': a misspelt function word must not count as an unknown name."""
    if len(token) < 4:
        return None
    found = process.extractOne(token, _STOPWORD_LIST, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else None
