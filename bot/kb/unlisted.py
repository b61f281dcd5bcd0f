"""A question in a Latin-script language the glossary does not hold (Romanian, Hungarian, Czech,
Vietnamese, Indonesian ...), told from English so its words are not read word by word as English.

`detect` knows the twelve languages members write most and English; any other question read as
English had its words typo-corrected into English ones and read as names: 'Guvernul român a folosit
Pegasus?' (did the Romanian government use Pegasus?) read 'român' as Roman Giertych's first name and
answered the Polish Pegasus case (0.75); Hungarian 'kormány' (government) became 'Germany'. Here
lingua, asked about those languages and English, names the language, and wordfreq's list of it must
hold at least half of the question's words the knowledge base does not know (and at least two) as
ordinary words there, rarer in English: then they are ordinary words (never typo-corrected, weighed
by their frequency, as a read language's untranslated words are) and count as unread. Names and English
words stay as they are.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import cache, lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import get_frequency_dict

from bot.kb.detect import DETECT_CHARS, FOREIGN_MARGIN, ORDINARY_ZIPF, WORD, fold_word
from bot.kb.english_zipf import english_zipf
from bot.kb.scripts import countries_warm_up, country

# wordfreq's code of each language lingua may name (Albanian and Estonian have no list there: a
# question in them reads as before)
UNLISTED: dict[Language, str | None] = {
    Language.ROMANIAN: "ro",
    Language.HUNGARIAN: "hu",
    Language.CZECH: "cs",
    Language.SLOVAK: "sk",
    Language.SLOVENE: "sl",
    Language.CROATIAN: "sh",
    Language.BOSNIAN: "sh",
    Language.VIETNAMESE: "vi",
    Language.INDONESIAN: "id",
    Language.MALAY: "ms",
    Language.TAGALOG: "fil",
    Language.FINNISH: "fi",
    Language.DANISH: "da",
    Language.BOKMAL: "nb",
    Language.ICELANDIC: "is",
    Language.CATALAN: "ca",
    Language.LITHUANIAN: "lt",
    Language.LATVIAN: "lv",
    Language.ALBANIAN: None,
    Language.ESTONIAN: None,
}
# A word this rare in English (Zipf) may be another language's: fewer than MIN_WORDS such words and
# lingua is not asked (most English questions)
RARE_IN_ENGLISH = 3.0
MIN_WORDS = 2
# lingua's confidence in the language, and the share of the question's words (the knowledge base's
# own aside) its list must hold as ordinary words there
SURE = 0.6
SHARE = 0.5


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """English and the unlisted languages, trigrams only (a few MB), built on first use."""
    builder = LanguageDetectorBuilder.from_languages(Language.ENGLISH, *UNLISTED)
    return builder.with_low_accuracy_mode().build()


@cache
def _frequencies(lang: str) -> dict[str, float]:
    """wordfreq's small list of one unlisted language, every one read at warm-up (warm_up: ~77 MB
    and ~0.9 s for the 17 lists, ~21 MB more for their country names), so neither a member's first
    question in a language nor one after a run of others reloads it."""
    return get_frequency_dict(lang, wordlist="small")


def _zipf(word: str, lang: str) -> float:
    freq = _frequencies(lang).get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


def unlisted_words(question: str, known: Collection[str]) -> tuple[dict[str, float], dict[str, str], int]:
    """(the question's ordinary words of an unlisted language it is written in, folded, with their
    Zipf frequency there; its words naming a country, each with the English name: 'Magyarországon'
    is Hungary; how many words it has), nothing when it is not clearly in one."""
    typed = [w for w in WORD.findall(question[:DETECT_CHARS].lower()) if w.isalpha()]
    words = [w for w in typed if fold_word(w) not in known]
    if sum(1 for w in words if english_zipf(w) < RARE_IN_ENGLISH) < MIN_WORDS:
        return {}, {}, 0
    best = _detector().compute_language_confidence_values(question[:DETECT_CHARS])[0]
    lang = UNLISTED.get(best.language)
    if lang is None or best.value < SURE:
        return {}, {}, 0
    ordinary: dict[str, float] = {}
    places: dict[str, str] = {}
    for w in typed:
        z = _zipf(w, lang)
        if z < ORDINARY_ZIPF or z < english_zipf(w) + FOREIGN_MARGIN:
            continue
        # a country's name (or its people's, 'român') before a name of the knowledge base it spells
        # (Roman Giertych's)
        if (name := country(w, lang)) is not None:
            places[w] = name
        elif fold_word(w) not in known:
            ordinary[fold_word(w)] = z
    if len(ordinary) + len(places) < max(MIN_WORDS, SHARE * len(words)):
        return {}, {}, 0
    return ordinary, places, len(typed)


def warm_up() -> None:
    """Build the detector and load its models, every unlisted language's word list and country
    names now, not for the first member writing Romanian (or Czech after Romanian)."""
    _detector().compute_language_confidence_values("Guvernul a folosit Pegasus?")
    langs = sorted({lang for lang in UNLISTED.values() if lang is not None})
    for lang in langs:
        _frequencies(lang)
    countries_warm_up(langs)
