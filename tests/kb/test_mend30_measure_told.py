"""A measure asked of a place acting is told only by a statement that tells a measure (mend30).

'does Canada restrict Sandvine's DPI exports?' got the Sandvine case at 0.78: the case names
Canada only as Sandvine's home ('Sandvine (Canada) ... sells (DPI) equipment'), and 'DPI' after
the measure was read as what Canada did. The only restriction on the card is the US's listing, and
the research brief tells of no Canadian measure: the member would have read a yes. Now refused, and
so is the capital asked the same way once cap29's reading of a capital acting is in ('does Ottawa
restrict ...?'). The twins the card tells (the US's listing, in the line naming DPI) stay answered.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "does Canada restrict Sandvine's DPI exports?",
        "did Canada restrict Sandvine's DPI exports?",
        "does Ottawa restrict Sandvine's DPI exports?",
        "did Ottawa sanction Sandvine?",
        "did Canada sanction Sandvine?",
    ],
)
def test_a_measure_no_statement_tells_of_the_place_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the listing line names the US, DPI and the listing: a measure, told
        ("did the US restrict Sandvine's DPI exports?", "case-sandvine-turkey-belarus-egypt"),
        ("did the US ban Sandvine's DPI exports?", "case-sandvine-turkey-belarus-egypt"),
        ("did the US add Sandvine to the Entity List?", "case-sandvine-turkey-belarus-egypt"),
        ("did the US blacklist Sandvine?", "us-entity-list"),
        # a place acting with no measure asked is read as before
        ("did Greece use Predator?", "case-predatorgate-greece"),
        ("did Italy revoke Hacking Team's export licence?", "case-hacking-team-leak-2015"),
    ],
)
def test_a_measure_told_of_the_place_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
