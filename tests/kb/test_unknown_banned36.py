"""A rule asked of as banning or listing a firm no card names (issue 10, session 36): 'the White
House order banning TikTok' got the US executive order on commercial spyware (EO 14093) at 0.70,
and no card names TikTok (bot/kb/unknown_listed.py, once for sanctions cards only).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "the White House order banning TikTok",
        "executive order banning TikTok",
        "the presidential order banning WeChat",
        "was TikTok banned by executive order?",
    ],
)
def test_an_unknown_firm_or_a_related_firms_town_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the White House order banning spyware", "us-eo-14093"),
        ("the executive order banning commercial spyware", "us-eo-14093"),
        ("was NSO blacklisted under Trump?", "us-entity-list"),
        ("is Clearview banned in the EU?", "clearview-ai"),
        ("the forensic toolmaker in Xiamen", "meiya-pico"),
        ("which Xiamen company makes forensic tools?", "meiya-pico"),
        ("which Herzliya firm sold spyware?", "nso-group"),
        ("which Hangzhou firm makes cameras?", "hikvision"),
        ("the Bulgarian SS7 firm linked to NSO", "circles"),
        # a card names the place for the firm or its linked firm: answered
        ("did NSO sell to Peru?", "circles"),
        ("did Circles sell to Kenya?", "circles"),
        ("did Hacking Team sell to Sudan?", "case-hacking-team-leak-2015"),
        ("¿NSO vendió Pegasus a México?", "case-pegasus-mexico-2017"),
        # a newsroom a card cites (IPVM with the Los Angeles Times on Dahua's Uyghur alerts)
        ("what did the Los Angeles Times uncover?", ("dahua", "case-hikvision-dahua-xinjiang")),
    ],
)
def test_what_a_card_ties_keeps_its_answer(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "did NSO sell Pegasus to Norway?",
        "¿NSO vendió Pegasus a Noruega?",
        "Hat NSO Pegasus an Norwegen verkauft?",
        "NSO a-t-il vendu Pegasus au Japon ?",
        "did Cellebrite sell to Japan?",
        "did FinFisher sell to Norway?",
        "what did the Boston Globe report?",
    ],
)
def test_a_sale_or_a_newsroom_no_card_ties_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
