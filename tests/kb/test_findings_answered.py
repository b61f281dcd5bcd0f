"""What an investigation found is what its case card tells (session 16): "What were the findings of
the Citizen Lab investigation into Pegasus in Jordan?" was refused (0.24) because 'findings' asked
an outcome (`result`: an appeal decided, a probe closed) and the card reports them in the words of
reporting ('Citizen Lab and partners reported that at least 35 people ... had been targeted'). The
kind `findings` (bot/kb/data/asked_values.yaml) is held by those words; what came of a probe is
still asked by `result`, which they do not hold.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import OUTCOMES, default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 'Access Now, Citizen Lab and partners reported that at least 35 people in Jordan ...'
        (
            "What were the findings of the Citizen Lab investigation into Pegasus in Jordan?",
            "case-pegasus-jordan-2024",
        ),
        # 'Citizen Lab found operators in Bulgaria, the Czech Republic, ...'
        (
            "What were the findings of the investigation into QuaDream's victims?",
            "case-quadream-victims-2023",
        ),
        # 'Reuters, which saw the same documents, reported that the tender was won ...'
        (
            "What were the findings of the Justice For Myanmar investigation into Cognyte?",
            "case-cognyte-myanmar",
        ),
    ],
)
def test_an_investigations_findings_are_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


def test_reporting_words_tell_no_ruling(engine: SearchEngine) -> None:
    # the Thai card reports the infections and that iLaw prepared to sue; no court's decision is
    # in it ('what did the court rule' asked none, and it was answered at 0.89)
    refused(
        engine,
        "what did the court decide on iLaw's case against NSO in Thailand?",
        "case-pegasus-thailand-2022",
    )


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What were the findings of the Pegasus Project?", {"findings"}),
        ("Welche Erkenntnisse hatte der Bericht?", {"findings"}),
        ("what came of the probe?", {"result"}),
        ("what did the thai court rule in iLaw's lawsuit?", {"result"}),
        ("what does the rule say about intrusion software?", set()),
        ("Did NSO respond to those findings?", set()),
    ],
)
def test_the_words_asking_findings(question: str, kinds: set[str]) -> None:
    assert default_asked_values().asked(question) & set(OUTCOMES) == kinds
