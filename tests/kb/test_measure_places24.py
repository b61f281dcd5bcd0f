"""A measure asked of a place must be told of that place (wrong24, bot/kb/actors.py).

- A place of several words acting ('did North Macedonia ...') is read whole: its second word was read
  as what the place did, told by every statement naming it, and the firm's card answered at 0.81.
- Past forms and Chinese's everyday word for a ban ('förbjöd', 'verbood', '禁止') read as a ban:
  unread, the question's place and firm alone were answered (0.80-0.95).
- A card that never names the EU asked tells no measure of it (`elsewhere` never counts the Union).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

_INTELLEXA_US = ("intellexa-cytrox", "us-ofac-spyware-sanctions", "us-entity-list")


@pytest.mark.parametrize(
    "question",
    [
        "did North Macedonia blacklist Intellexa?",
        "did the United Arab Emirates sanction NSO?",
        "förbjöd Grekland Predator?",
        "verbood Griekenland Predator?",
        "希腊禁止了Predator间谍软件吗",
        "海康威视在欧盟被禁止了吗",
        "did Greece ban Clearview?",
    ],
)
def test_a_measure_the_card_never_tells_of_the_place_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("美国禁止了华为吗", "huawei"),  # the NDAA 889 bans
        ("förbjöd USA Hikvision?", ("hikvision", "case-hikvision-dahua-xinjiang")),
        ("did the United States blacklist Intellexa?", _INTELLEXA_US),
        ("did Italy ban Clearview?", ("clearview-ai", "case-clearview-eu-enforcement")),  # the Garante
    ],
)
def test_a_measure_the_card_tells_of_the_place_is_answered(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)
