"""A list question about named things reads which entries name them from the name table, not every
entry's text (issue 10 item 6): "What are all the entries related to Intellexa and Predator?" looked
for each of their names in each entry's text (~0.6 ms, one of the latency bench's slowest). Whose
names each entry says is read once, when the table is built; the list is the same."""

from __future__ import annotations

import pytest

from bot.kb import destinations
from bot.kb.check import CheckReport
from bot.kb.list_asks import PRODUCTS
from bot.kb.list_names import NameTable, _names_firm
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService


def _own_products(table: NameTable, entry_id: str) -> set[str]:
    """The bare names of the entry's own products ("rcs" of Hacking Team's "RCS spyware"), which in its
    own text name the product, not another entry (review20a)."""
    return {f" {k[: -len(p) - 1]} " for k in table.keys[entry_id] for p in PRODUCTS if k.endswith(f" {p}")}


def _plainly_mentioning(table: NameTable, pool: list[Entry], names: set[str]) -> list[Entry]:
    """`NameTable.mentioning` as it read before: every key of every name looked for in every text
    (save the text's own products)."""
    named = [table.by_id[n] for n in names if n in table.by_id]
    keys = [f" {k} " for n in names for k in table.keys.get(n, ())]
    firm_keys = [f" {k} " for e in named if e.kind != "rule" for k in table.keys.get(e.id, ())]
    return [
        e
        for e in pool
        if e.id in names
        or any(_names_firm(e, o) or table._on_list(o, e, frozenset()) for o in named)
        or any(
            k in table.seen[e.id] and k not in _own_products(table, e.id)
            for k in (firm_keys if e.kind == "vendor" else keys)
        )
    ]


@pytest.fixture(scope="module")
def table(shipped: CheckReport) -> NameTable:
    return NameTable(shipped.entries)


def test_every_entry_mentions_what_it_mentioned_by_reading_its_text(table: NameTable) -> None:
    pool = list(table.by_id.values())
    for entry_id in table.by_id:
        assert table.mentioning(pool, {entry_id}) == _plainly_mentioning(table, pool, {entry_id}), entry_id
    for names in (
        {"intellexa-cytrox", "case-predator-files-2023"},
        {"nso-group", "hacking-team"},
        {"zte", "hikvision"},
    ):
        assert table.mentioning(pool, names) == _plainly_mentioning(table, pool, names), names


def test_a_list_about_named_firms_reads_no_entrys_text(
    shipped: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = KnowledgeService.from_entries(shipped.entries)
    question = "What are all the entries related to Intellexa and Predator?"
    listed = [e.id for e in kb.search(question).items]
    assert "intellexa-cytrox" in listed and len(listed) > 3
    monkeypatch.setattr(kb._names, "seen", {})  # what members read of each entry, gone
    assert [e.id for e in kb.search(question).items] == listed


def test_a_list_about_a_place_reads_where_gear_went_from_the_table(
    shipped: CheckReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Which companies sold surveillance technology to Egypt?" worked out, for every vendor and
    case, where its gear went (~0.3 ms a question); the table holds it from its build."""
    kb = KnowledgeService.from_entries(shipped.entries)
    question = "Which companies sold surveillance technology to Egypt?"
    listed = [e.id for e in kb.search(question).items]
    assert len(listed) > 3

    def unread(*args: object, **kwargs: object) -> set[str]:
        raise AssertionError("worked out again")

    monkeypatch.setattr(destinations, "of_vendor", unread)
    monkeypatch.setattr(destinations, "went_by_case", unread)
    assert [e.id for e in kb.search(question).items] == listed
    assert [e.id for e in kb.search("which vendors sold spyware to Mexico?").items]
