"""A word of a card's own name, as another language spells it, asks nothing of that card: Portuguese
and Italian 'Processo', German 'Prozess' (also a trial) in "Processo Pall Mall" read as a trial's
outcome asked, which the Pall Mall Process card never tells, and it was refused (0.43)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.title_words import without_name_words
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Quem participou no Processo Pall Mall?",
        "Quais países apoiaram o código do Processo Pall Mall?",
        "Chi ha promosso il Processo Pall Mall?",
        "Was regelt der Pall-Mall-Prozess?",
    ],
)
def test_the_name_of_a_process_is_no_trial(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "pall-mall-code-2025")


def test_a_trial_word_outside_the_name_stays() -> None:
    name = frozenset({"code", "of", "practice", "pall", "mall", "process"})
    assert "processo" not in without_name_words("Quem participou no Processo Pall Mall?", name)
    # beside no other word of the name, the same word asks a trial (review27)
    asked = without_name_words("Processo Pall Mall, c'è stato un processo in tribunale?", name)
    assert asked.split().count("processo") == 1
    # another card's name holds no such word: the trial is still asked of it
    assert "processo" in without_name_words("O processo contra a Amesys terminou?", frozenset({"amesys"}))
    # the card's word as the card spells it still asks ('taken off the Entity List')
    assert "list" in without_name_words("Was it taken off the Entity List?", frozenset({"entity", "list"}))


def test_a_listing_asked_in_the_names_own_words_is_still_refused(engine: SearchEngine) -> None:
    refused(engine, "Did Sandvine get removed from the Entity List later?")
