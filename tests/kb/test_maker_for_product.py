"""A value asked of a firm, told of its product (or of its name in Chinese) (issue 10, session 26).

"how many Thai protesters did NSO's tool hit?" was refused: the count stands in a statement naming
Pegasus, not NSO, and the count looked unstated. A vendor card's title gives the firm and its
product ('NSO Group (Pegasus spyware)'), and a Han alias names the firm: each stands for the other
where a value is weighed (bot/kb/siblings.py, values.py). A value no statement gives (what Thailand
or Mexico paid, a charge no card tells) is still refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.siblings import sibling_names
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many thai activists were infected by NSO's spyware?", "case-pegasus-thailand-2022"),
        ("how many democracy activists in thailand did nso hit?", "case-pegasus-thailand-2022"),
        ("how many Thai activists had NSO spyware on their phones?", "case-pegasus-thailand-2022"),
    ],
)
def test_a_count_told_of_the_product_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much did Thailand pay NSO for the spyware?",
        "were NSO executives charged over the Thai hacking?",
        "how much did Mexico pay NSO?",
    ],
)
def test_a_value_no_statement_gives_is_still_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_two_firms_of_one_card_or_an_owner_stand_for_nothing(engine: SearchEngine) -> None:
    siblings = sibling_names(engine.entries)
    assert siblings["nso"] == {"pegasus"}
    assert siblings["haikangweishi"] == {"hikvis"}  # 海康威视, Hikvision's name in Chinese
    assert "cytrox" not in siblings  # Intellexa / Cytrox: two firms
    assert "symantec" not in siblings  # Blue Coat (bought by Symantec): its owner
    assert "megvii" not in siblings  # SenseTime, Megvii, ...: several firms
