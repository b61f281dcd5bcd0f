"""listsE18 (issue 10 item 5): list questions that got NO list, in shapes no tune question was made
from, and their single-answer twins.

"Others like X" was read in English only ("are there other cases like Catalangate?"): "gibt es
weitere Firmen wie NSO?", "d'autres entreprises comme NSO", "otras empresas como NSO", and the noun
before its adjective ("companies similar to Hacking Team") got nothing. "Who else sells spyware?"
lost its "who sells" reading to the "else" between "who" and the verb, and "surveillance stuff" was
no gear a member can ask who sold. A noun phrase with a relative clause ("firms that were sanctioned by
the US", "cases where spyware was used on journalists", "entreprises qui ont été sanctionnées")
was read as a sentence about one thing: the clause's auxiliary or "qui" stood for the question's.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "Gibt es weitere Firmen wie NSO?",
        "Y a-t-il d'autres entreprises comme NSO ?",
        "¿Hay otras empresas como NSO?",
        "Ci sono altre aziende come NSO?",
        "are there other companies like NSO?",
    ],
)
def test_other_firms_like_a_named_one_in_every_language(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"candiru", "intellexa-cytrox"} <= got and "nso-group" not in got, got


def test_firms_similar_to_a_named_one_the_adjective_after_the_noun(kb: KnowledgeService) -> None:
    got = listed(kb, "companies similar to Hacking Team?")
    assert got and "hacking-team" not in got and got <= {"nso-group", "gamma-finfisher", "rcs-lab"}, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who else sells spyware?", {"candiru", "nso-group", "intellexa-cytrox"}),
        ("who else sold spyware to Mexico?", {"nso-group"}),
        ("who sold surveillance stuff to iran", {"trovicor"}),
    ],
)
def test_who_else_sells_and_casual_gear_are_the_firms(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "who else founded NSO?",  # one founder's story, no sale
        "is Hytera similar to Hikvision?",  # a yes/no about two firms
        "which firms other than NSO sell Pegasus?",  # "other than": not those like NSO
        "which firm is like NSO Group?",  # a singular noun
    ],
)
def test_single_twins_get_no_list_of_firms_like_a_named_one(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert not {"candiru", "circles", "quadream"} <= got, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("cases where spyware was used on journalists", {"case-paragon-italy", "case-pegasus-mexico-2017"}),
        ("firms that were sanctioned by the US", {"intellexa-cytrox", "nso-group", "hikvision"}),
        ("companies that were put on the entity list", {"nso-group", "candiru", "hikvision"}),
        ("entreprises qui ont été sanctionnées par les États-Unis", {"intellexa-cytrox", "nso-group"}),
        ("companies whose spyware was found in Mexico", {"nso-group", "case-pegasus-mexico-2017"}),
    ],
)
def test_a_plural_noun_with_a_relative_clause_is_a_list(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "law firms in Panama got hacked by Austrian spyware??",  # a story: no relative clause
        "the firm that was behind Predator",  # a singular noun
        "who are the firms that made Pegasus?",  # one product's maker: a question word before the noun
    ],
)
def test_a_sentence_or_a_singular_noun_keeps_no_list(kb: KnowledgeService, question: str) -> None:
    assert len(listed(kb, question)) <= 1


@pytest.mark.parametrize(
    ("question", "wanted", "not_wanted"),
    [
        ("Liste der chinesischen Überwachungsfirmen", {"hikvision", "dahua", "huawei"}, "case-noldus-china"),
        ("italienische Spionagefirmen", {"rcs-lab", "hacking-team"}, "nso-group"),
        ("welche Überwachungsfirmen haben nach Ägypten geliefert?", {"amesys-nexa", "sandvine"}, "hikvision"),
    ],
)
def test_a_compound_ending_in_a_plural_noun_asks_for_that_kind(
    kb: KnowledgeService, question: str, wanted: set[str], not_wanted: str
) -> None:
    # "Überwachungsfirmen" is "Überwachungs-Firmen": the list its hyphenated spelling already got
    got = listed(kb, question)
    assert wanted <= got and not_wanted not in got, got


@pytest.mark.parametrize(
    "question",
    ["Wer ist die Überwachungsfirma hinter Predator?", "Was macht ein Unternehmen wie NSO?"],
)
def test_a_singular_compound_or_noun_keeps_no_list(kb: KnowledgeService, question: str) -> None:
    assert len(listed(kb, question)) <= 1
