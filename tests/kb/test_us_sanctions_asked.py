"""An asset freeze is a financial sanction (knowledge/casual.yaml: 'freeze the assets', 'money freeze'
read as 'sanctions'): 'did the US freeze the assets of any spyware company?' was refused at 0.04, the
Treasury's sanctions card first, because no card says 'freeze'. Other places' freezes, which no card
tells, stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did the US freeze the assets of any spyware company?",  # main: refused at 0.04
        "who had their assets frozen by the US treasury over spyware?",
    ],
)
def test_a_us_asset_freeze_is_the_treasury_sanctions(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "us-ofac-spyware-sanctions")


@pytest.mark.parametrize(
    "question",
    [
        "did the EU freeze the assets of a spyware firm?",
        "did the UK freeze the assets of NSO?",
        "was there an asset freeze on Hacking Team?",
    ],
)
def test_a_freeze_no_card_tells_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
