"""A case or firm described without its firm's home (session 33, desc33): where it happened and
more its card holds (the year, the gear, a party): 'Thai protest organisers whose phones were
infected in 2020', 'the Emirati rights activist targeted by spyware from several vendors'; or a firm
whose home the question names only as a place ('Israeli traffic-shaping boxes', 'the Moscow pentest
outfit'). The model refused each with the right card first; one that fits that card and no other of
its kind now answers as its name would. Twins with a year, a place or a home the card never gives,
a question asking a number or whether something holds, or one naming a firm, stay as they were."""

from __future__ import annotations

import pytest

from bot.kb.described import unhomed
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Thai protest organisers whose phones were infected in 2020", "case-pegasus-thailand-2022"),
        ("the Emirati rights activist targeted by spyware from several vendors", "case-ahmed-mansoor"),
        (
            "presidential hopeful in Cairo whose phone was infected through his mobile carrier in 2023",
            "case-egypt-nour-eltantawy",
        ),
        ("Israeli traffic-shaping boxes that reached Tehran via Denmark", "allot"),
    ],
)
def test_a_case_described_by_its_place_and_more_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # a year the card never gives
        "Bangkok protest leaders found infected, 2015",
        "the Emirati rights activist targeted by spyware in 2005",
        "presidential hopeful in Cairo whose phone was infected through his mobile carrier in 2019",
        # a place, or a home, the card never gives
        "Israeli traffic-shaping boxes that reached Tehran via Sweden",
        "Russian traffic-shaping boxes that reached Tehran via Denmark",
        # a number asked, or whether something holds
        "how many Thai protest leaders were infected in 2020?",
        "did Thailand buy spyware in 2020?",
        # a firm named: what is asked of it, not a description
        "which Chinese province bought the most Dahua cameras in 2018?",
    ],
)
def test_a_description_the_card_does_not_fit_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_what_may_describe_a_case_unhomed() -> None:
    assert unhomed("Bangkok protest leaders found infected, 2020-21", "en")
    assert unhomed("would-be presidential candidate in Cairo hacked in 2023", "en")
    assert not unhomed("did sweden open a probe into axis over the china sales", "en")
    assert not unhomed("how many ppl did the bahrain govt arrest in 2011 total?", "en")
