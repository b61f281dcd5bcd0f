"""A chief executive asked is held by a card naming one ('Paragon's chief executive today?' got
Paragon's card at 0.68, which names an executive chairman and a company executive, no chief
executive); leadership asked otherwise ('who is the chairman of paragon?') stays answered."""

from __future__ import annotations

from bot.kb.facts import load
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_a_chief_executive_asked_is_its_own_kind() -> None:
    kinds = load()
    assert "chief_executive" in kinds.asked("Paragon's chief executive today?")
    assert "chief_executive" in kinds.asked("Qui est le PDG actuel d'IDEMIA ?")
    assert "chief_executive" not in kinds.asked("who runs paragon?")


def test_a_chief_executive_no_card_names_is_refused(engine: SearchEngine) -> None:
    refused(engine, "Paragon's chief executive today?")
    # the chairman the card names is still told
    answered(engine, "who is the chairman of paragon?", "paragon-solutions")
    answered(engine, "amesys eagle libya, what happened to the ceo", ("case-amesys-libya", "amesys-nexa"))
