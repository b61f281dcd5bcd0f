"""A value or outcome asked that the card never gives is refused whatever the model makes of the
rest (issue 10, session 18): the card is what the member reads. "was anyone charged over the
pegasus hacking of brejza?" matches the Polish Pegasus card word for word (0.67 before), but it
tells of no charge; the model weighed `unsettled` among the rest and answered. Its twins, what the
same cards do give, are still answered (bot/kb/values.py: `ungiven`).
"""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from bot.kb.values import UNGIVEN_SHARE, ungiven
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # the card names Brejza as a target; no one was charged in the sources
        "was anyone charged over the pegasus hacking of brejza?",
        # the card's only fine is Computerlinks', the distributor's
        "did the americans fine blue coat itself for syria?",
        # the Nexa card ends at the charges
        "did the nexa executives get convicted?",
    ],
)
def test_an_outcome_the_card_never_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who was targeted with pegasus in poland?", "case-pegasus-poland"),
        ("how much was computerlinks fined for the blue coat devices in syria?", "case-blue-coat-syria"),
        ("how much did the US fine Area SpA?", "case-area-syria"),
        ("did rcs lab sell hermit to kazakhstan?", "rcs-lab"),
        # asked of anyone: the card's fine is Computerlinks', which answers it
        ("was anybody fined over the blue coat devices in syria?", "case-blue-coat-syria"),
        # asking who it was asks the party itself (held at 0.50 from 0.72 and 0.66 before)
        ("who paid the fine in the blue coat syria case?", "case-blue-coat-syria"),
        ("who was fined over the blue coat devices in syria?", "case-blue-coat-syria"),
        ("which company was fined over blue coat in syria?", "case-blue-coat-syria"),
    ],
)
def test_what_the_same_card_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


def test_only_a_value_or_outcome_never_given_holds_the_probability_down() -> None:
    x = [0.0] * len(FEATURES)
    assert ungiven(x, 0.9, 0.6) == 0.9
    x[FEATURES.index("unstated")] = 1.0  # a count or status: often told in other words
    assert ungiven(x, 0.9, 0.6) == 0.9
    x[FEATURES.index("unsettled")] = 1.0
    held = ungiven(x, 0.9, 0.6)
    assert held == pytest.approx(UNGIVEN_SHARE * 0.6)
    assert held < 0.6  # under the threshold, whatever it is
    assert ungiven(x, 0.2, 0.6) == 0.2
