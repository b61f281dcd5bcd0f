"""A rule asked by a name it shares with the rule it replaced, in a year (session 26): 'the
dual-use regulation in spring 2005' was answered with the 2021 recast (0.78), in force only from
Sept 2021; Regulation 428/2009 applied from 2009 and no card tells a dual-use regulation in force
in 2005. 'the dual-use regulation' is the recast's alias and 428/2009's title too, so a year asked
after it names whichever applied then (in_force.shared_name, named_apart), and a rule noun just
before 'in' and a year asks the rule in force then (rules_in_time.rules_placed), a few words before it
in a language that names the rule after its noun. A name of its own ('the recast') still names the recast."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "the dual-use regulation in spring 2005",
        "EU dual-use regulation in 2003",
        "die Dual-Use-Verordnung im Jahr 2004",
        "el reglamento de doble uso en 2006",
        "il regolamento UE sul dual-use nel 2007",
        # in a year the old regulation applied: the recast is no answer either
        "die EU-Dual-Use-Verordnung im Jahr 2016",
    ],
)
def test_a_shared_name_in_a_year_before_the_recast_is_not_it(engine: SearchEngine, question: str) -> None:
    not_answered_with(engine, question, "eu-dual-use-2021-821")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the same shape in a year the old regulation applied: its card
        ("the EU dual-use regulation in 2013", "eu-dual-use-428-2009"),
        ("the EU dual-use regulation in 2012", "eu-dual-use-428-2009"),
        # the shared name with no year: the current regulation
        ("the dual-use regulation", "eu-dual-use-2021-821"),
        # in force in the year asked: the recast
        ("the dual-use regulation in 2023", "eu-dual-use-2021-821"),
    ],
)
def test_a_shared_name_in_a_year_gets_the_rule_then(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)
