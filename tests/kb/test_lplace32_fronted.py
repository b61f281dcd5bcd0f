"""Places said alone, then a question of who or what (lplace32).

Before: "Vietnam: who or what is connected?", "Morocco and Algeria: who sold them what", "Serbia and
Uganda: who helped watch people there?" and "البحرين: من زوّدها بأدوات المراقبة؟" got nothing: the
question after the break points back at the places ("them", "there", a suffix), which no list reader
took. Now whoever and whatever the entries tie to those places is listed. Tested on other places, in
other languages, with twins that must stay as they were.
"""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Egypt and Libya: who sold them what", {"case-nexa-egypt-cerebro", "case-amesys-libya"}),
        ("Hungary: who or what is connected?", {"case-pegasus-hungary"}),
        ("مصر: من زوّدها بأدوات المراقبة؟", {"case-nexa-egypt-cerebro"}),
        ("Polen: wer hat dort geholfen?", {"case-pegasus-poland"}),
    ],
)
def test_places_then_who_or_what_lists_what_is_tied_to_them(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "Mexico: who is the NSO customer?",  # a name after the break: its own card
        "Hungary: is spyware legal there?",  # no who or what: the engine answers
        "Egypt: did NSO sell there?",
    ],
)
def test_a_question_about_a_place_with_its_own_subject_is_no_list(service, question: str) -> None:
    assert not listed(service, question)


# fixplace32: "Israel: what is the entity list?" got a 5-item list over the Entity List card (0.81): a
# question of what one thing is asks for its card. Kinds and ties after "what is/are" still list.
@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Israel: what is the entity list?", "us-entity-list"),
        ("Russia: what is the entity list?", "us-entity-list"),
    ],
)
def test_places_then_what_one_thing_is_gets_its_card(service, question: str, card: str) -> None:
    answer = service.search(question)
    assert not answer.items
    assert answer.answered and answer.entry is not None and answer.entry.id == card


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Vietnam: who or what is connected?", {"intellexa-cytrox"}),
        ("Egypt: what was sold?", {"case-nexa-egypt-cerebro"}),
        ("Egypt: what is the connection?", {"case-nexa-egypt-cerebro"}),
    ],
)
def test_places_then_what_of_a_kind_still_lists(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


def test_places_then_what_s_one_thing_is_no_list(service) -> None:
    assert not listed(service, "India: what's the entity list?")
