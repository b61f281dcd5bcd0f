"""Someone's list is no listing begun (wrong21, session 21). "since when is candiru illegal in spain"
was answered at 0.64 by the Catalangate case: its dated line says the CNI director 'disowned the other
cases on Citizen Lab's list', and 'list' read as the start of a ban or listing. A list someone drew up
('Citizen Lab's list') tells no state begun; the Entity List does (asked_values.yaml, kind `began`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "since when is candiru illegal in spain",
        "since when is pegasus illegal in spain?",
        "¿desde cuándo es ilegal Candiru en España?",
    ],
)
def test_a_ban_no_card_dates_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("since when is candiru on the entity list?", "candiru"),
        ("since when is nso banned in the us", "nso-group"),
        ("since when is hikvision on the entity list?", "hikvision"),
    ],
)
def test_a_listing_the_card_dates_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
