"""Who told the member what they ask about ('my boss says ...', 'ppl keep saying ...') is chat: the
claim is asked, the teller is not. 'boss' and 'prof' weighed as words no card explains."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_the_teller_is_left_out_and_the_claim_kept() -> None:
    assert asked_text("my boss says zte is banned in the us") == "zte is banned in the us"
    assert asked_text("ppl keep saying nso sold to mexico") == "nso sold to mexico"


def test_asking_what_people_say_keeps_its_words() -> None:
    assert asked_text("what do people say about nso") == "what do people say about nso"


def test_a_claim_someone_told_the_member_is_answered(engine: SearchEngine) -> None:
    answered(
        engine,
        "my coworker claims sandvine boxes were used in egypt, is that right?",
        ("case-sandvine-turkey-belarus-egypt", "sandvine"),
    )


def test_a_told_claim_outside_the_domain_stays_refused(engine: SearchEngine) -> None:
    refused(engine, "my prof says vpns stop spyware, true?")
    refused(engine, "my friend says tor is safe from pegasus, is he right")
