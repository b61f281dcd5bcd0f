"""casual16: chat in front of a question ('hey guys quick one,', 'someone told me to ask here:', a
sentence of story) must change neither the answer nor the refusal. Its words are ones the ranking
drops or everyday ones, but they made a short question long, and a long question's places and
relations are not read: near misses the engine refuses were answered behind such a lead-in."""

from __future__ import annotations

import pytest

from bot.kb.chatter import asked_text, without_lead_in
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused

LEAD_INS = (
    "someone told me to ask here: {}",
    "so i was reading the news last night and got confused. {}",
    "tbh i dont really get this, {}",
    "idk if this is the right place but {}",
    "{} sorry for my bad english",
    "english is not my first language, sorry. {}",
    "sorry if this was asked before, {}",
    "wait, {}",
    "{} ?? ??",  # marks alone are no words of a long question
    "{} really??",
)
# Near misses: each entry named is there, what is asked of it is not (tune files' nearmiss style).
NEAR_MISSES = (
    "Is Ahmed Eltantawy in prison now? What happened to him after the presidential election?",
    "did Axis stop selling cameras to Chinese police after the 2020 Amnesty report or do they still do it?",
    "did El Faro move its newsroom out of El Salvador because of the spying?",
)
ANSWERS = {
    "What does the surveillance company Circles sell?": "circles",
    "Is QuaDream still in business?": "quadream",
    "NSO Group": "nso-group",
}


@pytest.mark.parametrize("lead_in", LEAD_INS)
@pytest.mark.parametrize("question", NEAR_MISSES)
def test_chat_in_front_of_a_near_miss_keeps_it_refused(
    kb: KnowledgeService, question: str, lead_in: str
) -> None:
    asked = lead_in.format(question)
    refused(kb, question)
    refused(kb, asked)


@pytest.mark.parametrize("lead_in", LEAD_INS)
@pytest.mark.parametrize(("question", "entry"), ANSWERS.items())
def test_chat_in_front_of_a_question_keeps_its_answer(
    kb: KnowledgeService, question: str, entry: str, lead_in: str
) -> None:
    asked = lead_in.format(question)
    answered(kb, asked, entry)


@pytest.mark.parametrize(
    "question",
    [
        "is it true that Axis stopped selling cameras to Chinese police after the 2020 Amnesty report or do "
        "they still do it?",
        "does anyone know if Cognyte's interception equipment actually got installed in Myanmar after the "
        "coup and is still in use?",
        "can someone tell me which company made the Fengcai app that border guards install on tourists' "
        "phones when they enter Xinjiang?",
    ],
)
def test_a_lead_in_to_a_near_miss_keeps_it_refused(kb: KnowledgeService, question: str) -> None:
    """'is it true that', 'does anyone know if': chat words that pushed a near miss over the length
    from which a question's relations are no longer read."""
    refused(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "all cases where finfisher / finspy shows up?",  # no lead-in: the words are the list asked
        "I was one of the people who got a notice from Facebook",
        "is there a way to tell if my whatsapp was hacked by nso",  # the way is what is asked
        "hacking team still exist? new name?",  # after the question: what is asked
        "what, who sold FinFisher to Bahrain?",  # a clause that asks is the question
        "before brexit, which rules applied to uk exports?",  # placed in time
        "now, is NSO on the entity list?",
        "in 2021, who hacked Catalan politicians?",
        "ok so basically",  # nothing else: left as typed
        "did tkh finish the due diligence? result?",  # a clause that ends in '?' after it asks
        "which rules cover spyware exports? EU, US",  # 'US' is a place, not 'us'
    ],
)
def test_words_that_carry_the_question_stay(question: str) -> None:
    assert without_lead_in(question) == question


def test_only_the_chat_goes() -> None:
    assert asked_text("someone told me to ask here: who owns axis?") == "who owns axis?"
    assert asked_text("who owns axis? asking for a friend lol") == "who owns axis?"
    assert asked_text("does anyone know who owns axis?") == "who owns axis?"
    assert asked_text("is it true that nso sold pegasus to mexico?") == "nso sold pegasus to mexico?"
    assert (
        asked_text("is zte banned in the US? need it for work, thanks so much") == "is zte banned in the US?"
    )
    assert asked_text("so i was reading the news and got confused. who owns axis?") == "who owns axis?"


@pytest.mark.parametrize(
    "question",
    (
        "did European firms sell surveillance tech to Syria, all of them?",
        "firms that sold spyware to Mexico, all of them?",
    ),
)
def test_a_list_asked_in_the_words_left_out_is_still_a_list(kb: KnowledgeService, question: str) -> None:
    """'all of them?' after a question is function words alone, so the lead-in cut leaves it out,
    but it is what makes the question ask for a list: the member gets the list, not one card."""
    assert without_lead_in(question) != question  # the cut does leave it out
    assert len(kb.search(question).items) >= 2


@pytest.mark.parametrize(
    "question",
    (
        "for the us, what are the rules on spyware exports?",
        "in the us, what are the export rules for spyware?",
        "For the US, what are the rules on spyware exports?",
    ),
)
def test_the_us_in_front_of_a_question_is_its_place(kb: KnowledgeService, question: str) -> None:
    """Members type 'the us' in lowercase and the search reads it as the United States
    (`query.pronoun_us`): a clause in front naming it is the question's place, not chat to leave
    out. Cut, the question named no country and was refused."""
    answered(kb, question, "us-ear-cybersecurity-rule")


@pytest.mark.parametrize(
    ("in_front", "after"),
    (
        ("in the us, is hikvision banned?", "is hikvision banned in the us?"),
        ("In the US, is Dahua banned?", "is Dahua banned In the US?"),
        ("here in the us, can police use clearview?", "can police use clearview here in the us?"),
    ),
)
def test_the_us_in_front_is_read_where_english_puts_it(
    kb: KnowledgeService, in_front: str, after: str
) -> None:
    """The same question with its place in front or after it gets the same answer: in front, 'US' in
    capitals kept the clause whole and another entry came first (Hikvision's Xinjiang case, not the
    vendor), lowercase left the place out."""
    assert asked_text(in_front) == after
    got, want = kb.search(in_front), kb.search(after)
    assert got.entry is not None and want.entry is not None
    assert got.entry.id == want.entry.id


def test_us_the_pronoun_is_still_chat() -> None:
    assert asked_text("can you help us, who owns axis?") == "who owns axis?"
