"""Requests for everything held on a town ("Munich connections", "anything on Munich?", "München:
alles"): the entries whose card names the town (its firms, the cases and prosecutions there), not
every entry of its country, and none when no card names it: a town the cards never name stays an
empty list rather than a neighbour's. Read only for a request for everything that names no country
(lists.py); "which Tel Aviv firms" (a firm's home town) is list_seats.py's. A capital no card names
stands for its country (`unnamed_capitals`); `naming()` also serves list_select's countries."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.kb.cities import city_countries, city_names, city_spans
from bot.kb.model import Entry
from bot.kb.place_names import key_of

if TYPE_CHECKING:
    from bot.kb.list_names import NameTable


def towns_asked(question: str) -> set[str]:
    """The towns (English names) a question names, as written or inflected ("Münih'te", "Monachium")."""
    return {name for _, _, name in city_spans(question)[1] if name is not None}


@lru_cache(maxsize=64)
def _forms(name: str, table: Callable[[], Mapping[str, str]]) -> tuple[str, ...]:
    """Every folded name of a town or country (' munich ', ' munchen ', ...) that `table` (the
    glossary's names of towns or of countries) knows, as a card may write it."""
    forms = {key_of(name)} | {folded for folded, english in table().items() if english == name}
    return tuple(f" {f} " for f in sorted(forms) if f)


def naming(
    pool: Sequence[Entry],
    places: frozenset[str],
    names: NameTable,
    table: Callable[[], Mapping[str, str]] = city_names,
) -> list[Entry]:
    """The entries of `pool` whose card names one of the places (towns, or countries with
    table=country_names), in passing or not."""
    forms = [f for place in places for f in _forms(place, table)]
    return [e for e in pool if any(f in names.cards[e.id] for f in forms)]


def unnamed_capitals(towns: set[str], countries: set[str], names: NameTable) -> tuple[set[str], set[str]]:
    """The towns asked about that stay towns, and `countries` with those of the capitals no card names
    ("Kampala or Lusaka": Uganda and Zambia, a capital standing for its state as "Washington" does).
    A town that is no capital and that no card names stays itself: an empty list, not its country's."""
    unnamed = towns & names.unnamed_capitals
    return towns - unnamed, countries | {city_countries()[t] for t in unnamed}
