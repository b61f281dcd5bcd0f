"""Casual messages the ranking put right but the model refused (session 19, casual19): a word of chat
or of everyday life, unknown to every card, weighed as a name the answer leaves out. Each question
below was refused on main; its near-miss twin, the same register asking what no card holds, stays
refused."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_a_people_named_by_its_adjective_is_its_country(engine: SearchEngine) -> None:
    # 'jordanian' was an unknown name (refused at 0.23); read as Jordan it is the place asked
    answered(engine, "jordanian journalists hit w pegasus too?? how many ppl", "case-pegasus-jordan-2024")
    # ... and a place no card names stays a near miss
    refused(engine, "kenyan govt bought pegasus?? wtf")
    refused(engine, "ugandan police using hikvision cams rn?")


def test_when_the_member_needs_it_is_not_asked(engine: SearchEngine) -> None:
    # 'tmrw' weighed 10.6 of the question's weight, as a name (refused at 0.29)
    answered(
        engine, "need smth on the candiru victims by tmrw pls, how many ppl", "case-candiru-victims-2021"
    )
    refused(engine, "need smth on how much zambia paid huawei by tmrw pls")


def test_other_forms_of_everyday_words_say_nothing(engine: SearchEngine) -> None:
    # 'landlord' was an everyday word, 'landlords' an unknown name (refused at 0.49)
    answered(
        engine,
        "hikvision cams r banned in the us or not, my landlords keep asking",
        ("hikvision", "us-other-measures", "us-entity-list", "case-hikvision-dahua-xinjiang"),
    )


def test_doubting_ones_memory_is_chat(engine: SearchEngine) -> None:
    assert asked_text("did the uk make gamma get a licence for finspy, or am i misremembering?") == (
        "did the uk make gamma get a licence for finspy?"
    )
    assert "mixing" not in asked_text("nso got listed in 2021 right? unless im mixing things up")
    answered(
        engine,
        "my colleagues say gamma needed a uk licence for finspy, or am i misremembering",
        ("case-finfisher-egypt-uk-licensing", "gamma-finfisher"),
    )
    refused(engine, "my boss says nso sold pegasus to norway, or am i misremembering")


def test_the_form_of_the_answer_wanted_is_not_asked(engine: SearchEngine) -> None:
    # 'summary' weighed against the Predator Files card (refused at 0.32)
    answered(
        engine,
        "can u give me a quick summary of the predator files? what did they find",
        "case-predator-files-2023",
    )
    # a source a card quotes is still asked
    assert "summary" in asked_text("what did the swedish summary of the amnesty report say about axis")


def test_saying_one_asks_is_not_asked(engine: SearchEngine) -> None:
    # 'want' is a word of some cards (refused at 0.44)
    answered(
        engine, "wanted to ask what happened to hacking team after the leak", "case-hacking-team-leak-2015"
    )
    refused(engine, "i just want to know if nso sold pegasus to norway")


def test_why_the_member_asks_is_not_asked(engine: SearchEngine) -> None:
    # 'settling' weighed as a settlement no card of the answer holds (refused at 0.02 to 0.28)
    answered(engine, "settling a bet: who makes pegasus?", "nso-group")
    answered(
        engine,
        "settling an argument here - is hikvision on the us entity list?",
        ("hikvision", "us-entity-list"),
    )
    # 'slides' as a name (refused at 0.28)
    answered(engine, "need a number for my slides: how many ppl did candiru hit", "case-candiru-victims-2021")
    assert asked_text("how many were hacked, for a slide deck") == "how many were hacked"
    refused(engine, "settling a bet: did nso sell pegasus to norway?")
    # settling asked stays asked
    assert "settle" in asked_text("did area spa settle with the us?")


def test_chat_abbreviations_say_nothing(engine: SearchEngine) -> None:
    # each weighed as a name no card holds: 0.96 fell to 0.58-0.81 with one of them appended
    answered(engine, "tryna figure out who makes pegasus", "nso-group")
    answered(engine, "is candiru still on the entity list atm", ("candiru", "us-entity-list"))
    refused(engine, "tryna find out if nso sold pegasus to norway")
