"""Whether what was demanded was done (issue 10, session 18): "did TKH ever carry out the due
diligence asn demanded?" was answered (0.96) by the TKH card, which tells only that ASN demanded it.
The question itself says the thing was asked for; a card answers only when a statement tells it done
(the outcome kind `done`, bot/kb/data/asked_values.yaml, weighed in `unsettled`). Questions of the
demand itself, or of something done that no one is said to have demanded, are not this ask.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_a_demand_the_card_never_tells_done_is_refused(engine: SearchEngine) -> None:
    refused(engine, "did TKH ever carry out the due diligence asn demanded?", offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did asn demand that tkh carry out human rights due diligence?", "tkh-group"),
        ("did the PEGA committee finish its inquiry?", "ep-pega-inquiry"),
        ("did meta actually carry out the takedown of the seven firms?", "case-meta-takedown-2021"),
        # what was asked for, told done in other words: 'COPASIR unanimously approved a report'
        # (0.69 on main, refused at 0.11 when only 'carried out', 'completed'... told it done)
        ("did COPASIR complete the report parliament asked for on Graphite?", "case-paragon-italy"),
    ],
)
def test_the_demand_itself_or_a_deed_no_one_demanded_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("has the company completed the audit the investors requested?", True),
        ("did the EU complete the recast of the dual-use regulation?", False),
        ("who carried out the hack?", False),
    ],
)
def test_done_is_asked_of_what_the_question_says_was_demanded(question: str, asked: bool) -> None:
    assert ("done" in default_asked_values().asked(question)) is asked
