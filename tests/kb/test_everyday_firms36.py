"""Firm names that are everyday words, asked in the everyday sense (issue 10, session 36): 'cobwebs in my
brain this morning' got Cobwebs Technologies at 0.97, 'the black cube in Mecca' and 'the Black Cube of
Saturn' Black Cube at 0.93, 'heliconia plant care' Variston (its Heliconia framework) at 0.74, 'Sub-Zero
fridge repair' DSIRF (Subzero) at 0.88, 'Grindavik volcano eruption' Candiru (a name it was reported
under) at 0.70, Spanish 'me duele el cerebro' Nexa (its Cerebro) at 0.84, 'Galileo Galilei and the
church' Hacking Team at 0.93, 'the red wolf in the forest' the Red Wolf checkpoints' case at 0.96,
'Paragon NTFS for Mac' Paragon Solutions at 0.81, 'the Reign of Christ the King' QuaDream at 0.84,
'Norton Symantec antivirus renewal' Blue Coat at 0.85, 'Memento movie ending explained' Hacking Team
(Memento Labs) at 0.94, 'Thalestris queen of the Amazons' Intellexa at 0.90. senses.yaml `names` now
holds these senses by class (mind and body, religion, astronomy, dreams, home, toys, plants, animals,
cold, schools, films, legends, another firm's software); the firm asked as a firm keeps its answer.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "cobwebs in my brain this morning",
        "I have cobwebs in my head today",
        "how to blow away the cobwebs after a long winter",
        "fake cobwebs for halloween",
        "the Black Cube of Saturn",
        "the black cube in Mecca",
        "what is the black cube at the Kaaba?",
        "Saturn's black cube meaning",
        "le black cube de Saturne",
        "black cube sculpture in the garden",
        "heliconia plant care",
        "how to grow heliconia indoors",
        "Sub-Zero fridge repair",
        "Grindavik volcano eruption",
        "me duele el cerebro esta mañana",
        "¿cómo funciona el cerebro humano?",
        "o meu cérebro dói hoje",
        "Galileo Galilei and the church",
        "Galileo's telescope",
        "the red wolf in the forest",
        "Paragon NTFS for Mac",
        "the Reign of Christ the King",
        "Allot my time",
        "Blue Coat school Oldham",
        "Norton Symantec antivirus renewal",
        "Memento movie ending explained",
        "Thalestris queen of the Amazons",
        "la Divina Commedia di Dante",
        "Saito Hajime Rurouni Kenshin",
    ],
)
def test_a_firm_name_in_its_everyday_sense_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who hired Black Cube?", "black-cube"),
        ("Cobwebs Technologies Meta", "cobwebs-technologies"),
        ("did Meta ban Cobwebs?", "cobwebs-technologies"),
        ("what does Cobwebs sell?", "cobwebs-technologies"),
        ("Black Cube Weinstein", "black-cube"),
        ("the mysterious Black Cube firm", "black-cube"),
        ("what is Heliconia?", "variston"),
        ("who made the Heliconia exploit framework?", "variston"),
        ("who used Subzero malware?", "dsirf"),
        ("is Grindavik another name of Candiru?", "candiru"),
        ("¿quién vendió Cerebro a Egipto?", "case-nexa-egypt-cerebro"),
        ("¿qué es el sistema Cerebro de Nexa?", "amesys-nexa"),
        ("the Red Wolf system in Hebron", "case-automated-apartheid-2023"),
        ("who sold RCS Galileo?", "hacking-team"),
        ("did Symantec buy Blue Coat?", "blue-coat"),
        ("who owns Paragon?", "paragon-solutions"),
        ("what is Reign spyware?", "quadream"),
        ("Allot customers", "allot"),
        ("who owns Memento Labs?", "hacking-team"),
        ("who is Thalestris?", "intellexa-cytrox"),
        ("what is Saito Tech?", "candiru"),
        ("what is Dante?", "hacking-team"),
    ],
)
def test_the_firm_asked_as_a_firm_keeps_its_answer(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
