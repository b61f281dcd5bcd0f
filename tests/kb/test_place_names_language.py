"""lang12, issue 10: a place of several words said which language an English question was in.
'Hikvision Costa Rica' was read as Spanish on 'costa' and 'rica', 'Cellebrite San Marino' as Italian,
'Did NSO sell Pegasus to Sint Maarten?' as Dutch (33 of 792 vendor x country questions): the English
question lost its English word frequencies and the glossary, the place's words dropped out as
ordinary Spanish, and the vendor's card answered (0.84-0.94) for a place no entry names. A place
says where, never which language (one-word names: review11); the question's other words still do."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

ENGLISH = [
    "Hikvision Costa Rica",
    "Cellebrite San Marino",
    "Hikvision in Puerto Rico",
    "hikvision santo domingo",
    "Did NSO sell Pegasus to San Marino?",
    "Did Cellebrite sell UFED to Sint Maarten?",
    "Did Hikvision sell cameras to Ceuta & Melilla?",
    "Did NSO sell Pegasus to Côte d’Ivoire?",
    "Did NSO sell Pegasus to Cote d'Ivoire?",
    "Did Cellebrite sell UFED to São Tomé & Príncipe?",
    "Did Cellebrite sell UFED to Sao Tome and Principe?",
    "Did Hikvision sell cameras to Tristan da Cunha?",
]


@pytest.mark.parametrize("question", ENGLISH)
def test_an_english_question_naming_a_place_of_several_words_is_english(
    engine: SearchEngine, question: str
) -> None:
    reading = engine.read(question)
    assert reading.lang == "en", question
    assert not reading.ordinary, question  # no word of it is another language's ordinary word


@pytest.mark.parametrize(
    "question",
    [
        "Hikvision Costa Rica",
        "Cellebrite San Marino",
        "Did NSO sell Pegasus to San Marino?",
        "Did Cellebrite sell UFED to San Marino?",
        "Did Hikvision sell cameras to Sint Maarten?",
    ],
)
def test_a_place_of_several_words_no_entry_names_is_not_answered_by_the_vendor_card(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "lang", "entry"),
    [
        ("¿NSO vendió Pegasus a El Salvador?", "es", "case-pegasus-el-salvador-2022"),
        ("Pegasus en El Salvador", "es", "case-pegasus-el-salvador-2022"),
        ("¿Qué hizo NSO en El Salvador?", "es", "case-pegasus-el-salvador-2022"),
    ],
)
def test_a_question_of_another_language_naming_such_a_place_keeps_its_language(
    engine: SearchEngine, question: str, lang: str, entry: str
) -> None:
    assert engine.read(question).lang == lang, question
    answered(engine, question, entry)
