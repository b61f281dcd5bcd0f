"""Requests for everything held on a town ("Munich connections", "anything on Munich?", "München:
alles"): the entries whose card names the town (its firms, the cases and prosecutions there), not
every entry of its country, and none when no card names it: a town the cards never name stays an
empty list rather than a neighbour's. Read only for a request for everything that names no country
(lists.py); "which Tel Aviv firms" (a firm's home town) is list_seats.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.kb.cities import city, city_countries, city_names, starts
from bot.kb.model import Entry
from bot.kb.place_names import country_names, key_of

_TOKEN = re.compile(r"[^\W_]+")

if TYPE_CHECKING:
    from bot.kb.list_names import NameTable


def towns_asked(question: str) -> set[str]:
    """The towns (English names) a question names, as written or inflected ("Münih'te", "Monachium")."""
    tokens = _TOKEN.findall(re.sub(r"['’`´]", " ", question))
    words = [key_of(t) for t in tokens]
    countries, firsts = city_countries(), starts()
    found: set[str] = set()
    at = 0
    while at < len(words):
        if words[at][:4] in firsts:
            for size in (2, 1):
                name = city(words[at : at + size], tokens[at]) if at + size <= len(words) else None
                if name and name in countries:
                    found.add(name)
                    at += size - 1
                    break
        at += 1
    return found


@lru_cache(maxsize=64)
def _town_forms(town: str) -> tuple[str, ...]:
    """Every folded name of the town (' munich ', ' munchen ', ...), as a card may write it."""
    forms = {key_of(town)} | {name for name, english in city_names().items() if english == town}
    return tuple(f" {f} " for f in sorted(forms) if f)


def naming(pool: Sequence[Entry], towns: frozenset[str], names: NameTable) -> list[Entry]:
    """The entries of `pool` whose card names one of the towns."""
    forms = [f for t in towns for f in _town_forms(t)]
    return [e for e in pool if any(f in names.cards[e.id] for f in forms)]


@lru_cache(maxsize=64)
def _place_forms(country: str) -> tuple[str, ...]:
    """Every folded name of the country the glossary knows (' madagascar ', ...)."""
    forms = {key_of(country)} | {name for name, english in country_names().items() if english == country}
    return tuple(f" {f} " for f in sorted(forms) if f)


def naming_places(pool: Sequence[Entry], countries: frozenset[str], names: NameTable) -> list[Entry]:
    """The entries of `pool` whose card names one of the countries, in passing or not."""
    forms = [f for c in countries for f in _place_forms(c)]
    return [e for e in pool if any(f in names.cards[e.id] for f in forms)]
