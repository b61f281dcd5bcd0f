"""compound16: a casual message that asks two things ('hacking team still around? what do they
call themselves now?'). Read whole, the second ask lowered how much of it the entry explains, and a
message whose first ask the entry plainly holds was refused with that entry first. It is answered on
its first ask, but never when the message asks what the entry does not hold: a known name plus an ask
no entry holds is a near miss, one held ask beside it included."""

from __future__ import annotations

import pytest

from bot.kb.asks import asks, first_ask, value_asks
from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("does hacking team still exist? whats the new name", "hacking-team"),
        ("hacking team still a thing? heard they renamed", "hacking-team"),
        ("who hacked hacking team? how big was the leak?", "case-hacking-team-leak-2015"),
    ],
)
def test_a_message_of_two_asks_is_answered_on_its_first(
    kb: KnowledgeService, question: str, entry: str
) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "did boeing buy narus? and who owns it today?",  # who owns it now: no entry says
        "where is wassenaar based and who runs it?",  # who heads it: no entry says
    ],
)
def test_a_second_ask_no_entry_holds_keeps_it_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)


def test_the_asks_of_a_message() -> None:
    assert asks("hacking team still exist? new name?") == ["hacking team still exist", "new name"]
    assert asks("who hacked the hacking team guys and how big was the dump") == [
        "who hacked the hacking team guys",
        "how big was the dump",
    ]
    assert asks("thai pegasus thing - how many got infected n is anyone suing") == [
        "thai pegasus thing - how many got infected",
        "is anyone suing",
    ]
    assert asks("which co made pegasus?? and is it blacklisted") == [
        "which co made pegasus",
        "is it blacklisted",
    ]
    # 'and' joining two things of one ask is no second ask
    assert asks("did hikvision and dahua sell cameras to iran?") == [
        "did hikvision and dahua sell cameras to iran?"
    ]
    assert first_ask("nso? how much did mexico pay") is None  # too short to be answered alone
    assert first_ask("does hacking team still exist") is None  # one ask


def test_the_answer_says_which_ask_it_answers(kb: KnowledgeService) -> None:
    # the card answers the first ask: the member is told so, in their own words (session 19: not
    # 'who hacked hacking team? how big was the leak?', which the leak card's one statement answers
    # whole since the model weighs its vendor's card with it, `partner_told`)
    answered = kb.search("hacking team still a thing? heard they renamed")
    assert answered.partial == "hacking team still a thing"
    assert answered.to_json()["answered_part"] == "hacking team still a thing"
    # a message of one ask, answered whole, says nothing of the kind
    assert kb.search("hacking team still a thing").partial == ""


def test_the_terminal_says_which_part_the_card_answers(kb: KnowledgeService) -> None:
    """`python -m bot ask` shows the card as Discord and the console do: with the note that only
    the first ask is answered, so a maintainer trying a question is not misled either."""
    from bot.cli.ask import readable

    shown = readable(kb.search("hacking team still a thing? heard they renamed"))
    assert "first part of your question" in shown
    assert "hacking team still a thing" in shown


def test_a_count_asked_in_one_ask_is_not_a_count_of_the_other(kb: KnowledgeService) -> None:
    """refuse17: the count of 'how many ... got infected' is asked of the infected. Read whole, the
    message's other ask ('is anyone suing') was made part of what the count must stand with in one
    statement, and a card that gives the count was refused as if it did not (`unstated`)."""
    result = kb.search("how many activists were hit by pegasus in thailand and is anyone suing over it")
    assert result.answered and result.entry is not None, result.confidence
    assert result.entry.id == "case-pegasus-thailand-2022"


def test_a_value_asked_of_the_other_ask_still_needs_its_names(engine: SearchEngine) -> None:
    """'How much did the contract cost?' names nothing: it asks the price of the sale the first ask
    names, so that sale's names must still stand with an amount (none does: `unvalued`)."""
    question = "¿Paragon vendió Graphite a la policía penitenciaria italiana? ¿Cuánto costó el contrato?"
    top, _, x = engine.evidence(question)[0]
    assert engine.entries[top].id == "paragon-solutions"
    assert x[FEATURES.index("unvalued")] == 1.0


def test_the_words_of_the_asks_that_ask_a_value() -> None:
    def asks_count(ask: str) -> bool:
        return "how many" in ask

    assert value_asks("thai pegasus - how many got infected n is anyone suing", asks_count) == {
        "thai",
        "pegasus",
        "mani",
        "infect",
    }
    assert value_asks("how many got infected by pegasus in thailand", asks_count) is None  # one ask
    assert value_asks("how many were infected? how many sued?", asks_count) is None  # each asks one
