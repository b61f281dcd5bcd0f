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


@pytest.mark.parametrize(
    "question",
    [
        # review21: answered at 0.89-0.96 by the US sanctions and Entity List cards, which name
        # Greece, Ireland, Canada and Hungary as the firms' seats, never as acting
        "did Greece sanction Intellexa?",
        "did Ireland put Intellexa on a list?",
        "has Canada blacklisted Sandvine?",
        "did Hungary blacklist Cytrox?",
        "did the EU sanction Intellexa?",
    ],
)
def test_a_measure_asked_of_another_authority_than_the_rules_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("did the US sanction Intellexa?", "us-ofac-spyware-sanctions"),
        ("did the us treasury sanction intellexa", "us-ofac-spyware-sanctions"),
        ("did France sign the Pall Mall code?", "pall-mall-code-2025"),  # no measure: a party's act
    ],
)
def test_a_rules_own_authority_keeps_its_answer(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)
