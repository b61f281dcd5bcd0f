"""A firm asked for by its home in a German, Dutch or Swedish compound ('welche brasilianische
Überwachungsfirma'): the compound's head is the firm noun the home is read before (described.py
`firm_words`, list_words.yaml `singular_heads`). Unread, the question named no firm's home, and a
Canadian firm's case was answered for a Brazilian one at 0.64. The right home is still answered."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

SANDVINE = ("sandvine", "case-sandvine-turkey-belarus-egypt")


@pytest.mark.parametrize(
    "question",
    [
        "welche brasilianische Überwachungsfirma verkaufte DPI an Ägypten?",
        "welche argentinische Spionagefirma verkaufte DPI an Ägypten?",
        "welche mexikanische Netzwerkfirma lieferte DPI-Technik an Ägypten?",
    ],
)
def test_a_compound_firm_from_another_home_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "welche kanadische Überwachungsfirma verkaufte DPI an Ägypten?",
        "welk Canadees spywarebedrijf verkocht DPI aan Egypte?",
    ],
)
def test_a_compound_firm_from_its_home_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, SANDVINE)
