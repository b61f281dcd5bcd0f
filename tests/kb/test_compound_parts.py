"""Every part of a German, Dutch or Swedish compound the glossary knows is read, not only the first
(session 20, wrong20; found by review19). 'Welche Überwachungsfirma steckt hinter Pegasus?' read
as 'surveillance' alone: the match took the rest of the word with it, so 'firma' (company) went
unread and the question, which asks for the firm, got a Pegasus case first and was refused (0.08)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "Welche Überwachungsfirma steckt hinter Pegasus?",
        "vilket övervakningsföretag ligger bakom Pegasus?",
        "welk surveillancebedrijf zit achter Pegasus?",
        # a compound of one known part is read as before
        "Welche Spionagefirma steckt hinter Pegasus?",
    ],
)
def test_a_firm_asked_by_a_compound_is_the_vendor(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "nso-group")


def test_each_known_part_of_a_compound_is_read(engine: SearchEngine) -> None:
    assert engine.read("Welche Überwachungsfirma steckt hinter Pegasus?").text.split()[1:3] == [
        "surveillance",
        "company",
    ]
