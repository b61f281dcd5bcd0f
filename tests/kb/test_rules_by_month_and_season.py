"""Rules asked by the period they applied, on fresh writing (session 24). 'what were the EU's export
rules until late 2021?' ranked Regulation 428/2009 first but refused it (0.33): the words placing the
question in time ('until', 'late', 'September', 'autumn', 'applied') were left unexplained though the
card's dates tell them; not of another place's rules ('what export rules did the UK apply before
2021?' keeps the UK's card). 'which EU rule was in force in March 2021?' got the 2021 recast (0.73),
applicable only from 9 Sept 2021: the month asked is read against a card's dates. A list of the
rules in force lists rules that apply, not a report or a campaign."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with, refused
from tests.kb.listing import listed

OLD, RECAST = "eu-dual-use-428-2009", "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the EU dual-use regulation that applied before the autumn of 2021", OLD),
        ("what dual-use regime did the EU have until mid 2021?", OLD),
        ("what were the EU's export rules until late 2021?", OLD),
        ("quelles règles de l'UE s'appliquaient avant l'automne 2021 ?", OLD),
        ("¿qué normas de exportación de la UE se aplicaban antes del otoño de 2021?", OLD),
        # a month of the year the recast began: its card dates it from 9 Sept 2021
        ("which EU rule was in force in March 2021?", OLD),
        ("which EU dual-use rule applied in May 2021?", OLD),
        ("welche EU-Verordnung galt im Februar 2021?", OLD),
        ("which EU rule applied in November 2021?", RECAST),
        ("what EU export rules were valid in December 2021?", RECAST),
    ],
)
def test_the_rule_in_force_in_the_season_or_month_asked_is_the_answer(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "not_then"),
    [
        ("the US spyware rules before 2023", "us-eo-14093"),
        ("which EU rule was in force in March 2021?", RECAST),
    ],
)
def test_a_rule_not_yet_in_force_then_is_no_answer(
    engine: SearchEngine, question: str, not_then: str
) -> None:
    not_answered_with(engine, question, not_then)


@pytest.mark.parametrize(
    "question",
    [
        # a season or part of the year the recast began in: the year alone does not settle it (review24)
        "which EU export rules applied in the spring of 2021?",
        "which rules applied in early 2021 in the EU?",
        "what were the EU's dual-use rules in summer 2021",
        "EU export rules in the summer of 2021",
    ],
)
def test_a_rule_begun_during_the_year_is_not_the_answer_for_a_part_of_it(
    engine: SearchEngine, question: str
) -> None:
    not_answered_with(engine, question, RECAST)


@pytest.mark.parametrize(
    "question",
    [
        "what Chinese export rules applied until late 2021?",  # no card of China's rules
        "which Indian export rule was in force in March 2021?",
        "what Russian regulation was in force before autumn 2021?",
        "what were Japan's export rules until late 2021?",
        "which EU rules apply in 2031?",  # no card tells what will apply
    ],
)
def test_another_countrys_rule_or_a_year_no_card_tells_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    ["which rules were in force in 2020?", "which EU rules applied in 2019?", "welche Regeln galten 2018?"],
)
def test_a_list_of_rules_in_force_lists_no_report_or_campaign(kb: KnowledgeService, question: str) -> None:
    rules = listed(kb, question)
    assert OLD in rules, rules
    assert not {"amnesty-out-of-control-2020", "reclaim-your-face", "ep-pega-inquiry"} & set(rules), rules
