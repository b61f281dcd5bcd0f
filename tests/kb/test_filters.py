"""Search filters as members type them and as posted Discord buttons carry them.

A search button posted today must still page after an upgrade (a filter added), a button posted
before filters were named must still page, and a forged or damaged one gets the polite "run /search
again" instead of a traceback or a different search.
"""

from __future__ import annotations

from dataclasses import make_dataclass

import pytest

import bot.kb.filters as filters_module
from bot.errors import InvalidInput
from bot.kb.filters import NO_FILTERS, Filters, SearchQuery, _spec, suggested_values
from tests.chat.entries import sample_knowledge

TRICKY = "cameras & co | 50% = a:b?+ ü 'quoted' \"twice\""


def test_a_search_round_trips_by_name_whatever_its_words() -> None:
    search = SearchQuery(TRICKY, Filters(kind="vendor", country="Freedonia", technology="a|b&c=d", year=2018))
    state = search.encode()
    assert state.startswith("s2:") and "kind=vendor" in state and "year=2018" in state
    assert SearchQuery.decode(state) == search


def test_an_unfiltered_search_stays_short() -> None:
    assert SearchQuery("cameras").encode() == "s2:q=cameras"
    assert SearchQuery.decode("s2:q=") == SearchQuery("", NO_FILTERS)


def test_a_button_from_before_filters_were_named_still_reads() -> None:
    assert SearchQuery.decode("vendor||||cameras") == SearchQuery("cameras", Filters(kind="vendor"))
    assert SearchQuery.decode("|Freedonia||2018|cameras|x") == SearchQuery(
        "cameras|x", Filters(country="Freedonia", year=2018)
    )


@pytest.mark.parametrize(
    "state",
    [
        "s2:kind=vendor",  # no query
        "s2:q=x&bogus=1",  # a filter this version does not know (a newer button)
        "s2:q=x&kind=spaceship",
        "s2:q=x&year=twenty",
        "s2:q=x&q=y",
        "s2:q=x&&",
        "spaceship||||x",
        "vendor|||20x9|x",
        "only|three|parts",
    ],
)
def test_a_damaged_or_forged_button_is_refused_politely(state: str) -> None:
    with pytest.raises(InvalidInput, match="run /search again"):
        SearchQuery.decode(state)


def test_a_button_posted_today_still_pages_after_a_filter_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next version adds a `status` filter: today's buttons lack it and must page the same."""
    posted_today = SearchQuery("cameras", Filters(kind="vendor", country="Freedonia")).encode()
    kb = sample_knowledge()
    before = kb.page(SearchQuery.decode(posted_today), 2, 3)

    status = _spec("Only entries with this status", "alleged", lambda e, v: e.status == v)
    extended = make_dataclass("Filters", [("status", "str | None", status)], bases=(Filters,), frozen=True)
    monkeypatch.setattr(filters_module, "Filters", extended)
    monkeypatch.setattr(filters_module, "NAMES", (*filters_module.NAMES, "status"))

    decoded = SearchQuery.decode(posted_today)
    assert isinstance(decoded.filters, extended) and decoded.filters.status is None
    after = kb.page(decoded, 2, 3)
    assert [e.id for e in after.entries] == [e.id for e in before.entries] and after.total == before.total
    newer = SearchQuery("cameras", extended(kind="case", status="contested")).encode()
    assert "status=contested" in newer
    assert SearchQuery.decode(newer).filters == extended(kind="case", status="contested")


def test_typed_filters_are_checked_and_tidied() -> None:
    assert Filters.parse(
        {"kind": "Vendor", "country": "  Ruri   tania ", "year": "2019", "technology": ""}
    ) == Filters(kind="vendor", country="Ruri tania", year=2019)
    for typed, message in [
        ({"kind": "person"}, "kind must be one of"),
        ({"year": "20x9"}, "year must be a number"),
        ({"colour": "red"}, "Unknown filter"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            Filters.parse(typed)


def test_filters_keep_only_matching_entries() -> None:
    kb = sample_knowledge()
    kept = {e.id for e, _ in kb.lookup("", Filters(country="ruritania", technology="Interception"), limit=99)}
    assert kept == {"acme-intercept", "case-acme-ruritania"}
    assert kb.lookup_total("", Filters(kind="case", year=2018)) == 0
    assert Filters(kind="vendor").shown() == {"kind": "vendor"} and not NO_FILTERS.any


def test_a_member_typing_a_filter_value_is_offered_only_values_entries_carry() -> None:
    """What starts with the typed text comes first, then what contains it; nothing no entry has."""
    entries = sample_knowledge().entries()
    assert suggested_values(entries, "country", "ania", 25) == ["Ruritania", "Sylvania"]
    starting_first = ["Ruritania", "European Union", "Freedonia", "Germany"]
    assert suggested_values(entries, "country", "r", 25) == starting_first
    assert suggested_values(entries, "country", "atlantis", 25) == []
    assert suggested_values(entries, "technology", "", 2) == ["export controls", "interception"]
