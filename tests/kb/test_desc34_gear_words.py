"""A firm described by the box or tool it made ('web filters', 'the forensic toolmaker', a
'security-cam firm') and a place members name it by (Silicon Valley, a province): session 34. Each
was refused with the right card first (.44, .54, .28); the gear is now read as the card's, so the
description picks its firm out. The twins with one wrong detail (year, place, home) stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "web filters from a Silicon Valley firm discovered in Syria in 2011",
            ("case-blue-coat-syria", "blue-coat"),
        ),
        ("the forensic toolmaker in Fujian on Washington's list in 2019", "meiya-pico"),
        ("Swedish security-cam firm whose parent is Japanese", "axis-communications"),
    ],
)
def test_a_firm_described_by_its_gear_is_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "web filters from a Silicon Valley firm discovered in Syria in 2019",
        "web filters from a Silicon Valley firm discovered in Iran in 2011",
        "the forensic toolmaker in Fujian on Washington's list in 2015",
        "the forensic toolmaker in Bavaria on Washington's list in 2019",
        "Danish security-cam firm whose parent is Japanese",
        "which security cameras should I buy for my shop?",
    ],
)
def test_a_description_with_one_wrong_detail_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
