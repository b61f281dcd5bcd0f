"""South and Central America are parts of Latin America without Mexico (bot/kb/data/list_words.yaml
`regions`). "Spyware cases in South America" listed Mexico's and El Salvador's Pegasus cases: the
region table read South and Central America as all of Latin America."""

from __future__ import annotations

import pytest

MEXICO = "case-pegasus-mexico-2017"


@pytest.mark.parametrize(
    "question",
    [
        "which spyware cases happened in South America?",
        "¿qué casos de Pegasus hay en Sudamérica?",
        "quais casos de espionagem aconteceram na América do Sul?",
    ],
)
def test_south_america_leaves_out_mexico(listed, question: str) -> None:
    assert MEXICO not in listed(question)


def test_central_america_leaves_out_mexico(listed) -> None:
    assert MEXICO not in listed("which Pegasus cases are from Central America?")


def test_latin_america_still_holds_mexico(listed) -> None:
    # control: the whole of Latin America keeps Mexico
    assert MEXICO in listed("Pegasus cases in Latin America, list them")
