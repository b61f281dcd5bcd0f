"""A capital opening a question before a measure is its government acting (review29's attack).

'did Athens sanction Intellexa?' got the US Treasury's sanctions card at 0.87 and 'did Ottawa
sanction Sandvine?' Sandvine's card at 0.74: the capital was weighed as a name no card holds, so
nobody was read acting, and a member read a yes. 'did Greece sanction Intellexa?' was refused; the
capital now stands for its country there as it does before a noun of people ('the Athens
government'). The twins the cards tell stay answered, as does a capital later in the question.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did Athens sanction Intellexa?",
        "did Ottawa sanction Sandvine?",
        "has Ottawa banned Sandvine exports?",
        "did the Athens government sanction Intellexa?",
        "did Greece sanction Intellexa?",
    ],
)
def test_a_capital_acting_that_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did Washington sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("did Paris fine Clearview?", "case-clearview-eu-enforcement"),
        ("did Athens fine Clearview?", "case-clearview-eu-enforcement"),
    ],
)
def test_a_capital_acting_told_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
