"""'What's in the dossier on X?' asks about X (session 20, wrong20; found by review19). 'dossier' is
a word of one card only (the FinFisher Egypt licensing case), so it weighed as a name the Hacking
Team cards leave out and the question was refused at 0.05."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What's in the dossier on Hacking Team?", "hacking-team"),
        ("whats in ur file on Cellebrite?", "cellebrite"),
        # the Predator Files are asked by name, never cut
        ("What's in the Predator Files?", "case-predator-files-2023"),
    ],
)
def test_the_dossier_on_a_firm_is_its_card(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


def test_the_dossier_on_a_firm_no_card_holds_is_refused(engine: SearchEngine) -> None:
    refused(engine, "What's in the dossier on Acme Surveillance Ltd?")
