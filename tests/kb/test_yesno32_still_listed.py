"""A firm's listing asked 'still' (issue 10, session 32): "is candiru still blacklisted?" ranked the
Entity List card first, which tells the 2021 listing and nothing of now, and Candiru's card, 'On the US
Entity List since Nov 2021', second: neither was read telling the present status, and the runner-up
was weighed against the first as a rival (0.50): refused. A listing begun and never told ended now
tells the status as of the card (data/asked_values.yaml), and the firm's card, linked with the listing,
is weighed with the first set aside (set_aside.py `status_pair`). Firms no card lists stay refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    ["is candiru still blacklisted?", "is candiru's blacklisting still in place?"],
)
def test_a_listing_the_firms_card_dates_answers_still(engine: SearchEngine, question: str) -> None:
    answered(engine, question, ("candiru", "us-entity-list"))


def test_a_listing_asked_still_by_its_firm_keeps_its_answer(engine: SearchEngine) -> None:
    answered(engine, "is hikvision still on the entity list?", ("hikvision", "us-entity-list"))


@pytest.mark.parametrize(
    "question",
    ["is Noldus still blacklisted?", "is axis still sanctioned?", "is cellebrite still banned in the us?"],
)
def test_a_firm_no_card_lists_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
