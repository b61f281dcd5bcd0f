"""Rules asked for at the head of a question and placed in a year (session 27). 'which EU
regulation covered spyware exports in 2016?' got the 2021 recast (0.63), applicable only from Sept
2021; 'which EU dual-use regulation applied in 2000?' got Regulation 428/2009 (0.89), which applied
only from 2009 (no card tells the rule in force in 2000: its predecessor has none); an Italian
'le regole europee ... fino all'inverno 2020' got Amnesty's 2020 report (0.89), a report, not a rule
in force. A rule noun heading the question with a year placed after it asks the rules in force then
(rules_in_time.rules_asked); a rule named only by a name its successor shares names no rule of its own
(in_force.line_named); a report, inquiry or campaign is no rule in force (cues._about_rules)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which EU regulation covered spyware exports in 2016?", "eu-dual-use-2021-821"),
        ("which EU dual-use regulation was in force in 1998?", "eu-dual-use-428-2009"),
        ("what were the EU export rules for surveillance tech in 2000?", "eu-dual-use-428-2009"),
        (
            "le regole europee sull'export di tecnologie di sorveglianza fino all'inverno 2020",
            "amnesty-out-of-control-2020",
        ),
        ("the EU rules on exporting spy tools until spring 2020", "amnesty-out-of-control-2020"),
    ],
)
def test_rules_asked_in_a_year_are_not_a_rule_or_report_of_another_time(
    kb: KnowledgeService, question: str, entry: str
) -> None:
    not_answered_with(kb, question, entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # what befell a rule in its year: its own card
        ("which EU regulation was proposed in 2016 to replace the dual-use rules?", "eu-dual-use-2021-821"),
        # a report asked for by its form
        (
            "which report from 2020 said EU export rules let most surveillance sales through?",
            "amnesty-out-of-control-2020",
        ),
        # a rule in force in the year asked
        ("which EU dual-use regulation applied in 2012?", "eu-dual-use-428-2009"),
        ("the dual-use regulation in 2023", "eu-dual-use-2021-821"),
    ],
)
def test_rules_asked_in_their_own_time_are_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)
