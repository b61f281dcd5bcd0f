"""The rules in force in one year a question asks (session 23): 'quali regole erano in vigore nel
2015?' was answered with the EAR cybersecurity rule (0.85), in force only from March 2022, and listed
it; 'which surveillance export rules were in force in 2016?' listed the 2021 recast, not Regulation
428/2009, in force 2009-2021. A rule's card dates (`in_force_from`, `in_force_until`) say whether it
applied in the year asked; a question that names the rule (asked yes or no) still gets its card, a
question asking when a rule described by its year took effect keeps its answer, and a year no card
can tell (one still to come) lists nothing.

'Before the 2021 recast' names the recast with its year: what it replaced is asked (the recast itself
was answered at 0.98)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with, refused
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "not_then"),
    [
        (
            "quali regole erano in vigore nel 2015 per le esportazioni di sorveglianza?",
            "us-ear-cybersecurity-rule",
        ),
        (
            "quelles règles s'appliquaient en 2017 aux exportations de logiciels espions ?",
            "us-ear-cybersecurity-rule",
        ),
        ("Welche Vorschriften galten 2016 für den Export von Überwachungstechnik?", "eu-dual-use-2021-821"),
        ("which regulation was in force for EU dual-use exports in 2023?", "eu-dual-use-428-2009"),
        # the first control-list update on that card applied from 12 Jan 2023 (was answered at 0.90)
        ("which EU export control rules applied in 2022?", "eu-dual-use-2023-2024"),
    ],
)
def test_a_rule_not_in_force_in_the_year_asked_is_no_answer(
    engine: SearchEngine, question: str, not_then: str
) -> None:
    not_answered_with(engine, question, not_then)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the recast, or the card of the control-list update in force from 12 Jan 2023 that amends it
        (
            "which regulation was in force for EU dual-use exports in 2023?",
            ("eu-dual-use-2021-821", "eu-dual-use-2023-2024"),
        ),
        ("which regulation governed EU dual-use exports in 2012?", "eu-dual-use-428-2009"),
        # named and asked yes or no: the card's start date (1 Aug 2024) is the answer
        ("did the EU AI Act apply before 2024?", "eu-ai-act"),
        # the recast named with its year, after a before-word: what it replaced
        ("EU dual use rules prior to the 2021 recast", "eu-dual-use-428-2009"),
        ("which EU export rules were valid before the 2021 recast?", "eu-dual-use-428-2009"),
        # a rule described by its year, asked when it took effect: not asked in force in that year
        (
            "A friend in pen-testing mentioned a 2021 Commerce Department rule with a new three-letter "
            "licence exception for intrusion software. When did it take effect and what does it cover?",
            "us-ear-cybersecurity-rule",
        ),
    ],
)
def test_the_rule_in_force_then_or_named_is_the_answer(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "then", "not_then"),
    [
        (
            "which surveillance export rules were in force in 2016?",
            "eu-dual-use-428-2009",
            "eu-dual-use-2021-821",
        ),
        ("what rules applied to spyware exports in 2018?", "eu-dual-use-428-2009", "eu-dual-use-2021-821"),
        (
            "Welche Regeln galten 2014 für Überwachungsexporte?",
            "eu-dual-use-428-2009",
            "us-ear-cybersecurity-rule",
        ),
        ("which EU export control rules applied in 2022?", "eu-dual-use-2021-821", "eu-dual-use-2023-2024"),
        (
            "quelles règles s'appliquaient en 2017 aux exportations de logiciels espions ?",
            "eu-dual-use-428-2009",
            "us-ear-cybersecurity-rule",
        ),
    ],
)
def test_a_list_of_the_rules_in_force_in_a_year_goes_by_their_dates(
    kb: KnowledgeService, question: str, then: str, not_then: str
) -> None:
    rules = listed(kb, question)
    assert then in rules and not_then not in rules, rules


@pytest.mark.parametrize(
    "question",
    [
        "which rules will be in force in 2029?",  # no card tells what will apply
        "what Russian rule on spyware exports applied in 2019?",  # no card of Russia's rules
        "which rules applied in 1990?",  # before any card's rule
    ],
)
def test_a_year_or_a_place_no_card_tells_is_refused(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)
    refused(kb.engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "the EU's dual-use regime that applied until the fall of 2021",
        "what EU regime applied before summer 2021?",
    ],
)
def test_a_season_dates_the_years_end_as_a_month_does(engine: SearchEngine, question: str) -> None:
    """'until the fall of 2021' is a part of the year, as 'late 2021' is: the rule that ended then
    is the answer (the Wassenaar Arrangement was offered first, 0.30 against 0.14; then 428/2009 was
    offered first but refused, until its dates told the season and 'applied': session 24)."""
    answered(engine, question, "eu-dual-use-428-2009")
