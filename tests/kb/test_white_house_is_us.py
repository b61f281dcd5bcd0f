"""'The White House' is the US executive, as members say it (knowledge/casual.yaml).

Unread, its two words weighed like a name no card holds, and "White House order on spyware, what
does it ban?" was refused at 0.05 while 'presidential decree' found Executive Order 14093. Read as
the United States, a measure the US never took stays refused as 'did the US ...' would be.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "White House order on spyware, what does it ban?",
        "what did the white house decree on commercial spyware say",
        "white house executive order spyware 2023 what does it do",
        "the white house directive about spyware, when was it signed?",
    ],
)
def test_white_house_order_is_the_executive_order(engine: SearchEngine, question: str) -> None:
    answered(engine, question, {"us-eo-14093"})


@pytest.mark.parametrize(
    "question",
    [
        "did the white house fine clearview?",  # the fines are European
        "white house order on facial recognition in 2019?",
        "did the white house order ban hikvision cameras in 2015?",
    ],
)
def test_white_house_controls_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
