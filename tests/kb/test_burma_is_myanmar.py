"""Burma, Myanmar's former name, as members still write it (issue 10, session 27): the world list
of countries read 'burma' as a country of its own, a tag no card carries (the cards say Myanmar),
so 'what did cognyte sell in burma' weighed the place as one its own case never names and was
refused (0.11). bot/kb/vocab.py's DEMONYMS now reads it as Myanmar; a card that never names
Myanmar still does not explain it.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

COGNYTE = ("cognyte", "case-cognyte-myanmar")


@pytest.mark.parametrize(
    "question",
    [
        "what did cognyte sell in burma",
        "cognyte burma interception deal",
        "burma telecom intercept contract cognyte",
    ],
)
def test_burma_reads_as_myanmar(engine: SearchEngine, question: str) -> None:
    answered(engine, question, COGNYTE)


@pytest.mark.parametrize(
    "question",
    [
        # no card tells of a sale to Myanmar by these firms
        "did hikvision sell cameras to burma?",
        "did NSO sell pegasus to burma?",
        "did Candiru sell to burma?",
    ],
)
def test_a_firm_no_card_ties_to_burma_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
