"""answer11, issue 10 item 1: chat around a question must not cost the member the answer. Appended to
questions the engine answered right, each of these refused a quarter or more of them (bench: the
tune files' plain, casual and typo questions): a stretched word or a chat abbreviation read as an
unknown name, "in layman's terms" or "any help appreciated" as words the answer leaves out."""

from __future__ import annotations

import pytest

from bot.kb.chatter import without_chatter
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered

QUESTIONS = {
    "who owns Axis Communications": "axis-communications",
    "is Hikvision on the entity list": "hikvision",
    "what does article 5 of the EU dual-use regulation say": "eu-dual-use-2021-821",
}
CHATTER = (
    "sooo {} pleeease",
    "heyyy {} bruh",
    "{} in layman's terms",
    "{} in plain words?",
    "{}? any help appreciated",
    "{}? can u share sources?",
    "noob question: {}",
    "sorry if this is a dumb question, {}",
    "{} for a school project",
    "{} asap, lmk",
    "{} b/c my group asked",
)


@pytest.mark.parametrize("wrapping", CHATTER)
@pytest.mark.parametrize(("question", "entry"), QUESTIONS.items())
def test_chat_around_a_question_keeps_its_answer(
    kb: KnowledgeService, question: str, entry: str, wrapping: str
) -> None:
    asked = wrapping.format(question)
    answered(kb, asked, entry)


@pytest.mark.parametrize(
    "question",
    [
        "what was the source of the leak?",  # the source is what is asked
        "which firms have links to the UAE?",
        "what does the thesis of the Amnesty report say?",
        "who helped Hacking Team?",
        "in plain words",  # nothing else: left as typed
        "is there a company that sells spyware to Egypt?",  # which firm is what is asked
        "is a company called Acme on the entity list?",
        "which company makes Pegasus?",
    ],
)
def test_words_that_carry_the_question_stay(question: str) -> None:
    assert without_chatter(question) == question


@pytest.mark.parametrize(
    ("question", "numeral"),
    [
        ("what does Annex III of the AI Act list", "Annex III"),
        ("is spyware in Wassenaar Category VIII?", "Category VIII"),  # was read 'Category vi'
        ("what changed in Part XIII", "Part XIII"),
        ("what does annex iii of the ai act say", "annex iii"),
        ("which items are in category xxx", "category xxx"),
    ],
)
def test_a_roman_numeral_is_an_identifier_not_a_stretched_word(
    kb: KnowledgeService, question: str, numeral: str
) -> None:
    """lang12: 'III' read as a stretched 'i', 'VIII' as 'vi': another part of the text was asked."""
    assert numeral in kb.engine.read(question).text, question


def test_chat_stretched_like_a_numeral_is_still_chat() -> None:
    assert without_chatter("mmm who owns axis") == "m who owns axis"
    assert without_chatter("xxx who owns axis pleeease") == "x who owns axis please"
