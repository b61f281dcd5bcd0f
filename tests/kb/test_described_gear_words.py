"""A firm described by its gear in the words members use for it: 'exploits', 'exploit kits', 'an
implant', 'intrusion tools', 'wiretaps' (data/list_words.yaml `described_gear`). Unread, a
description of a Spanish exploit vendor matched one kind of fact (its home) and stayed refused; and
a firm whose card is tagged by its listing alone ('export controls') now deals in the gear its card's
words tell of (described.py). A description that fits no card stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # refused on int27 at 0.31 and 0.32
        "the Spanish outfit Google tied to browser exploits",
        "which Spanish company did Google link to exploit kits?",
    ],
)
def test_a_firm_described_by_its_exploits_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "variston")


def test_a_firm_tagged_by_its_listing_deals_in_the_gear_its_card_tells_of(engine: SearchEngine) -> None:
    # with 'exploits' read as gear and COSEINC tagged 'export controls' only, it fit no gear asked
    question = "which Singapore outfit did Washington blacklist in 2021 for selling exploits?"
    answered(engine, question, "coseinc")


@pytest.mark.parametrize(
    "question",
    [
        "the Spanish outfit Google tied to browser exploits sold to Mexico",
        "which Portuguese firm sells exploit kits?",
        "the Singapore exploit seller fined in France",
        "the Israeli intrusion tool maker fined in Brazil",
    ],
)
def test_a_described_gear_that_fits_no_card_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
