"""Firms and rules described in the press's words rather than the cards' (session 29 round 2,
plaind29): 'the Barcelona start-up Google tied to a toolkit for hacking browsers' (Variston's card: an
exploit framework Google attributed to it), 'the Austrian firm behind hacks of attorneys and lenders'
(DSIRF's: law firms and banks), and a
member's full month name where half the cards abbreviate it ('mid-February 2011', the card: '15 Feb
2011'). The first two were refused on int29 with the right card ranked first. The twins placing the
same description elsewhere, which no card tells, stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the Barcelona start-up Google tied in 2022 to a toolkit for hacking browsers", "variston"),
        ("which Barcelona start-up did Google tie to a browser exploit toolkit?", "variston"),
        (
            "the Austrian firm Microsoft tied to hacks of attorneys and lenders",
            ("dsirf", "case-dsirf-subzero"),
        ),
        ("the Austrian firm behind hacks of attorneys and lenders", ("dsirf", "case-dsirf-subzero")),
        ("the Biden order keeping federal agencies off dangerous commercial spyware", "us-eo-14093"),
        # the cards: '15 Feb 2011', 'spun off from Verint Systems in Feb 2021'
        ("which US company met Libyan officials in mid-February 2011?", "narus"),
        ("which Israeli company was spun off in February 2021?", "cognyte"),
    ],
)
def test_a_firm_or_rule_in_the_press_words(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # no card has a Lisbon start-up, nor DSIRF's attacks in Brazil
        "the Lisbon start-up Google tied in 2022 to a toolkit for hacking browsers",
        "the Austrian firm behind hacks of attorneys and lenders in Brazil",
        # Narus met them in Barcelona
        "which Boeing unit met Libyan officials in Madrid in February 2011?",
    ],
)
def test_the_same_words_placed_elsewhere_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
