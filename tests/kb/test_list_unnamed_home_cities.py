"""A firm's home town no card names narrows a list to nothing, never widens it to every firm.

Munich, Frankfurt, Hamburg, Lyon, Barcelona, Haifa and Waterloo were no city the reader knew (no time
zone is named after them), so "which Frankfurt firms make spyware?" dropped the town and listed every
spyware maker the knowledge holds, Israeli and Italian ones included. Read as cities, they narrow the
firms to those whose card says they are based there (list_seats.in_cities): none, or Sandvine for
Waterloo; an empty list leaves the answer to the engine, which says what it knows or that it does not.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "which Frankfurt firms make spyware?",
        "what Hamburg surveillance companies do you have?",
        "which Barcelona spyware companies are there?",
        "Welche Münchner Firmen verkaufen Spähsoftware?",
        "Quali aziende di Lione vendono spyware?",
    ],
)
def test_a_town_no_card_names_lists_no_foreign_firm(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question) & {"nso-group", "candiru", "hacking-team", "intellexa-cytrox"}


def test_a_town_a_card_names_keeps_its_firm(kb: KnowledgeService) -> None:
    assert listed(kb, "which Waterloo companies sell DPI gear?", kind="vendor") == {"sandvine"}
    assert "candiru" in listed(kb, "which Tel Aviv firms sell spyware?")
