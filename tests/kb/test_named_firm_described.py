"""A firm named with where it is from (session 19, wrong19): 'Is the Tel Aviv firm NSO Group on the US
entity list?' answered Candiru at 0.63, whose card says Tel Aviv (NSO Group's says Herzliya): the city
outweighed the firm's own name. Words that only tell the named firm's home now ask nothing of any
entry (apposed.py). Nor do they when the place is not the named firm's home (review20b: 'Is the Tel
Aviv firm Hacking Team on the entity list?' answered Candiru, the Tel Aviv firm, at 0.70), nor is that
place one a card must name; a firm asked for by its home alone ('which Tel Aviv firm...?') is still
the one from there."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # answered with Candiru at 0.63; refused at 0.58; answered at 0.78
        ("Is the Tel Aviv firm NSO Group on the US entity list?", "nso-group"),
        ("Is the Israeli firm NSO Group on the US entity list?", "nso-group"),
        ("What did the Canadian company Sandvine sell to Egypt?", "sandvine"),
        ("is the tel aviv firm candiru on the entity list?", "candiru"),
        ("which Tel Aviv firm is on the US entity list?", "candiru"),
    ],
)
def test_a_firm_named_with_its_home_is_that_firm(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Is the Tel Aviv firm Hacking Team on the US entity list?",
        # Candiru (Tel Aviv) at 0.70: no card tells of Hacking Team on the list
        "Is the Tel Aviv firm Hacking Team on the entity list?",
    ],
)
def test_a_home_that_is_not_the_named_firm_s_asks_no_other_firm(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the Catalangate card never names Israel: the named firm's home read as a place the card
        # must name refused it at 0.26, where 'did candiru hack people in spain?' is answered
        ("the israeli firm candiru hacked people in spain?", "case-catalangate-2022"),
    ],
)
def test_a_named_firm_s_home_is_no_place_a_card_must_name(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # the places asked besides the home still must be on the card
        "the israeli firm candiru hacked people in japan?",
        "the israeli company paragon hacked journalists in germany?",
    ],
)
def test_a_place_asked_besides_the_named_firm_s_home_still_weighs(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)
