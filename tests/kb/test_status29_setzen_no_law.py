"""German 'eingesetzt' (deployed, used) is no law (issue 10, session 29): the glossary's 'gesetz'
matched inside the participles of 'setzen', so 'wurde Pegasus von Griechenland eingesetzt?' read as
a Greek law of Pegasus and got the PEGA inquiry (0.86). The form inside a word the rest of which makes
a verb is now no term (data/senses.yaml `within`): no card tells Greece used Pegasus, and the member
gets "I don't have that"; the Greek use of Predator and the Mexican use of Pegasus are still answered,
and 'Gesetz' itself is still a law.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_a_use_no_card_tells_is_refused(engine: SearchEngine) -> None:
    refused(engine, "wurde Pegasus von Griechenland eingesetzt?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wurde Predator von Griechenland eingesetzt?", "case-predatorgate-greece"),
        ("wurde Pegasus in Mexiko eingesetzt?", "case-pegasus-mexico-2017"),
    ],
)
def test_a_use_the_card_tells_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "law"),
    [
        ("wurde Pegasus von Griechenland eingesetzt?", False),
        ("wo wurde FinFisher gesetzt?", False),
        ("hat Griechenland ein Gesetz gegen Spyware?", True),
        ("welche Exportkontrollgesetze gelten?", True),
    ],
)
def test_gesetz_is_a_law_only_as_a_noun(engine: SearchEngine, question: str, law: bool) -> None:
    assert ("law" in engine.read(question).text.split()) is law
