"""A rule that only began to apply in or after the year a question asks the rules up to is no answer
to it (session 22): 'welche US-Regeln galten vor 2022?' was answered with the EAR cybersecurity rule
(0.80), in force from 7 March 2022, and 'what was in force before 2009?' with Regulation 428/2009
(0.94), the regime from 2009. The mirror of a rule gone by the years asked after (session 21). The
date a rule began is its card's `in_force_from`; the question that names the rule still gets its card,
and a question about what happened before a year (the talks that led to a rule) is no question of
what applied."""

from __future__ import annotations

import pytest

from bot.kb.list_fields import list_field_findings
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with
from tests.kb.cards import card
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "not_yet"),
    [
        ("which US export rules were in force before 2022?", "us-ear-cybersecurity-rule"),
        ("welche US-Vorschriften galten vor 2022?", "us-ear-cybersecurity-rule"),
        ("quelles règles américaines s'appliquaient avant 2022 ?", "us-ear-cybersecurity-rule"),
        ("qué normas de EEUU estaban vigentes antes de 2022?", "us-ear-cybersecurity-rule"),
        ("what was in force in the EU before 2009?", "eu-dual-use-428-2009"),
        ("which US spyware rules applied before 2023?", "us-eo-14093"),
    ],
)
def test_a_rule_not_yet_in_force_by_the_year_asked_is_no_answer(
    engine: SearchEngine, question: str, not_yet: str
) -> None:
    not_answered_with(engine, question, not_yet)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what EU export rules were in force before 2021?", "eu-dual-use-428-2009"),  # in force then
        ("was the EAR cybersecurity rule in force before 2022?", "us-ear-cybersecurity-rule"),  # named
        ("how did the EU negotiate the cyber-surveillance rules before 2021?", "eu-dual-use-2021-821"),
        # asked yes or no, the card's start date is the answer (review22: refused at 0.50)
        ("did the EU recommendation apply before 2024?", "eu-recommendation-2024-2659"),
    ],
)
def test_the_rule_in_force_named_or_in_the_making_keeps_its_answer(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "not_yet"),
    [
        ("what US rules on spyware were in force before 2023?", "us-eo-14093"),
        ("which EU rules applied before 2021?", "eu-dual-use-2021-821"),
    ],
)
def test_a_list_of_the_rules_before_a_year_leaves_out_the_later_ones(
    kb: KnowledgeService, question: str, not_yet: str
) -> None:
    rules = listed(kb, question)
    assert rules and not_yet not in rules, rules


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("case", {"in_force_from": "2021"}, "in_force_from is only for rules"),
        (
            "rule",
            {"in_force_from": "2022-01", "in_force_until": "2021", "replaced_by": "y"},
            "in_force_from is after in_force_until",
        ),
    ],
)
def test_kb_check_holds_the_date_a_rule_began(kind: str, fields: dict[str, object], message: str) -> None:
    assert any(message in text for _, text in list_field_findings(card(kind, **fields)))


def test_a_rule_with_its_start_date_is_fine() -> None:
    entry = card("rule", form="law", in_force_from="2022-03-07")
    assert list_field_findings(entry) == []
    assert entry.began == 2022
