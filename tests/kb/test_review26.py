"""What review26 found the session's readings broke, from the member's side (issue 10, session 26).

'feds' is the US federal government: read as the words 'federal agencies', which no card writes, it
refused "did the feds blacklist NSO?"-style questions that ignoring it had answered; read as the US,
a measure the US never took ('did the feds fine Clearview?': the fines are European) stays refused
as "did the US fine ..." would be. 'decree' read as 'order' refused "what decree banned Hikvision?"
(the NDAA and the FCC order). 'in the end' asks how things ended: a firm's licence revoked and its
sale tell it ("what happened to Hacking Team in the end?"), an asked trial no card tells does not.
In another language, a place is a rule question's subject only near its start ('Seit wann hat
Irland ...'): 'hat Washington die kanadische Firma ... gesetzt?' asks of Canada as the target.
bot/kb/data/synonyms.yaml, bot/kb/data/asked_values.yaml (kind `result`), bot/kb/actors.py.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("what decree banned Hikvision?", {"hikvision", "case-hikvision-dahua-xinjiang"}),
        ("which decree restricted Hikvision?", {"hikvision", "case-hikvision-dahua-xinjiang"}),
        ("what happened to Hacking Team in the end?", {"case-hacking-team-leak-2015"}),
        ("in the end what happened to hacking team?", {"case-hacking-team-leak-2015"}),
        # a place further in is the target, not the subject ('Washington' is, unread as a place)
        ("Warum hat Washington die griechische Spyware-Firma sanktioniert?", {"us-ofac-spyware-sanctions"}),
        ("Wann hat Washington die israelische Firma NSO auf die schwarze Liste gesetzt?", {"us-entity-list"}),
    ],
)
def test_review26_answers(engine: SearchEngine, question: str, ids: set[str]) -> None:
    answered(engine, question, ids)


@pytest.mark.parametrize(
    "question",
    [
        "did the feds fine Clearview?",
        "how much did the feds pay nso?",
        "did Hacking Team go to court in the end?",
        "was anyone convicted over Hacking Team in the end?",
    ],
)
def test_review26_controls_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
