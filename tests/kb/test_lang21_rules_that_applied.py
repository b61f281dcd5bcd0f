"""A period asked with the verb its language says a rule applied by ('galten', 'valiam', 'se aplicaban',
'obowiązywały', 'gällde', 'geçerliydi'): unread, or an ordinary word the cards never explain, it cost
the rule that ended then half its coverage, and 'welche EU-Exportregeln galten vor 2021?' was refused
(0.10-0.60) where 'what EU rules were in force before 2021?' is answered. The glossary reads those
past forms as the cards' 'in force' (knowledge/glossary.yaml); Turkish also puts 'öncesinde' /
'öncesi' after the year it ends ('2021 öncesinde'), read as 'önce' is (bot/kb/data/time_words.yaml).

Another place's rules, or a year no card ends a rule in, stay refused; a present 'gelten' is no past:
the rules in force today keep the recast ahead of the rule it replaced."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, first_given, refused


@pytest.mark.parametrize(
    "question",
    [
        "2021 öncesinde AB'de hangi ihracat kuralları geçerliydi?",
        "2021 öncesi AB ihracat kuralları",
        "¿qué reglas de la UE se aplicaban antes de 2021?",
        "quais regras da UE valiam antes de 2021?",
        "welche EU-Exportregeln galten vor 2021?",
        "quelles règles de l'UE s'appliquaient avant 2021 ?",
        "quali regole UE sull'export valevano prima del 2021?",
        "jakie przepisy UE obowiązywały przed 2021?",
        "vilka EU-regler gällde före 2021?",
    ],
)
def test_the_rules_that_applied_before_a_year_are_the_rule_that_ended_then(
    engine: SearchEngine, question: str
) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    "question",
    [
        # no card gives Brazil's rules
        "welche Regeln galten in Brasilien vor 2021?",
        "quais regras valiam no Brasil antes de 2021?",
        "2021 öncesinde Brezilya'da hangi ihracat kuralları geçerliydi?",
        # no EU rule the cards tell ended before 1990
        "welche EU-Regeln galten vor 1990?",
    ],
)
def test_another_places_rules_or_a_year_no_card_ends_a_rule_in_stay_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


def test_the_rules_that_apply_today_keep_the_recast_ahead_of_the_rule_it_replaced(
    engine: SearchEngine,
) -> None:
    _, first = first_given(engine, "welche Regeln gelten heute in der EU für Spyware-Exporte?")
    assert first != "eu-dual-use-428-2009"
