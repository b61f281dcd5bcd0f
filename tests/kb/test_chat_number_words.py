"""Chat's '2' for 'to' and '4' for 'for' ('sold 2 the army', 'made 4 the police') are words, not
numbers: read as numbers each weighed as specific as a year that no card explains."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_two_and_four_before_a_noun_phrase_read_as_words() -> None:
    assert asked_text("nso sold 2 the uae?") == "nso sold to the uae?"
    assert asked_text("spyware 4 the police") == "spyware for the police"


def test_a_count_or_a_part_of_a_text_stays_a_number() -> None:
    assert asked_text("nso sold 2 of them") == "nso sold 2 of them"
    assert asked_text("sold 2 firms") == "sold 2 firms"
    assert asked_text("annex 2 the list") == "annex 2 the list"


def test_a_question_in_number_words_is_answered(engine: SearchEngine) -> None:
    answered(engine, "is there spyware made 4 the police in uganda", "case-huawei-uganda-zambia")


def test_number_words_outside_the_domain_stay_refused(engine: SearchEngine) -> None:
    refused(engine, "whats a good phone 4 the activists")
