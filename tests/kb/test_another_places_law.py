"""A place's own law asked of a card whose only law is another place's (issue 10, session 18): "is
facial recognition restricted under china's export control rules?" was answered (0.84) by Amnesty's
report on EU exports to China. Its card names China in its title, so the place was read as the
entry's own name and not weighed, and its one statement holding both China and a rule says 'EU rules
left most such exports unregulated': the EU's rule, China the destination ('law-enforcement
agencies', a buyer, held a law too). A law named as another place's ('EU rules', 'the UK's export
controls') now gives none of the place asked (bot/kb/values.py: `_law_owners_of`).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "is facial recognition restricted under china's export control rules?",
        "china export control law on facial recognition?",
    ],
)
def test_a_law_of_the_place_asked_that_the_card_never_gives_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the EU's rules on exports to China: the card's own
        ("what did amnesty say about eu rules and exports to china?", "amnesty-out-of-control-2020"),
        ("did the eu rules stop exports of facial recognition to china?", "amnesty-out-of-control-2020"),
        ("what are the UK's export rules for spyware?", "uk-export-controls"),
        ("what are the us rules on spyware exports?", "us-ear-cybersecurity-rule"),
    ],
)
def test_a_law_the_card_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


def test_a_law_named_as_another_places_is_read_as_theirs(engine: SearchEngine) -> None:
    values = engine._evidence_of._values
    ids = [e.id for e in engine.entries]
    owners = values._law_owners(ids.index("amnesty-out-of-control-2020"))
    assert frozenset({"european union"}) in owners  # 'EU rules left most such exports unregulated'
    assert frozenset() in owners  # 'stronger rules': a law of no place named
