"""Session 28 list readings (issue 10 lists), each from the member's side.

- Adjectives of origin joined together qualify the firms together ("Austrian and Spanish spyware
  companies": Austria was read as where gear went, and the list was empty); "from Singapore, or from
  Canada" goes on as one list of homes.
- "who makes X among the companies you track?": the closing scope says which entries, not what was sold.
- Who was paid a penalty is who fined ("penalties to US authorities"), never where gear went.
- Members' words for what phone-forensics kit does ("unlocking phones", "seized handsets").
- "together with / alongside X" after an act: the firms that act took in when it took in X.
- A listing act's nouns ("Entity List additions of 2023 and 2024"), beside a rule that lists firms only.
- Not "who got on the US blacklist in 2017?": read as a list, its year matched any year a card names
  (NSO, Sandvine, Hikvision listed for a year with no listing; review28), so it was reverted.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "firms"),
    [
        ("Austrian and Spanish spyware companies?", {"dsirf", "variston"}),
        (
            "German or French surveillance firms",
            {"utimaco", "gamma-finfisher", "trovicor", "idemia", "qosmos"},
        ),
        ("any companies from Singapore, or from Canada?", {"coseinc", "sandvine"}),
    ],
)
def test_joined_origins_are_all_homes(kb: KnowledgeService, question: str, firms: set[str]) -> None:
    got = listed(kb, question)
    assert firms <= got, got
    assert all(kb.get(i).kind == "vendor" for i in got), got  # no case of gear sent to Austria or Canada


def test_a_sale_after_joined_origins_keeps_its_places(kb: KnowledgeService) -> None:
    # the twin: "Italian firms sold to Egypt and Bahrain" still reads Egypt and Bahrain as where gear went
    got = listed(kb, "which Italian firms sold to Egypt and Bahrain?", kind="vendor")
    assert got == {"hacking-team"}, got


def test_who_makes_among_the_firms_you_track(kb: KnowledgeService) -> None:
    got = listed(kb, "who makes surveillance cameras among the companies you track?")
    assert {"axis-communications", "hikvision", "dahua"} <= got, got
    assert got == listed(kb, "who makes surveillance cameras?")


@pytest.mark.parametrize(
    "question",
    [
        "which companies ended up paying money penalties to US authorities? list",
        "Which companies paid penalties to the US over Syria?",
    ],
)
def test_who_was_paid_a_penalty_fined(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"area-spa", "case-area-syria", "case-blue-coat-syria"} <= got, got


def test_fined_for_selling_to_a_place_keeps_the_place(kb: KnowledgeService) -> None:
    got = listed(kb, "which firms were fined for selling to Syria?", kind="vendor")
    assert got == {"area-spa", "computerlinks"}, got


@pytest.mark.parametrize(
    "question",
    [
        "makers of tools for pulling data off seized phones",
        "who makes the kits police use to copy seized handsets? list every vendor",
        "who makes tools for unlocking phones?",
    ],
)
def test_phone_forensics_in_members_words(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == {"cellebrite", "meiya-pico"}


def test_alongside_a_firm_is_the_same_round(kb: KnowledgeService) -> None:
    got = listed(kb, "which firms were added to the Entity List together with Hikvision?", kind="vendor")
    assert {"hikvision", "dahua", "meiya-pico"} <= got, got
    assert not got & {"nso-group", "candiru", "sandvine", "intellexa-cytrox"}, got
    got = listed(kb, "which companies were blacklisted alongside NSO?", kind="vendor")
    assert {"nso-group", "positive-technologies", "coseinc"} <= got, got
    assert "hikvision" not in got


def test_together_with_an_organisation_is_still_jointly(kb: KnowledgeService) -> None:
    got = listed(kb, "which spyware investigations did Citizen Lab do together with Microsoft")
    assert got == {"case-candiru-victims-2021", "case-quadream-victims-2023"}, got


def test_a_listing_acts_additions(kb: KnowledgeService) -> None:
    got = listed(kb, "Entity List additions of 2023 and 2024", kind="vendor")
    assert got == {"sandvine", "intellexa-cytrox"}, got
    # Wassenaar's additions were controls, not firms: the engine's card, no list
    assert listed(kb, "Vassenaar Dec 2013 additions?") == set()


@pytest.mark.parametrize(
    "question",
    ["who got on the US blacklist in 2017?", "кто попал в чёрный список США в 2017 году?"],
)
def test_a_year_with_no_listing_lists_no_firm(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


def test_on_a_list_no_one_names_stays_as_it_was(kb: KnowledgeService) -> None:
    assert listed(kb, "who got on the blacklist?") == set()
