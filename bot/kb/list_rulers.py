"""A list asked by a ruler's name ("who sold to Mubarak?", "the Assad regime", "Лукашенко"): his
name stands for his country only within his years in power (data/list_words.yaml `rulers`). Read
as the country alone, "who sold to Mubarak?" listed Sandvine (2017), Intellexa's Predator (2023)
and the 2015 Hacking Team leak, all sales to Egypt after he fell in 2011: a card stays only where a
sentence naming his country says a sale or supply (`supply_forms`, not mere use there: Hermit
"used in Syria" is no sale to Assad) and is dated within his years (or names him: "Gaddafi-era
Libya"). An undated sentence keeps nothing: the date is what tells his regime from the next."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from bot.kb.list_dates import clauses
from bot.kb.model import Entry
from bot.kb.place_names import demonyms, key_of, list_words, rulers, words_of

# still ruling: any year a card gives
_NOW = 2100


def ruler_asked(question: str) -> tuple[str, int, int] | None:
    """The country and years of the one ruler a question names, or None."""
    found = {rulers()[w] for w in words_of(key_of(question)) if w in rulers()}
    if len(found) != 1:
        return None
    country, lo, hi = found.pop()
    return country, lo, hi if hi is not None else _NOW


@cache  # one a ruler's country (data: list_words.yaml `rulers`), all kept by warm_up
def _place(country: str) -> re.Pattern[str]:
    forms = [key_of(country), *(k for k, v in demonyms().items() if v == country and k.isascii())]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


@lru_cache(maxsize=1)
def _supply() -> re.Pattern[str]:
    stems = list_words()["supply_forms"].split()
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + r")")


def sold_then(entry: Entry, country: str, lo: int, hi: int) -> bool:
    """The entry says, in a sentence naming the country, a sale or supply dated from lo to hi (the
    years of the part naming the country, else the sentence's), or names the ruler there himself: the
    cards tie a firm to his regime ("met Libyan officials ... Gaddafi-era Libya")."""
    place, supply, era = _place(country), _supply(), _era(country, lo)
    for years, parts in clauses(entry.title, entry.summary, entry.body):
        text = " ".join(p for p, _ in parts)
        named = era.search(text) is not None  # "reporting on the surveillance network of Gaddafi-era Libya"
        if not named and not supply.search(text):
            continue
        for part, own in parts:
            if place.search(part) and (named or any(lo <= y <= hi for y in own or years)):
                return True
    return False


@cache
def _era(country: str, lo: int) -> re.Pattern[str]:
    """The ruler's own names, which date a sentence to his years ("Gaddafi-era Tripoli")."""
    forms = [k for k, row in rulers().items() if row[0] == country and row[1] == lo]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def within_rule(question: str, items: Sequence[Entry]) -> list[Entry]:
    """A list by a ruler: only the items that sold to his country while he ruled (else as given)."""
    asked = ruler_asked(question)
    if asked is None:
        return list(items)
    country, lo, hi = asked
    return [e for e in items if sold_then(e, country, lo, hi)]


def warm_up() -> None:
    """Read the supply words and every ruler's country and era patterns now, at the build, not on a
    member's first ruler question ("who sold to Mubarak?")."""
    _supply()
    for country, lo, _ in set(rulers().values()):
        _place(country)
        _era(country, lo)
