"""German 'gesetzt' (put, the participle of setzen: 'auf die Liste gesetzt') is no 'Gesetz' (law)
(misread26): 'gesetz\\w*' read it as a law asked, so 'since when has Washington put the Canadian DPI
maker on the blacklist?' asked a Canadian law the Entity List card never tells (`unstated`), and
was refused. A law asked in German ('Gesetz', 'Gesetze', 'gesetzliche') is still a law asked."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "Seit wann hat Washington die kanadische DPI-Firma auf die schwarze Liste gesetzt?",
        "Wann haben die USA die israelische Firma Candiru auf die schwarze Liste gesetzt?",
    ],
)
def test_put_on_the_blacklist_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, ("us-entity-list", "candiru", "sandvine"))


@pytest.mark.parametrize(
    ("question", "law"),
    [
        ("Wurde die Firma von den USA auf die Liste gesetzt?", False),
        ("Welche Firmen wurden 2021 auf die Entity List gesetzt?", False),
        ("Welches kanadische Gesetz gilt für DPI-Exporte?", True),
        ("Gibt es in Kanada gesetzliche Regeln für Überwachungstechnik?", True),
        ("Wurde die Firma auf die Liste gesetzt, und welche Gesetze galten?", True),
    ],
)
def test_gesetzt_asks_no_law(question: str, law: bool) -> None:
    assert ("law" in default_asked_values().asked(question, "de")) is law
