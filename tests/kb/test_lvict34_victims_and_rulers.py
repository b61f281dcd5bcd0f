"""Lists of victims by kind and place, and of suppliers to a ruler's people (lvict34), from the member's
side. "Egyptian opposition politicians hacked" read as one story (a word beside the origin), so did
"Mexican reporters and lawyers targeted" (two plurals of people joined), and senators and academics
were no people at all; "who sold Assad's people monitoring kit" and "who supplied Gaddafi's regime
with eavesdropping gear" got no list (the buyer's "people", the "with" of supplying). The twins that
asked one thing stay one answer."""

from __future__ import annotations

import pytest

from bot.kb import list_asks
from bot.kb.list_people import people_asked
from bot.kb.service import KnowledgeService


def _ids(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    "question",
    [
        "Polish lawyers and senators who got hacked",
        "Mexican reporters and lawyers targeted",
        "Egyptian opposition politicians hacked",
        "Polish senators hacked",
        "academics targeted",
    ],
)
def test_people_of_a_kind_and_place_are_read_as_the_people_targeted(question: str) -> None:
    assert people_asked(*list_asks.words_and_breaks(question)) == "targeted"


@pytest.mark.parametrize(
    "question",
    [
        "Polish lawyers and senators founded which firms?",  # no verb of being targeted after them
        "which people founded Intellexa?",
        "dissidents in London targeted with FinSpy",  # says more first: one story
    ],
)
def test_people_with_no_verb_of_being_targeted_right_after_are_not_a_victims_list(question: str) -> None:
    assert people_asked(*list_asks.words_and_breaks(question)) is None


def test_egyptian_opposition_politicians_get_the_cases_in_egypt(kb: KnowledgeService) -> None:
    ids = _ids(kb, "Egyptian opposition politicians hacked")
    assert "case-egypt-nour-eltantawy" in ids
    assert not ids & {"case-pegasus-poland", "case-pegasus-mexico-2017"}


def test_mexican_reporters_and_lawyers_get_the_mexican_cases(kb: KnowledgeService) -> None:
    ids = _ids(kb, "Mexican reporters and lawyers targeted")
    assert {"case-pegasus-mexico-2017", "nso-group"} <= ids
    assert "case-pegasus-poland" not in ids


SYRIA_SUPPLIERS = {"area-spa", "case-area-syria", "blue-coat", "case-blue-coat-syria", "qosmos", "utimaco"}


@pytest.mark.parametrize(
    "question",
    ["who sold Assad's people monitoring kit", "who sold monitoring kit to Assad's people"],
)
def test_a_rulers_people_are_his_regime(kb: KnowledgeService, question: str) -> None:
    ids = _ids(kb, question)
    assert ids >= SYRIA_SUPPLIERS
    assert not ids & {"rcs-lab", "case-hermit-2022"}  # used in Syria, sold to no one there


def test_supplied_his_regime_with_gear_lists_gaddafis_suppliers(kb: KnowledgeService) -> None:
    ids = _ids(kb, "who supplied Gaddafi's regime with eavesdropping gear")
    assert {"amesys-nexa", "vastech", "zte"} <= ids


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("who sold spyware with NSO?", "nso-group"),  # a firm named: one answer
        ("who made the spyware used against Mansoor?", "case-ahmed-mansoor"),
    ],
)
def test_one_thing_asked_stays_one_answer(kb: KnowledgeService, question: str, card: str) -> None:
    result = kb.search(question)
    assert result.answered and result.entry is not None and result.entry.id == card
    assert not result.items
