"""Questions offering a choice of names ('was it gamma's spyware or ht's that went after bahraini
activists??'): the card telling who did it answers, read with either name left out; a choice where
neither did it stays refused. And 'what did Greece do about Intellexa?' asks what Greece did: the US
Treasury's sanctions card (naming Intellexa's Greek seat) was answered at 0.97."""

from __future__ import annotations

from bot.kb.alternatives import choices
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused

NAMES = frozenset({"hacking", "team", "gamma", "nso", "candiru", "hikvision"})


def test_each_name_offered_is_left_out_once() -> None:
    assert choices("was it hacking team or gamma in bahrain?", "en", NAMES) == [
        "was it hacking team in bahrain?",
        "was it gamma in bahrain?",
    ]
    # the second name is no longer than the first: 'hack catalans' is what is asked
    assert choices("did nso or candiru hack catalans?", "en", NAMES) == [
        "did nso hack catalans?",
        "did candiru hack catalans?",
    ]


def test_a_choice_of_no_name_offers_nothing() -> None:
    assert choices("is hikvision banned or not?", "en", NAMES) == []
    assert choices("did nso sell to mexico?", "en", NAMES) == []
    assert choices("wie viel kostet of was", "en", NAMES) == []
    # no name on either side: 'journalist or activist' is no choice of names
    assert choices("the name of the journalist or activist infected by nso?", "en", NAMES) == []


def test_a_choice_of_two_firms_gets_the_case_of_the_one_that_did_it(engine: SearchEngine) -> None:
    answered(
        engine,
        "wait was it gamma's spyware or ht's that went after bahraini activists??",
        "case-finfisher-bahrain",
    )


def test_a_choice_where_neither_did_it_stays_refused(engine: SearchEngine) -> None:
    refused(engine, "was it nso or candiru that hacked phones in norway?")
    refused(engine, "was it hacking team or gamma that sold to iceland?")


def test_what_a_place_did_is_not_another_authoritys_rule(engine: SearchEngine) -> None:
    not_answered_with(engine, "what did Greece do about Intellexa?", "us-ofac-spyware-sanctions")
    # the rule's own authority acting stays answered with it
    answered(engine, "what did the US do about Intellexa?", "us-ofac-spyware-sanctions")
    answered(engine, "did Greece's spyware scandal involve Androulakis?", "case-predatorgate-greece")
