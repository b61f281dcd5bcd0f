"""lists17 (issue 10 item 5): list questions in shapes the tune questions barely hold, and their
single-answer twins.

"Who" is singular and plural alike. "Who was hit by Pegasus?", "who got sanctioned by the US?", "who
is on the entity list?" ask for everyone something was done to (the cases that tell who was hit, the
firms an authority acted on or a list names), and got no list: only "who sells / supplied ..." was
read as plural. "Who founded NSO?", "who is behind Predator?" ask for one, and a "who" question that
only one case answers ("who got targeted with Pegasus in Hungary?") keeps the engine's answer. A
question of names alone ("NSO, Candiru and Intellexa?") got no list either: it asks about each.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who was hit by Pegasus?", {"nso-group", "case-pegasus-hungary", "case-pegasus-poland"}),
        ("who was hit with Candiru spyware", {"candiru", "case-candiru-victims-2021"}),
        ("who was hacked with FinFisher?", {"gamma-finfisher", "case-finfisher-bahrain"}),
        ("who got hit by Predator spyware?", {"case-predatorgate-greece", "case-predator-angola-mozambique"}),
        ("who else was hacked with Pegasus?", {"case-pegasus-thailand-2022", "case-catalangate-2022"}),
        ("who were targeted by Candiru?", {"case-candiru-victims-2021", "case-catalangate-2022"}),
        ("who was targeted in Mexico?", {"case-pegasus-mexico-2017", "nso-group"}),
        ("who was spied on in Egypt?", {"case-egypt-nour-eltantawy", "case-nexa-egypt-cerebro"}),
        ("who got infected with Pegasus in Europe?", {"case-pegasus-hungary", "case-pegasus-poland"}),
        ("who is on the entity list?", {"nso-group", "hikvision", "candiru"}),
        ("who's on the entity list for human rights reasons?", {"hikvision", "dahua"}),
        ("who was added to the entity list in 2019?", {"hikvision", "dahua", "meiya-pico"}),
        ("who was put on the entity list for Xinjiang?", {"hikvision", "dahua"}),
        ("who was blacklisted by the US?", {"hikvision", "nso-group"}),
        ("who was sanctioned by the US over spyware?", {"intellexa-cytrox"}),
    ],
)
def test_who_had_something_done_to_them_gets_everyone_it_was_done_to(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize(
    "question",
    [
        "who founded NSO?",
        "who owns Hikvision?",
        "who is behind Predator?",
        "who runs Candiru?",
        "who made Pegasus?",
        "who is Ahmed Mansoor?",
        "who was Ahmed Mansoor?",
        "who hacked Hacking Team?",
        "who investigated Catalangate?",
        "who was targeted in Catalangate?",  # one case: its card tells who
        "who was hacked in the Pegasus Project?",
        "who got targeted with pegasus in hungary",  # one case answers it
        "who got hacked in Thailand?",
        "who got hacked in the Paragon Italy case?",
        "who bought Paragon?",
        "who is the CEO of Cellebrite?",
        "who wrote the Out of Control report?",
        "who discovered Hermit?",
        "who is on the board of NSO?",  # no list or rule is named: one firm's board
        "who sued NSO?",
        "who were the founders of Variston?",
        "who was the journalist hacked in Greece?",
        "who was hit first by the US spyware sanctions?",
        "the UAE activist who got hacked by three spyware firms, what happened to him?",  # a relative "who"
        "When did the US Treasury first sanction a spyware firm, and who was named?",
        "is NSO on the entity list?",
        "was Candiru sanctioned?",
        "when was NSO added to the entity list?",
        "why was Hikvision blacklisted?",
        "what is the entity list?",
        "which rule covers cyber-surveillance items?",
    ],
)
def test_who_asking_for_one_keeps_the_single_answer(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("NSO and Candiru and Intellexa?", ["nso-group", "candiru", "intellexa-cytrox"]),
        ("NSO, Candiru, Paragon?", ["paragon-solutions", "candiru", "nso-group"]),
        ("Hikvision and Dahua?", ["dahua", "hikvision"]),
        ("hikvision, dahua and huawei", ["huawei", "dahua", "hikvision"]),
        ("Sandvine and Allot?", ["allot", "sandvine"]),
        ("FinFisher and Hacking Team", ["gamma-finfisher", "hacking-team"]),
        ("Catalangate and the Pegasus Project", ["case-catalangate-2022", "case-pegasus-project-2021"]),
    ],
)
def test_names_alone_get_each_entry_named(kb: KnowledgeService, question: str, wanted: list[str]) -> None:
    assert listed(kb, question) == set(wanted)


@pytest.mark.parametrize(
    "question",
    [
        "NSO and Pegasus",  # one firm by two of its names
        "Hikvision and Xinjiang?",  # a place is no entry
        "Hikvision Dahua Xinjiang",  # keywords of the one case that ties them
        "SenseTime Entity List",
        "Pegasus El Faro",
        "zte fcc ban",
    ],
)
def test_names_of_one_thing_are_no_list(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who sold spyware to Mexico?", {"nso-group", "case-pegasus-mexico-2017"}),
        ("who supplied DPI to Egypt?", {"sandvine"}),
        ("israeli spyware vendors?", {"nso-group", "candiru", "quadream", "paragon-solutions"}),
        ("spyware firms in israel", {"nso-group", "candiru"}),
        ("EU rules on spyware exports", {"eu-dual-use-2021-821"}),
        ("pegasus cases in europe", {"case-pegasus-hungary", "case-pegasus-poland", "case-catalangate-2022"}),
        ("US sanctions on spyware vendors", {"us-ofac-spyware-sanctions"}),
        ("german surveillance companies", {"utimaco", "trovicor", "gamma-finfisher"}),
        ("cases in egypt", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"}),
        ("DPI vendors", {"sandvine", "allot"}),
        ("name the firms that sold to Libya", {"amesys-nexa", "case-amesys-libya"}),
        ("name some chinese camera makers", {"hikvision", "dahua"}),
        ("show me israeli spyware companies", {"nso-group", "candiru"}),
        ("list the pegasus cases", {"case-pegasus-project-2021", "case-pegasus-poland"}),
        ("show me the cases in Bahrain", {"case-finfisher-bahrain", "case-trovicor-iran-bahrain"}),
        ("list firms on the entity list", {"nso-group", "hikvision"}),
    ],
)
def test_list_shapes_keep_their_lists(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


def test_a_bare_plural_a_few_words_in_is_a_list(kb: KnowledgeService) -> None:
    assert {"hikvision", "dahua"} <= listed(kb, "chinese surveillance camera makers")
    # one firm meets it and the engine has no answer: the one-entry list is all the member gets
    assert listed(kb, "french DPI firms") == {"amesys-nexa"}


@pytest.mark.parametrize(
    "question",
    [
        "UK surveillance export rules",  # one rule: its card
        "Intelexa predator sanctions",  # a misspelt firm's sanctions: the engine's answer
        "intelexa cytorx sanctions treasury",
        "italian lawful interception companies?",  # one firm, which the engine answers with
    ],
)
def test_a_bare_plural_one_entry_meets_keeps_the_engines_answer(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
    assert kb.search(question).answered


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "who sells spyware to governments in Africa?",
            {"intellexa-cytrox", "case-predator-angola-mozambique"},
        ),
        ("who sold spyware to the Mexican government?", {"nso-group", "case-pegasus-mexico-2017"}),
    ],
)
def test_who_sold_to_buyers_somewhere_lists_the_firms(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


def test_who_sold_a_named_product_to_buyers_stays_one_answer(kb: KnowledgeService) -> None:
    assert listed(kb, "who sold Pegasus to the Mexican government?") == set()


@pytest.mark.parametrize(
    ("question", "wanted", "named"),
    [
        (
            "are there other cases like the Pegasus Project?",
            {"case-pegasus-hungary", "case-pegasus-mexico-2017"},
            "case-pegasus-project-2021",
        ),
        (
            "other cases like the Predator Files?",
            {"case-predatorgate-greece", "case-predator-angola-mozambique"},
            "case-predator-files-2023",
        ),
        (
            "are there similar cases to the Hacking Team leak?",
            {"case-finfisher-bahrain"},
            "case-hacking-team-leak-2015",
        ),
    ],
)
def test_other_cases_like_a_named_one_are_those_it_links_to(
    kb: KnowledgeService, question: str, wanted: set[str], named: str
) -> None:
    got = listed(kb, question)
    assert wanted <= got and named not in got, got


def test_other_cases_like_one_that_links_none_keep_its_card(kb: KnowledgeService) -> None:
    result = kb.search("are there other cases like Catalangate?")
    assert not result.items and result.entry is not None and result.entry.id == "case-catalangate-2022"


def test_a_bare_plural_one_firm_meets_stays_listed_over_a_card_of_another_kind(kb: KnowledgeService) -> None:
    # Asked which German spyware firms there are, the member got a FinFisher prosecution case card
    # (the engine's answer) in place of the one German firm: a case tells no firms
    result = kb.search("German spyware companies")
    # the firm, as a list of one or (since plain30 read 'German' of the gear's maker) as the answer
    got = [e.id for e in result.items] if result.as_list else [result.entry.id] if result.entry else []
    assert got == ["gamma-finfisher"]


@pytest.mark.parametrize(
    "question",
    [
        "entreprises israéliennes sanctionnées par les États-Unis",
        "empresas israelíes sancionadas por Estados Unidos",
        "aziende israeliane sanzionate dagli Stati Uniti",
    ],
)
def test_an_origin_after_its_noun_and_before_the_act_is_the_firms_home(
    kb: KnowledgeService, question: str
) -> None:
    # The adjective follows the firms' noun and precedes 'sanctioned': Israeli firms the US sanctioned,
    # not every firm sanctioned by the US or by Israel (Hikvision, Huawei, Sandvine were listed)
    assert listed(kb, question) == {"nso-group", "candiru"}
