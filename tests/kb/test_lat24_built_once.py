"""What the engine reads of its cards is read once, at the build, not by a member's first question
(issue 10 item 6: search latency within 2 ms p99; session 24). The answers stay the same
(bench/search_golden.py); these tests pin where the work happens."""

from __future__ import annotations

import pytest

from bot.kb import elsewhere
from bot.kb.check import CheckReport
from bot.kb.described import firm_words
from bot.kb.place_names import key_of, words_of
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "did the Boeing unit meet Gaddafi's people in Spain? (lat24)",
        "¿Vendió Hacking Team su software a Marruecos? (lat24)",
        "which firm put DPI gear in Egypt and Belarus (lat24)",
    ],
)
def test_a_first_question_asking_a_place_reads_no_cards_towns(
    shipped: CheckReport, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cities each card names as where something happened (elsewhere.where_towns, ~0.5 ms a
    long card) were read for each candidate on the first question that asked a place."""
    engine = SearchEngine(shipped.entries)

    def never(text: str) -> frozenset[str]:
        raise AssertionError(f"read a card's towns on a question: {text[:60]!r}")

    monkeypatch.setattr(elsewhere, "where_towns", never)
    engine.search(question)


def test_lists_and_single_answers_read_one_table_of_where_gear_went(kb: KnowledgeService) -> None:
    """destinations.Went was built twice per knowledge base: for the sale check and for lists."""
    assert kb._names.destinations is kb.engine.went
    by_id = {e.id: e for e in kb.engine.entries}
    vendor = next(e for e in by_id.values() if e.kind == "vendor" and e.list_destinations)
    went, listed = kb.engine.went.went(vendor, sale=False), kb._names.went(vendor, sale=False)
    assert listed == went | set(vendor.list_destinations)  # lists take in the card's text's places


@pytest.mark.parametrize("word", ["Tehran", "ISTANBUL", "spyware", "İstanbul", "Straße", "50k", "art5", "x"])
def test_a_words_key_is_its_words(word: str) -> None:
    """A plain ASCII word keys as itself lowercased, as every other word by its folded words."""
    assert key_of(word) == " ".join(words_of(word))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("welche brasilianische Überwachungsfirma", ["welche", "brasilianische", "firma"]),
        ("svenska övervakningsföretaget", ["svenska", "foretaget"]),
        ("a Firma and a konzern (lat24)", ["a", "firma", "and", "a", "konzern", "lat24"]),
        ("the kameraunternehmen", ["the", "unternehmen"]),
    ],
)
def test_a_compound_ending_in_a_firm_noun_is_still_read_as_the_noun(text: str, words: list[str]) -> None:
    assert firm_words(text) == words
