"""Lists asked of a place or a topic in the shapes members use without a list word (listsa30).

Before: "Xinjiang-related stuff", "Belarus: list it all", "all the stuff about Poland", "关于新疆的所有
内容", "anything with its HQ in Israel?", "South African or Austrian outfits", "reporters targeted in
Greece and Angola" and "EU laws and guidance on exports and AI" got nothing; "Welche
Überwachungsfirmen stammen aus Frankreich?" and "شركات من إسرائيل" read the firms' home as where
gear went. Each shape is tested here on other places than the questions that showed it, with twins
that must stay as they were.
"""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Egypt-related stuff", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"}),
        ("Morocco-linked material, all of it", {"bae-systems"}),
        ("Hungary: list it all", {"case-pegasus-hungary"}),
        ("all the stuff about Spain", {"case-catalangate-2022"}),
        ("关于缅甸的所有内容", {"case-cognyte-myanmar", "cognyte"}),
        ("Mısır ile ilgili tüm vakaları listeler misin", {"case-nexa-egypt-cerebro"}),
    ],
)
def test_everything_on_a_place_said_around_it_is_listed(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


def test_a_rule_naming_the_place_among_its_countries_joins_everything_on_it(service) -> None:
    # the Entity List's human-rights rule listed entities in Burma: it is about Myanmar too
    assert "us-entity-list-human-rights" in listed(service, "anything on Myanmar?")
    # asked which rules apply there, a rule is the place's by its jurisdiction only
    assert "us-entity-list-human-rights" not in listed(service, "which rules apply in Myanmar?")


@pytest.mark.parametrize(
    "question",
    [
        "was all of it legal in Egypt?",  # a question word: the engine answers it
        "spyware stuff",  # a vague noun alone asks for nothing on anything
        "anything sold to Egypt?",  # a place where gear went, not a home
    ],
)
def test_a_question_about_the_place_is_no_everything_list(service, question: str) -> None:
    assert not listed(service, question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("anything headquartered in Italy?", {"area-spa", "rcs-lab", "hacking-team"}),
        ("anything with its HQ in Germany?", {"gamma-finfisher", "utimaco", "trovicor"}),
        ("Austrian or South African outfits", {"dsirf", "vastech"}),
    ],
)
def test_firms_asked_by_their_home_are_the_firms_from_there(service, question: str, want: set[str]) -> None:
    assert listed(service, question) == want


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Welche Firmen stammen aus Israel?", {"nso-group", "candiru"}),
        ("شركات من الصين", {"hikvision", "dahua"}),
    ],
)
def test_from_after_the_firms_says_their_home_in_every_language(
    service, question: str, must: set[str]
) -> None:
    got = listed(service, question)
    assert must <= got
    assert not listed(service, question, kind="case")  # no case that merely happened there


def test_people_heading_the_question_ask_who_was_targeted_in_the_places(service) -> None:
    want = {"case-predatorgate-greece", "case-predator-angola-mozambique"}
    assert want <= listed(service, "journalists targeted in Greece and Angola")
    assert want <= listed(service, "giornalisti spiati in Grecia e in Angola", kind="case")
    assert "case-finfisher-bahrain" in listed(service, "activists hacked in Bahrain")


def test_a_description_of_one_story_stays_the_engines(service) -> None:
    assert not listed(service, "Bahraini dissidents in London targeted with Anglo-German spyware")


def test_rules_on_exports_and_a_technology_are_the_rules_on_either(service) -> None:
    got = listed(service, "EU rules on AI and exports")
    assert {"eu-ai-act", "eu-dual-use-2021-821"} <= got
    # one subject: the rules on spyware exports, never the AI Act
    assert "eu-ai-act" not in listed(service, "EU rules on exports of spyware")
