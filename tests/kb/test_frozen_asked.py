"""A freeze asked must be told (wrong21, session 21). "was Candiru's money frozen?" was answered at
0.83 by Candiru's card, which tells an Entity List listing (which freezes nothing) and no freeze; the
kind `frozen` (asked_values.yaml, weighed in `unsettled` and held by `ungiven`) needs a statement
telling a freeze, or the US Treasury's sanctions, which block the designated party's property."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "was Candiru's money frozen?",
        "were NSO's assets frozen by the US?",
        "¿Se congelaron los fondos de Candiru?",
        "Wurden die Gelder von Candiru eingefroren?",
        "les avoirs de Candiru ont-ils été gelés ?",
    ],
)
def test_a_freeze_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Treasury's sanctions block the designated party's property
        (
            "When did the US Treasury first freeze the assets of a company selling phone-hacking software?",
            {"intellexa-cytrox", "us-ofac-spyware-sanctions"},
        ),
        ("did the US sanction Intellexa?", "us-ofac-spyware-sanctions"),
        # another freeze, told
        ("did Catalonia freeze dialogue with Madrid?", "case-catalangate-2022"),
    ],
)
def test_a_freeze_the_card_tells_is_answered(
    engine: SearchEngine, question: str, expected: str | set[str]
) -> None:
    answered(engine, question, expected)
