"""The month names a member may write, per language (CLDR via Babel): a month before a year places
a question in time ('in March 2021', 'przed wrześniem 2021': time_words.py), and is passed over to
the year a before-word asks of ('until late september 2021': roles.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.kb.text import raw_tokens


@lru_cache(maxsize=16)
def month_names(lang: str) -> frozenset[str]:
    """The language's month names, as written and as they stand alone (CLDR via Babel), folded
    and cut to their first four letters: Polish 'przed wrześniem' inflects 'wrzesień'."""
    return frozenset(_months(lang))


@lru_cache(maxsize=16)
def month_numbers(lang: str) -> dict[str, int]:
    """`month_names`, each with its month's number (1-12). A first four letters two months share in
    a language is left out: it tells neither."""
    return {key: min(numbers) for key, numbers in _months(lang).items() if len(numbers) == 1}


@lru_cache(maxsize=16)
def _months(lang: str) -> dict[str, frozenset[int]]:
    """The first four letters of each of the language's month names, with the months they begin."""
    return _catalogue(lang, "wide", lambda t: t[:4])


def _catalogue(lang: str, width: str, key: Callable[[str], str]) -> dict[str, frozenset[int]]:
    """The language's month names of one CLDR width ('wide', 'abbreviated'), as written and as they
    stand alone, each folded token under `key` with the months it names: one reading of Babel for
    the whole names and the abbreviations, so the two cannot read the catalogue apart."""
    from babel import Locale  # the catalogue is large: imported on first use

    try:
        months = Locale.parse(lang).months
    except (ValueError, LookupError):
        return {}
    found: dict[str, set[int]] = {}
    for ctx in ("format", "stand-alone"):
        for number, name in months[ctx][width].items():
            for t in raw_tokens(name):
                found.setdefault(key(t), set()).add(int(number))
    return {k: frozenset(numbers) for k, numbers in found.items()}


@lru_cache(maxsize=4)
def any_month_numbers(langs: tuple[str, ...]) -> dict[str, int]:
    """`month_numbers` of every language given, together: a list question is read before its
    language is ("Allt från oktober 2019", "Alles aus Oktober 2019"). A first four letters two of
    the languages give different months is left out: it tells neither."""
    found: dict[str, set[int]] = {}
    for lang in langs:
        for key, number in month_numbers(lang).items():
            found.setdefault(key, set()).add(number)
    return {key: min(numbers) for key, numbers in found.items() if len(numbers) == 1}


@lru_cache(maxsize=4)
def any_month_fives(langs: tuple[str, ...]) -> frozenset[str]:
    """The first five letters of every month name of the languages given (a shorter name whole): a word
    sharing a month's first four letters only ("Liste", "lista" beside Polish "listopad") is no month."""
    return frozenset(key for lang in langs for key in _catalogue(lang, "wide", lambda t: t[:5]))


@lru_cache(maxsize=4)
def any_month_wholes(langs: tuple[str, ...]) -> frozenset[str]:
    """Every whole month name of the languages given, folded ('mars', 'juni', 'marca'): a word that is
    one is that month whatever English makes of it (French 'mars 2024' is no planet)."""
    return frozenset(key for lang in langs for key in _catalogue(lang, "wide", lambda t: t))


@lru_cache(maxsize=16)
def month_abbreviations(lang: str) -> dict[str, int]:
    """The language's abbreviated month names, whole and folded, dots dropped ('Oct' 2019, 'déc.'),
    each with its month's number: read only as a whole word, as a first four letters would take
    any word ('oct' is no prefix of 'october' a member need write)."""
    table = _catalogue(lang, "abbreviated", lambda t: t)
    return {key: min(numbers) for key, numbers in table.items() if len(numbers) == 1}
