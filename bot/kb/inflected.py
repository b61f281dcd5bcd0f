"""Country names as other languages inflect them ("w Wielkiej Brytanii", "в Сирию", "Egiptu") and
as Arabic joins them to an article and an ending ("الصينية"): a stem or a whole name read off the
place names (place_names.py), never an everyday English word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.kb.english_zipf import english_zipf
from bot.kb.everyday import table as everyday
from bot.kb.everyday import zipf_at_least
from bot.kb.place_names import country_names, key_of, list_words

# Zipf frequency from which a word is everyday English (wordfreq), not an inflected country name.
ENGLISH_ZIPF = 3.0


@lru_cache(maxsize=1)
def _inflected() -> dict[tuple[str, ...], str]:
    """Other languages' country names cut before their ending, for inflected forms ("w Wielkiej
    Brytanii", "в Сирию", "Egiptu"). Names spelt as in English are left out ("Chile" is not "child")."""
    from babel import Locale

    english = {key_of(n) for n in Locale("en").territories.values()}
    stems: dict[tuple[str, ...], str] = {}
    for name, country in country_names().items():
        words = name.split()
        if name in english or not words or len(words) > 2 or any(len(w) < 5 for w in words):
            continue
        stems.setdefault(tuple(w[:-1] for w in words), country)
        # Polish locatives of names in -ka soften the "k" ("Polska": "w Polsce", "Kostaryka": "na
        # Kostaryce"): the whole form, as no ending follows it
        if len(words) == 1 and words[0].endswith("ka"):
            stems.setdefault((words[0][:-2] + "ce",), country)
    return stems


@lru_cache(maxsize=1)
def _not_inflected() -> frozenset[str]:
    """list_words.yaml's not_inflected: words sharing a name's stem that never name it."""
    return frozenset(list_words()["not_inflected"].split())


@lru_cache(maxsize=1)
def _first_stems() -> frozenset[str]:
    return frozenset(stems[0] for stems in _inflected())


def _heads(word: str) -> list[str]:
    """The word less up to four letters, at least four left, longest first."""
    return [word[:k] for k in range(len(word), max(len(word) - 5, 3), -1)]


def inflected(words: Sequence[str]) -> str | None:
    """The country one or two inflected words name: each word is a stem plus up to four letters
    (in Arabic, a whole name plus an ending: `arabic_name`). Three words name none in any script:
    `_spans` asks of every phrase of three, and of every word, most of them plain ASCII."""
    if len(words) > 2 or not words:
        return None
    # plain comparisons, no generators: `_spans` asks this of every word and pair of a question
    first, second = words[0], words[1] if len(words) == 2 else ""
    if not (first.isascii() and second.isascii()) and any(_ARABIC.search(w) for w in words):
        return _arabic_country(first) if len(words) == 1 else None
    if len(first) < 5 or (second and len(second) < 5):
        return None  # short
    # the first word's heads against the names' first stems: the common case, one set lookup
    heads = _heads(first)
    if _first_stems().isdisjoint(heads) or _not_inflected().intersection(words):
        return None  # or a word that only looks inflected ("misin": a Turkish question particle)
    table = _inflected()
    for head in heads:
        for tail in _heads(second) if second else [None]:
            country = table.get((head,) if tail is None else (head, tail))
            if country is not None and not any(english_word(w) for w in words):
                return country
    return None


# Zipf frequency from which a word is an everyday word of another campaign language (wordfreq; at
# least everyday.FLOOR, all its table holds).
OTHER_ZIPF = 3.0


@lru_cache(maxsize=1)
def _own_names() -> dict[str, dict[str, frozenset[tuple[str, ...]]]]:
    """Per campaign language, each country's own name(s) in it, as words (folded)."""
    from babel import Locale

    english = Locale("en").territories
    table: dict[str, dict[str, frozenset[tuple[str, ...]]]] = {}
    for language in OTHER_LANGUAGES:
        own: dict[str, set[tuple[str, ...]]] = {}
        for code, name in Locale(language).territories.items():
            if code in english and not code.isdigit():
                country = country_names().get(key_of(english[code]), english[code])
                own.setdefault(country, set()).add(tuple(key_of(name).split()))
        table[language] = {c: frozenset(s) for c, s in own.items()}
    return table


def _its_form(words: tuple[str, ...], name: tuple[str, ...], inflecting: bool) -> bool:
    """Whether the words begin the name: as written, or in a language that inflects names (list_words.yaml
    `inflecting_languages`), each word with the name's word less its last letter for a stem."""
    if len(name) < len(words):
        return False
    if not inflecting:
        return name[: len(words)] == words
    return all(w.startswith(n[:-1]) for w, n in zip(words, name, strict=False))


@lru_cache(maxsize=4096)
def another_word(words: tuple[str, ...], country: str) -> bool:
    """Whether the words, read as the country's stem plus an ending, are another everyday word of a
    campaign language: Spanish 'congreso' (congress) began like 'Congo'. Everyday in a language, they
    must be that language's name of the country: as written where names take no ending ('libye',
    'emirati'), begun with its stem where they do ('rosji', Polish 'Rosja', stays Russia)."""
    inflecting = frozenset(list_words()["inflecting_languages"])
    for language in OTHER_LANGUAGES:
        if not any(zipf_at_least(w, language, OTHER_ZIPF) for w in words):
            continue
        names = _own_names()[language].get(country, frozenset())
        if not any(_its_form(words, name, language in inflecting) for name in names):
            return True
    return False


# The campaign languages whose everyday words a stem may run into (English: `english_word`; Arabic:
# `arabic_name`; Chinese has no stems).
OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "ru")


# Letters of Arabic script; the long vowels and the ta marbuta a name drops before an ending.
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_FINALS = "اةىيه"
# A shorter name is read only as written: 'مالي' (Mali) with the article is 'the financial'.
ARABIC_NAME_FROM = 5


@lru_cache(maxsize=1)
def _arabic_endings() -> tuple[tuple[str, bool], ...]:
    """list_words.yaml's arabic_endings, each with whether it follows only a name that dropped its
    last letter; no ending first (a name that dropped it: 'تركي')."""
    table = list_words()["arabic_endings"]
    nisba, cut = ((key_of(e), False) for e in table["nisba"]), ((key_of(e), True) for e in table["cut"])
    return (("", True), *nisba, *cut)


def arabic_name(word: str, names: dict[str, str]) -> str | None:
    """The country an Arabic word (folded) names among `names`: a name, or a name with an ending of
    list_words.yaml's arabic_endings ('الصينية', 'سوريون', 'تركي'), with or without the article.
    Never a stem the word begins with: 'للنمو' (for growth) began like 'النمسا' (Austria) and was
    read as it."""
    if word in names:
        return names[word]
    for ending, cut in _arabic_endings():
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        core = base[2:] if base.startswith("ال") else base  # without the article: what is measured
        # the article added only to a whole name: 'ألمانيا' begins with the letters of one, and
        # 'ماني' with it and a dropped 'ا' is no Germany
        for stem, added in ((base, False), (core, False), (f"ال{core}", base == core)):
            whole = () if cut or len(core) < 3 else (stem,)
            dropped = (stem + f for f in _ARABIC_FINALS) if len(core) >= 4 and not added else ()
            for name in (*whole, *dropped):
                if len(name) >= ARABIC_NAME_FROM and name in names:
                    return names[name]
    return None


@lru_cache(maxsize=16384)
def _arabic_country(word: str) -> str | None:
    """Memoised: a word's ~50 lookups, once (everyday words recur from question to question)."""
    return arabic_name(word, country_names())


def english_word(word: str) -> bool:
    """An everyday English word is never read as an inflected foreign name ("child" is not "Chili")."""
    return english_zipf(word) >= ENGLISH_ZIPF


def warm_up() -> None:
    """Read the stems and Arabic endings now (places.warm_up): they cost the first place read; and
    the other languages' everyday words (everyday.py's tables of their words from Zipf 3 on)."""
    for table in (_inflected, _first_stems, _arabic_endings):
        table()
    for language in OTHER_LANGUAGES:  # their everyday words (`another_word`), not the first place's
        everyday(language)
