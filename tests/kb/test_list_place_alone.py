"""A place and a word asking for everything, in a language the entries do not speak, is a list.

"Belarus ile ilgili neler var?" (what is there about Belarus?), "todo lo que haya sobre España" and
"أي شي عن الإمارات؟" got nothing: no kind noun, no English everything-phrase, and the words around
the place unknown to the entries. Asked everything on a place, a member gets what the knowledge base
holds on it; a question that says more than the place is still the engine's to answer.
"""

from __future__ import annotations

import pytest

from tests.kb.answers import answered
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Mısır ile ilgili neler var?", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"}),
        ("أي شي عن مصر؟", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"}),
        ("todo lo que haya sobre Marruecos", {"bae-systems"}),
        ("Polska? wszystko", {"case-pegasus-poland"}),
    ],
)
def test_everything_on_a_place_is_listed(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "¿Es legal el spyware en España?",  # the entries know "spyware" and "legal": the engine answers
        "¿Qué pasó en España?",  # no word asks for everything
        "anything on Orbitrix Signals in Israel",  # a firm the entries do not hold, not Israel's list
        "anything on orbitrix signals in israel",
        "alles über Orbitrix in Israel",
    ],
)
def test_a_question_saying_more_than_the_place_is_no_list(service, question: str) -> None:
    assert not listed(service, question)


def test_an_english_yes_no_question_with_anything_is_answered_not_listed(service) -> None:
    # int15 listed everything on Serbia: English asks for everything by its phrases, not a lone 'anything'
    result = answered(service, "has Serbia done anything wrong?", "case-cellebrite-hk-belarus-serbia")
    assert not result.as_list


def test_an_english_everything_phrase_on_a_place_is_still_listed(service) -> None:
    assert "case-cellebrite-hk-belarus-serbia" in listed(service, "anything on Serbia?")
