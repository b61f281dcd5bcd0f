"""A member numbering the asks of one message ('1) ... 2) ...') asks no number: each marker weighed
as specific as a year that no card explains, and a two-part question about one firm was refused."""

from __future__ import annotations

from bot.kb.chatter import without_chatter
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_numbers_marking_asks_are_not_read() -> None:
    assert without_chatter("(1) who runs nso (2) is it listed") == "who runs nso is it listed"
    assert without_chatter("1. who sold it to egypt") == "who sold it to egypt"


def test_a_number_that_names_a_part_of_a_text_stays() -> None:
    assert without_chatter("what does annex 1) cover") == "what does annex 1) cover"
    assert without_chatter("article 5. what does it say") == "article 5. what does it say"


def test_a_numbered_two_part_question_about_one_firm_is_answered(engine: SearchEngine) -> None:
    answered(
        engine,
        "couple questions 1) where is hacking team based 2) who leaked their stuff",
        ("case-hacking-team-leak-2015", "hacking-team"),
    )


def test_numbered_asks_outside_the_domain_stay_refused(engine: SearchEngine) -> None:
    refused(engine, "1) which vpn is safest for activists 2) is signal enough")
