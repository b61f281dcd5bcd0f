"""A place asked as the one acting must act in the card's own words (wrong21, session 21). "did Greece
freeze Intellexa's assets?" was answered at 0.85 by Intellexa's card, which names Greece as the
consortium's seat and tells only the US Treasury's sanctions; "did the EU freeze ...?" at 0.68 by
the Predator Files, whose EU is its targeted officials. No statement has the place doing anything
asked: the member would read another state's measure as the one asked about (bot/kb/actors.py)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did the EU freeze Intellexa's assets?",
        "did Greece freeze Intellexa's assets?",
        "has the EU put sanctions on tal dilian as well?",
        "did canada sanction sandvine? it's a canadian company",
        "did south africa investigate vastech over libya?",
    ],
)
def test_a_place_acting_that_the_card_never_tells_acting_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the US sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("did the US Treasury sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("did the us gov blacklist hikvision?", "case-hikvision-dahua-xinjiang"),
        ("did the US authorities fine area spa?", "case-area-syria"),
        ("did the US later add more Intellexa people?", "case-predator-files-2023"),
        ("did Italy revoke Hacking Team's licence?", "case-hacking-team-leak-2015"),
        ("did the UK require a licence for FinSpy?", "gamma-finfisher"),
        # the case is the place's own story
        ("did Hungary buy Pegasus?", "case-pegasus-hungary"),
        ("did Greece use Predator against journalists?", "case-predatorgate-greece"),
    ],
)
def test_a_place_acting_as_the_card_tells_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
