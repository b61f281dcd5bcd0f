"""A rule described without its name (described_rules.py), session 36: 'the Strasbourg committee
probing spyware in Warsaw and Budapest' read its towns as words the PEGA card must hold and was
refused; 'the Brussels law that outlawed live face matching' fitted the AI Act alone, but a campaign
and a report ranked above it and only a first card was lifted; 'the 2023 presidential order ...'
named no seat. Twins in places no card of the body names, another body, a year no order has and
the White House's other measures stay refused."""

from __future__ import annotations

import pytest

from bot.kb.described_rules import nationalities
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the Strasbourg inquiry into spyware used in Warsaw and Budapest", "ep-pega-inquiry"),
        ("the Strasbourg committee looking at spyware in Budapest and Athens", "ep-pega-inquiry"),
        ("the Brussels act that outlawed real-time face matching by cops in town squares", "eu-ai-act"),
        (
            "the 2023 presidential order limiting what commercial hacking products agencies may use",
            "us-eo-14093",
        ),
        # the UK's one law card, its gear spyware (session 34 kept it refused while a Bahrain case
        # with UK exiles ranked above it, and only a first card was lifted)
        ("the London law on spyware exports", "uk-export-controls"),
    ],
)
def test_a_described_rule_is_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "the Strasbourg inquiry into spyware used in Tokyo and Seoul",  # no EU inquiry names them
        "the London committee probing spyware in Warsaw and Budapest",  # another body
        "the Brussels law on face matching by police in Tokyo",
        "the London law that outlawed live face scanning by cops in public spaces",
        "the presidential order limiting which cameras agencies may buy in 2019",  # no such order
        "white house order on facial recognition in 2019?",  # Commerce listed firms: no order
        "the presidential order banning Chinese cameras in 2019",
    ],
)
def test_twins_of_a_described_rule_are_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_a_nationality_before_a_person_is_no_place() -> None:
    assert nationalities("the meps inquiry with a dutch liberal as rapporteur") == {"country:netherlands"}
    assert nationalities("the spanish mep who chaired it") == {"country:spain"}
    # the gear of a country, or a country's people as victims, stay places
    assert not nationalities("the inquiry into dutch cameras")
    assert not nationalities("spyware used against polish lawyers in warsaw")
