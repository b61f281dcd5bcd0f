"""A rule that had stopped applying by the years a question asks about is no answer to it (session
21, review21): 'which EU rules were in force after 2021?' was answered with 428/2009 (0.95), which
the 2021 recast replaced that September, and lang21's reading of 'galten' carried it into German
(0.96). The question that names the old rule still gets its card, which tells what replaced it."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused


@pytest.mark.parametrize(
    "question",
    [
        "which EU rules were in force after 2021?",
        "welche EU-Regeln galten nach 2021?",
        "quelles règles de l'UE s'appliquaient après 2021 ?",
        "what EU export controls applied after 2022?",
    ],
)
def test_a_rule_gone_before_the_years_asked_is_no_answer(engine: SearchEngine, question: str) -> None:
    not_answered_with(engine, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    "question",
    [
        "what EU export rules were in force before 2021?",
        "what replaced the 2009 dual-use regulation after 2021?",
    ],
)
def test_the_rule_of_the_years_asked_or_named_keeps_its_answer(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


def test_the_years_after_an_ended_rule_are_refused_not_answered_with_it(engine: SearchEngine) -> None:
    refused(engine, "welche EU-Regeln galten nach 2021?")
