"""A ban asked since when, without 'still' ('since when is paragon banned in italy', 'since when is
pegasus illegal in poland', session 20): the date asked is the ban's, which no dated inquiry or
finding on the card tells. Before, 'since when' without 'still' asked only a date, and any dated
statement answered (0.89-0.97, in English, German, French, Spanish, Italian). A stop so weighed
('since when has sandvine stopped selling to belarus') cost a held-out answer and is left as it was.

A sale or a listing asked since when keeps being answered by a dated sale or listing ('since when is
NSO on the entity list': 'US Entity List (3 Nov 2021)'), and a listing answers a ban asked of the
place that listed ('since when is nso banned in the us'). A state named in another clause than the
'since when' ('since when does it apply, and does it also stop ...') is not asked since when.
Kind `began`, states with `alone` in bot/kb/data/asked_values.yaml, bot/kb/values.py.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # the Paragon/Italy and Pegasus/Poland cards date inquiries and findings, no ban (0.89-0.90)
        "since when is paragon banned in italy",
        "since when is pegasus illegal in poland",
        "seit wann ist paragon in italien verboten?",
        "depuis quand pegasus est-il interdit en pologne ?",
        "desde cuando esta prohibido pegasus en polonia",
        "da quando paragon è vietato in italia?",
    ],
)
def test_a_ban_no_card_dates_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 'In 2020 Cellebrite stopped selling to Hong Kong and China'; a halt announced in March 2021
        ("since when has cellebrite stopped selling to china", "case-cellebrite-hk-belarus-serbia"),
        ("since when has cellebrite stopped selling to russia", "case-cellebrite-hk-belarus-serbia"),
        # a dated listing answers, named or called a ban
        ("since when is NSO on the entity list", "nso-group"),
        ("since when is nso banned in the us", "nso-group"),
        ("since when is hikvision banned in the us", "hikvision"),
        ("since when is Intellexa sanctioned", ("intellexa-cytrox", "us-ofac-spyware-sanctions")),
        # a dated sale answers a sale asked since when
        ("since when has sandvine sold to belarus", "case-sandvine-turkey-belarus-egypt"),
        ("since when has hacking team sold to sudan", "case-hacking-team-leak-2015"),
    ],
)
def test_a_ban_stop_or_sale_the_card_dates_is_answered(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)


def test_a_state_in_another_clause_is_not_asked_since_when() -> None:
    asked = default_asked_values().asked
    assert "began:banned" in asked("since when is paragon banned in italy")
    assert not any(k.startswith("began") for k in asked("since when has sandvine sold to belarus"))
    several = "Is that true, since when does it apply, and does it also stop European companies exporting?"
    assert not any(k.startswith("began") for k in asked(several))
