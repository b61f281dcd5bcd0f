"""A measure asked of a place itself must be told of that place as what was measured (actors26).

'did the US blacklist Egypt?' was answered from the Entity List card, which names Egypt only as
the country Sandvine's gear went to; the member would read that the US blacklisted a state. A
place followed by something else ('Xinjiang police', a firm) still asks of what the card lists.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did the US blacklist Egypt?",
        "has the US sanctioned Hungary?",
        "did the US sanction North Macedonia?",
        "did the United States blacklist Singapore?",
        "did the US sanction Greece in 2024?",
    ],
)
def test_a_measure_asked_of_a_bare_place_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the US blacklist Positive Technologies?", ("us-entity-list", "positive-technologies")),
        ("did the US sanction Cytrox?", ("intellexa-cytrox", "us-ofac-spyware-sanctions")),
        ("did the US blacklist COSEINC?", ("coseinc", "us-entity-list")),
        ("¿Estados Unidos sancionó a Intellexa?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        ("die USA haben Intellexa sanktioniert?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
    ],
)
def test_a_measure_asked_of_a_listed_firm_is_answered(
    engine: SearchEngine, question: str, expected: tuple[str, ...]
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "hat Irland Intellexa sanktioniert?",
        "la Grèce a-t-elle sanctionné Intellexa ?",
        "¿Grecia sancionó a Intellexa?",
        "hat Kanada Sandvine auf eine schwarze Liste gesetzt?",
    ],
)
def test_a_rule_told_of_another_authority_than_the_subject_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("les États-Unis ont-ils sanctionné Intellexa ?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        ("haben die USA Intellexa sanktioniert?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        # a place opening a string of names is a topic, a demonym the measure's target
        ("Griechenland Intellexa Sanktionen", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        ("chinesische Kameras in den USA verboten?", ("us-other-measures", "hikvision", "dahua")),
    ],
)
def test_a_rule_asked_of_its_own_authority_or_a_topic_is_answered(
    engine: SearchEngine, question: str, expected: tuple[str, ...]
) -> None:
    answered(engine, question, expected)
