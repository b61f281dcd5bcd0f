"""Short questions whose language was misread: Portuguese with a verb and its pronoun joined by a
hyphen ('Conta-me sobre a NSO', read as Spanish, refused at 0.56), Dutch with one rarer verb beside
words English shares ('Vertel me over NSO', read as English with 'vertel' a name no card holds,
refused at 0.55). Controls: Spanish and French write their pronouns otherwise and keep their
language; an English question with a misspelt name stays English."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "lang", "entry"),
    [
        ("Conta-me sobre o Pegasus", "pt", "nso-group"),
        ("Conta-me sobre a Cellebrite", "pt", "cellebrite"),
        ("Vertel me over Pegasus", "nl", "nso-group"),
        ("Vertel me over Dahua", "nl", "dahua"),
        # controls
        ("Cuéntame sobre la Candiru", "es", "candiru"),
        ("Parle-moi de Dahua", "fr", "dahua"),
    ],
)
def test_a_short_question_is_read_in_its_language(
    engine: SearchEngine, question: str, lang: str, entry: str
) -> None:
    assert engine.read(question).lang == lang
    answered(engine, question, (entry,))


@pytest.mark.parametrize("question", ["Paragone graphite journalists", "Celebrite phones protesters"])
def test_an_english_question_with_a_misspelt_name_stays_english(engine: SearchEngine, question: str) -> None:
    assert engine.read(question).lang == "en"
