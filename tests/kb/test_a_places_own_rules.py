"""A place's own rules asked (session 20): "EU rules on dual-use goods", a question members type
every day, was answered with the Wassenaar Arrangement at 0.69, a multilateral regime whose card
lists the EU among its countries and whose long name says "Dual-Use Goods", while the EU's own
regulation came second. A rule the place made (its title names it) now goes first among the
near-ties (bot/kb/owners.py); a regime asked by name keeps its answer, and a place no rule here
was made by ("Japan's export rules") is still refused."""

from __future__ import annotations

import pytest

from bot.kb.owners import asked_owners, owners
from bot.kb.place_names import words_of
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "EU rules on dual-use goods",
        "EU rules on goods with civilian and military use",
        "EU export rules for surveillance technology",
    ],
)
def test_the_eus_own_rules_are_its_regulation(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-2021-821")


@pytest.mark.parametrize(
    "question",
    ["Wassenaar rules on dual-use goods", "Wassenaar rules", "what is the Wassenaar Arrangement?"],
)
def test_a_regime_asked_by_name_keeps_its_answer(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "wassenaar-arrangement")


def test_a_place_no_rule_here_was_made_by_is_still_refused(engine: SearchEngine) -> None:
    refused(engine, "Japan's export rules")


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("EU rules on dual-use goods", {"European Union"}),
        ("UK export rules", {"United Kingdom"}),
        ("rules of the EU on dual-use items", {"European Union"}),
        ("EU-Regeln für Dual-Use-Güter", {"European Union"}),
        ("Regeln der EU", {"European Union"}),
        ("German export law", {"Germany"}),
        ("Japan's export rules", {"Japan"}),
        ("Wassenaar rules", set()),
        ("does the EU ban spyware?", set()),  # a ban asked, not whose rules
        ("spyware sold to the EU under Wassenaar rules", set()),  # where it went
    ],
)
def test_whose_rules_a_question_asks(question: str, places: set[str]) -> None:
    assert owners(words_of(question), question) == places


def test_rules_told_in_passing_in_a_long_question_are_not_asked() -> None:
    question = (
        "We keep being told that the 2021 overhaul of the EU export rules fixed the problem. But a new"
        " report says EU states still shipped interception kit to abusive governments afterwards."
        " Which countries exported to whom, according to that report?"
    )
    assert asked_owners(question) == set()
    assert asked_owners("What do the EU export rules say about interception kit?") == {"European Union"}
