"""Close near misses that ask a count or the present status (issue 10, session 13): a member names a
vendor or case the knowledge holds and asks how many, or how things stand now, where its entry gives
no such number or stops earlier. They get "I don't have that" (with the entries offered); a count or
status the entry does give is still answered.

The answer model's feature `unstated` carries it (bot/kb/values.py; the words asking and what a
statement giving either holds: bot/kb/data/asked_values.yaml).
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

UNSTATED = FEATURES.index("unstated")


@pytest.mark.parametrize(
    "question",
    [
        # Noldus's card says it sold FaceReader to Chinese bodies, never how many licences
        "how many FaceReader licences has Noldus sold?",
        # the Bahrain case says nothing of German licence figures (in German, 'how many')
        "Hat die BAFA FinFisher-Exporte nach Bahrain genehmigt? Wie viele?",
        # TKH's card stops before 2025: whether it 'still' has contracts is not said (Dutch 'nog')
        "Heeft TKH Security in 2025 nog contracten met de Israëlische politie?",
    ],
)
def test_a_count_or_status_no_statement_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 'at least 35 people in Jordan': the count is in the entry
        ("how many people were targeted with Pegasus in Jordan?", "case-pegasus-jordan-2024"),
        # 'about 4,000 phones'
        ("how many phones did Hong Kong police unlock with Cellebrite?", "case-cellebrite-hk-belarus-serbia"),
        # the card says QuaDream was shutting down: that settles 'still'
        ("is QuaDream still in business?", "quadream"),
        # a sale agreed in Dec 2024 settles who owns it now
        ("who owns Paragon now?", "paragon-solutions"),
    ],
)
def test_a_count_or_status_the_entry_gives_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)


def test_the_entry_that_gives_the_count_is_not_unstated(engine: SearchEngine) -> None:
    rows = engine.evidence("how many people were targeted with Pegasus in Jordan?")
    assert engine.entries[rows[0][0]].id == "case-pegasus-jordan-2024"
    assert rows[0][2][UNSTATED] == 0.0


@pytest.mark.parametrize(
    ("question", "lang", "kinds"),
    [
        ("how many licences did the UK grant?", "en", {"count"}),
        ("Wie viele Genehmigungen hat das BAFA erteilt?", "de", {"count"}),
        ("Sandvine Türkiye'de hâlâ satıyor mu?", "tr", {"status"}),
        ("säljer Axis fortfarande kameror till Kina?", "sv", {"status"}),
        # 'Access Now' is a name, not 'now'; 'ile' is Turkish 'with', Polish 'how many'
        ("what did Access Now report on Jordan?", "en", set()),
        ("Cellebrite Sırbistan ile çalıştı mı?", "tr", set()),
    ],
)
def test_the_words_asking_a_count_or_status(question: str, lang: str, kinds: set[str]) -> None:
    assert default_asked_values().asked(question, lang) & {"count", "status"} == kinds
