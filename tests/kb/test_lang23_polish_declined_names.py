"""A firm's Latin-script name with a Polish case ending is the firm (session 23, lang23):
'Intellexę', 'Paragonem' were read as inflections of some Polish word (or unknown names), so the
firm asked about went unread and the question was refused at 0.00."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Kto założył Intellexę?", "intellexa-cytrox"),
        ("Kto stoi za Paragonem?", "paragon-solutions"),
    ],
)
def test_a_declined_firm_name_reaches_its_card(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize("question", ["Kto założył Zorvexę?", "Kto stoi za Zorvexem?"])
def test_a_declined_name_no_card_holds_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "name"),
    [("Kto jest właścicielem Intellexy?", "intellexa"), ("Co wiadomo o Hikvisionie?", "hikvision")],
)
def test_the_declined_name_is_read(engine: SearchEngine, question: str, name: str) -> None:
    assert name in engine.read(question).text.split(" ") or f"{name}?" in engine.read(question).text
