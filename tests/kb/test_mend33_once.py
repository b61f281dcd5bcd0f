"""mend33: work a question repeated, done once; answers unchanged. The negation gate of a list
question and of each side of its exclusion is one (`list_sides.negation`); a card's law owners are
read from the table built with the engine; a list narrowed to a month folds each card's lines once."""

from __future__ import annotations

import pytest

from bot.kb import list_dates, list_sides, values
from bot.kb.filters import NO_FILTERS, Filters
from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed, listed

CAMERAS = {"hikvision", "dahua", "huawei"}


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("Chinese companies that don't make cameras", "Chinese companies"),
        ("Israeli companies that aren't in the spyware business", "Israeli companies"),
    ],
)
def test_a_negated_clause_is_read_once_for_the_question_and_its_sides(
    kb: KnowledgeService, question: str, whole: str
) -> None:
    read = list_sides.negation(kb._names, question, NO_FILTERS)
    assert read is not None and read[0] == whole
    assert list_sides.negation(kb._names, question, Filters(kind="vendor")) is None  # filtered: none


@pytest.mark.parametrize(
    "question", ["Did NSO not sell to Mexico?", "Chinese companies that make cameras", "hi there"]
)
def test_no_negated_clause_no_subtraction(kb: KnowledgeService, question: str) -> None:
    assert list_sides.negation(kb._names, question, NO_FILTERS) is None


def test_the_member_still_gets_the_set_less_the_negated_clause(kb: KnowledgeService) -> None:
    assert_listed(kb, "Chinese companies that don't make cameras", {"zte", "hytera"}, CAMERAS)
    # its twin without the negation: the camera makers themselves
    assert_listed(kb, "Chinese companies that make cameras", CAMERAS)
    # a yes/no question with a negation stays one answer
    assert listed(kb, "Did NSO not sell to Mexico?") == set()  # a single question about NSO
    nso = kb.search("Did NSO not sell to Mexico?")
    assert nso.alternatives and nso.alternatives[0].id == "nso-group"


def test_a_places_own_law_reads_the_law_owners_built_with_the_engine(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine's own table (values.Values._law_owners, built at start on a small knowledge base)
    answers every card's law owners: the question reads none afresh, under any name it is imported
    by (the function's code itself is replaced, not one module's name for it)."""

    def never(statements: object) -> tuple[frozenset[str], ...]:
        raise AssertionError("read a card's law owners again on a question")

    owners = kb.engine._evidence_of._values._law_owners
    misses = owners.cache_info().misses
    assert misses == len(kb.engine.index.entries)  # each card read once, at build
    monkeypatch.setattr(values.law_owners, "__code__", never.__code__)
    result = kb.engine.search("does the UK have its own export law on spyware?")
    assert result.answered and result.entry is not None and result.entry.id == "uk-export-controls"
    assert owners.cache_info().misses == misses


def test_a_month_asked_again_folds_no_card_again(kb: KnowledgeService) -> None:
    question = "which cases came to light in December 2021?"
    first = [e.id for e in kb.search(question).items]
    assert {"case-meta-takedown-2021", "case-pegasus-poland"} <= set(first)
    misses = list_dates._lines.cache_info().misses
    assert [e.id for e in kb.search(question).items] == first
    assert list_dates._lines.cache_info().misses == misses
