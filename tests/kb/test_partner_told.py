"""A vendor and its own case answer a question together (session 19, issue 10): a question about
Nour Eltantawy's phone is told by Intellexa's card as much as by his case's, and 'why did the US
blacklist Sandvine' by its Belarus-and-Egypt case's. The case's own evidence was weak (casual words
its card does not hold), so the bot refused with the right entry first.

The answer model's feature `partner_told` (bot/kb/evidence.py) gives each candidate what its
best-ranked linked entry's card tells of the question, from a linked entry within PARTNER_WINDOW of
its rank score only: one far behind told near misses what their own card never says.
"""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

PARTNER_TOLD = FEATURES.index("partner_told")


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # refused on main at 0.58: his case first, Intellexa's card telling Predator on his phone
        (
            "which egypt opposition figure had predator AND pegasus on the same phone",
            ("case-egypt-nour-eltantawy", "intellexa-cytrox"),
        ),
        # refused on main at 0.46: Sandvine first, its case telling what it sold where
        (
            "why did the us blacklist sandvine, isnt it canadian?",
            ("sandvine", "case-sandvine-turkey-belarus-egypt"),
        ),
    ],
)
def test_a_question_a_vendor_and_its_case_answer_together_is_answered(
    engine: SearchEngine, question: str, entries: tuple[str, ...]
) -> None:
    answered(engine, question, entries)


@pytest.mark.parametrize(
    "question",
    [
        # Hytera's card never names Xinjiang; a US listing linked to it, far behind, does
        "did Hytera supply radios to police in Xinjiang?",
        "hytera radios for xinjiang police, true?",
        # no card tells of damages or compensation paid
        "did Candiru pay damages to any of its victims?",
        "did sandvine pay compensation over belarus",
    ],
)
def test_a_near_miss_about_a_vendor_with_a_case_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_a_linked_entry_far_behind_lends_nothing(engine: SearchEngine) -> None:
    """Hytera's question ranks the US listing linked to it far behind: no partner, nothing told."""
    rows = engine.evidence("did Hytera supply radios to police in Xinjiang?")
    assert engine.entries[rows[0][0]].id == "hytera"
    assert rows[0][2][PARTNER_TOLD] == 0.0
