"""A country's own name for its legislature is an actor asked, never an everyday word (session 29,
lang29): German 'Bundestag' and Polish 'Sejm' are common words of their languages, so they weighed
nothing and the firm's card answered what the legislature did ('Was hat der Bundestag zu FinFisher
beschlossen?' got FinFisher's card at 0.87)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    "question",
    [
        "Was hat der Bundestag zu FinFisher beschlossen?",
        "Co Sejm zrobił w sprawie Pegasusa?",
    ],
)
def test_what_a_legislature_did_is_refused_where_no_card_tells(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered


@pytest.mark.parametrize(
    ("question", "word"),
    [("Was hat der Bundestag zu FinFisher beschlossen?", "bundestag"), ("Czy Sejm badał Pegasusa?", "sejm")],
)
def test_the_legislature_is_no_ordinary_word(engine: SearchEngine, question: str, word: str) -> None:
    assert word not in engine.read(question).ordinary


def test_a_card_telling_parliament_still_answers(engine: SearchEngine) -> None:
    # twin: Bodnar told parliament (the Polish case), the Sejm inflected
    r = engine.search("Co Bodnar powiedział Sejmowi o Pegasusie?")
    assert r.answered and r.entry is not None and r.entry.id == "case-pegasus-poland"
