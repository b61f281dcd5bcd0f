"""lists21: list questions that got nothing or too much, asked as members ask them."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

# Cases that name Intellexa in passing and tell of no Predator infection.
NOT_PREDATOR = {"case-meta-takedown-2021", "case-nexa-egypt-cerebro"}


@pytest.mark.parametrize(
    "question",
    ["Kogo szpiegowano Predatorem?", "Kogo zhakowano Predatorem?", "who was spied on with Predator?"],
)
def test_an_inflected_product_name_keeps_to_the_products_cases(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-predatorgate-greece", "case-egypt-nour-eltantawy"} <= got
    assert not got & NOT_PREDATOR


US_RULES = {"us-ofac-spyware-sanctions", "us-eo-14093", "us-entity-list"}
EU_RULES = {"eu-dual-use-2021-821", "eu-dual-use-428-2009"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("what steps has Washington taken against spyware?", US_RULES),
        ("What has Washington done about spyware?", US_RULES),
        ("what steps has Brussels taken on spyware exports?", EU_RULES),
        ("what has whitehall done about spyware exports?", {"uk-export-controls"}),
        ("what steps has London taken on spyware exports?", {"uk-export-controls"}),
    ],
)
def test_a_seat_of_government_asked_what_it_did_lists_its_measures(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert all(e.startswith(("us-", "eu-", "uk-", "wassenaar")) for e in got), got


def test_united_states_said_without_its_article_asks_for_no_countries(kb: KnowledgeService) -> None:
    got = listed(kb, "what has United States done about spyware?")
    assert got >= US_RULES and not any(e.startswith("case-") for e in got)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("the EU's actions against spyware exports", EU_RULES),
        ("the EU’s steps against spyware exports?", EU_RULES),
        ("the US government's actions against spyware", US_RULES),
    ],
)
def test_a_possessive_does_not_push_the_plural_noun_out_of_reach(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who did Candiru target?", {"case-candiru-victims-2021"}),
        ("Who did NSO Group target?", {"case-ahmed-mansoor", "case-pegasus-mexico-2017"}),
        (
            "who did Intellexa infect with Predator?",
            {"case-predatorgate-greece", "case-egypt-nour-eltantawy"},
        ),
    ],
)
def test_who_asked_with_an_active_verb_of_targeting_lists_the_cases(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question, kind="case")


@pytest.mark.parametrize("question", ["who does Hacking Team sell to?", "who did the US sanction first?"])
def test_who_with_an_auxiliary_and_no_verb_of_targeting_is_no_list_of_victims(
    kb: KnowledgeService, question: str
) -> None:
    assert listed(kb, question, kind="case") == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which Tel Aviv firms sell spyware?", {"candiru"}),
        ("which Milan firms sell spyware?", {"hacking-team", "rcs-lab"}),
        ("Which Hangzhou companies make surveillance cameras?", {"hikvision", "dahua"}),
    ],
)
def test_a_home_city_keeps_the_firms_whose_card_places_them_there(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert listed(kb, question, kind="vendor") == wanted


def test_a_city_named_in_passing_is_no_home(kb: KnowledgeService) -> None:
    # Hikvision and Dahua are "based in Hangzhou; listed in Shenzhen"
    assert not listed(kb, "which Shenzhen companies make surveillance cameras?") & {"hikvision", "dahua"}


def test_a_home_city_and_a_destination_both_narrow(kb: KnowledgeService) -> None:
    got = listed(kb, "which Milan companies sold surveillance gear to Syria?", kind="vendor")
    assert "area-spa" in got and not got & {"blue-coat", "qosmos", "utimaco", "netapp", "computerlinks"}


@pytest.mark.parametrize(
    "question",
    [
        "which firms on the US Entity List were also sanctioned by OFAC?",
        "which firms sanctioned by OFAC are also on the Entity List?",
        "Welche Firmen stehen sowohl auf der Entity List als auch unter OFAC-Sanktionen?",
    ],
)
def test_firms_asked_on_both_lists_are_those_on_each(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question, kind="vendor") == {"intellexa-cytrox"}


@pytest.mark.parametrize(
    "question",
    ["which cases involve both NSO and Candiru?", "welche Fälle betreffen sowohl NSO als auch Candiru?"],
)
def test_cases_asked_of_both_firms_name_each(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question, kind="case") == {"case-catalangate-2022"}


def test_without_a_word_of_both_either_name_lists(kb: KnowledgeService) -> None:
    assert len(listed(kb, "which cases involve NSO or Candiru?", kind="case")) > 3


AI_FIRMS = {"sensetime-megvii-iflytek-yitu"}


@pytest.mark.parametrize(
    "question",
    ["quali aziende vendono spyware ai governi?", "quali aziende vendono sistemi di sorveglianza ai regimi?"],
)
def test_italian_ai_to_the_is_no_artificial_intelligence(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question) & AI_FIRMS


@pytest.mark.parametrize(
    "question", ["chinese ai companies blacklisted 2019 which ones", "which AI firms are on the Entity List?"]
)
def test_ai_before_an_english_word_is_still_artificial_intelligence(
    kb: KnowledgeService, question: str
) -> None:
    assert listed(kb, question) >= AI_FIRMS
