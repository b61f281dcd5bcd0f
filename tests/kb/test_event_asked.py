"""A question about an event (who hacked, what a leak exposed, what a jury awarded) gets the case
that tells it, not the vendor the question names (bot/kb/roles.py, `Roles.eventful`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize("question", ["who hacked hacking team", "what did the hack on hacking team expose?"])
def test_who_hacked_the_vendor_is_its_leak(engine: SearchEngine, question: str) -> None:
    # main answered Hacking Team's card at 0.97: 'hacked' stems to the name's own 'hacking', so the
    # question read as nothing but the vendor's name
    answered(engine, question, "case-hacking-team-leak-2015")


@pytest.mark.parametrize(
    "question",
    [
        "what happen to hacking team after they get hacked",
        "what happened to hacking team after it was hacked",
    ],
)
def test_a_case_naming_the_vendor_tells_no_event_its_name_holds(engine: SearchEngine, question: str) -> None:
    # main answered the Ahmed Mansoor case at 0.85: its card names 'Hacking Team', whose 'hacking'
    # read as the hack asked; the 2015 leak's card tells it
    answered(engine, question, "case-hacking-team-leak-2015")


def test_a_case_telling_the_event_itself_keeps_it(engine: SearchEngine) -> None:
    answered(engine, "was ahmed mansoor hacked?", "case-ahmed-mansoor")


def test_what_a_jury_awarded_against_the_pegasus_company_is_the_lawsuit(engine: SearchEngine) -> None:
    # main answered NSO Group's card at 0.94: 'the Pegasus company' names it, and its card retells the suit
    result = engine.search(
        "Someone in our chat said the messaging app beat the Pegasus company in an American court last "
        "year. I would like to get the story right before I repeat it. How many people were hacked, "
        "and what did the jury award?"
    )
    assert result.answered, (result.confidence, [a.id for a in result.alternatives])
    assert result.entry is not None and result.entry.id == "case-whatsapp-v-nso"


@pytest.mark.parametrize(
    ("question", "vendor"),
    [("who founded hacking team?", "hacking-team"), ("what does nso group sell?", "nso-group")],
)
def test_a_question_of_the_vendor_itself_keeps_it(engine: SearchEngine, question: str, vendor: str) -> None:
    result = engine.search(question)
    assert result.entry is not None and result.entry.id == vendor


def test_an_event_after_before_or_after_is_the_time_not_what_is_asked(engine: SearchEngine) -> None:
    roles = engine._evidence_of.roles
    assert roles.events(["did", "they", "close", "after", "the", "hack"]) == frozenset()
    assert roles.events(["who", "hacked", "hacking", "team"]) == {"hack"}
    assert roles.events(["what", "did", "the", "hacking", "team", "leak", "reveal"]) == {"reveal"}


def test_the_event_words_and_every_cases_words_are_read_with_the_index(shipped) -> None:
    """Read in the build's thread, not on the event loop by a member's first question of an event."""
    from bot.kb import role_words

    role_words.role_data.cache_clear()
    engine = SearchEngine(shipped.entries)
    assert role_words.role_data.cache_info().currsize == 1
    cases = {i for i, e in enumerate(engine.entries) if e.kind == "case"}
    assert set(engine._evidence_of.roles._stems) == cases
