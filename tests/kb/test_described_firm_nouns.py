"""A firm described by a noun members use for small or trading firms or contractors: 'broker',
'startup', 'developer', 'dealer', 'shop', 'giant', 'contractor', 'producer', 'exporter'
(data/list_words.yaml `kind_singulars`, `kind_nouns`). Without the noun the home before it was read as
a place the card must name, not as the firm's home, and the description never lifted the refusal. A
description that fits no card (another home) stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

SANDVINE_CASE = "case-sandvine-turkey-belarus-egypt"
BAE = "bae-systems"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on main at 0.28, 0.55 and 0.58
        ("which Singapore exploit broker did the US blacklist in 2021?", "coseinc"),
        ("the Austrian spyware startup behind Subzero", ("case-dsirf-subzero", "dsirf")),
        ("which Canadian DPI developer sold gear to Egypt?", ("sandvine", SANDVINE_CASE)),
    ],
)
def test_a_firm_described_by_a_trading_noun_is_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "which Indian exploit broker did the US blacklist in 2021?",
        "the Portuguese spyware startup behind Subzero",
        "which Bulgarian spyware startup did Meta ban in 2021?",
        "which Singapore exploit broker sold spyware to Mexico?",
    ],
)
def test_a_trading_noun_with_another_home_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # 'contractor' was no word for a firm: its home was read as a place the card must relate
        (
            "the Italian contractor that built Syria's email interception system",
            ("case-area-syria", "area-spa"),
        ),
        ("the French contractor that sold internet monitoring to Libya", ("case-amesys-libya", "amesys")),
        # and the home, said as an adjective, was a named thing the card's statement of the sale must
        # hold with it (relations.py `apart`)
        ("the British defence giant that exported internet mass monitoring to Gulf monarchies", BAE),
        ("the British defence firm that shipped nationwide internet monitoring to Oman and Qatar", BAE),
    ],
)
def test_a_contractor_described_by_its_home_and_sales_is_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "the British defence contractor that exported internet monitoring to Brazil",
        "which British arms contractor sold monitoring systems to Argentina in 2019?",
        "the Canadian contractor that sold spyware to Peru",
        "the Swedish camera maker that sold to Iran",
    ],
)
def test_a_contractor_that_fits_no_card_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
