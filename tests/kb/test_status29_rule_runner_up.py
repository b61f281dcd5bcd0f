"""A measure asked of the EU, told by an EU act's card (issue 10, session 29): 'did the EU ban facial
recognition?' got the Reclaim Your Face campaign, held as a rule that takes no measure (0.63 -> 0.5,
refused). The AI Act's card tells the Article 5 bans (real-time remote biometric identification in
public spaces for law enforcement, with exceptions): the runner-up, a rule whose authority is the
place acting and which tells the measure, is now the answer (search.py `_actor_runner_up`, holds.py
`rule_told`). What no card tells of the EU stays refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    ["did the EU ban facial recognition?", "has the EU banned facial recognition?"],
)
def test_a_measure_an_eu_act_tells_is_answered_with_it(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-ai-act")


@pytest.mark.parametrize(
    "question",
    [
        "hat die EU Pegasus verboten?",
        "did the EU ban Pegasus?",
        "did PEGA ban Pegasus?",
        "did the US ban facial recognition?",
    ],
)
def test_a_measure_no_card_tells_of_the_place_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    ["did the UN sanction Intellexa?", "did NATO sanction NSO?", "did the UN ban facial recognition?"],
)
def test_no_rule_is_lifted_when_no_place_acts(engine: SearchEngine, question: str) -> None:
    # the attack on int29b: 'did the UN sanction Intellexa?' got the US Treasury's card, lifted at the
    # held first's confidence (0.755), though the UN is no place the Treasury's card tells acting
    refused(engine, question)
