"""Short requests in other languages reach the card they name (session 23, lang23).

Three misreadings refused them: a shadda or vowel mark is no letter to the tokenizer, so a vocalised
Arabic word ('عرّفني') split into two unknown words; 'tell me about' in another language
('Háblame de', 'Расскажи о') was a rare ordinary word weighing against the card as much as a name;
and 'Was ist X?' has one word clearly German beside one English shares, which lingua's trigrams
ranked fourth, so the German question read as English with an unknown 'ist'.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("عرّفني على Candiru", "candiru"),  # the shadda split the word
        ("حدّثني عن NSO", "nso-group"),
        ("Cuéntame sobre NSO", "nso-group"),  # a short name weighed less than the request
        ("Háblame de NSO Group", "nso-group"),
        ("Raccontami di NSO", "nso-group"),
        ("Háblame de la empresa israelí que fabrica Pegasus", "nso-group"),
        ("Was ist Candiru?", "candiru"),  # read as English: 'ist' unknown
        ("Was war Hacking Team?", "hacking-team"),
    ],
)
def test_a_short_request_in_another_language_gets_the_named_card(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "عرّفني على شركة زورفكس",  # a firm no card holds, in the same shapes
        "Háblame de Zorvex Labs",
        "Расскажи о компании Зорвекс",
        "Was ist Zorvex?",
    ],
)
def test_the_same_request_about_a_firm_no_card_holds_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Was ist Candiru?", "de"), ("Was ist NSO?", "de"), ("عرّفني على Candiru", "ar")],
)
def test_the_request_is_read_in_its_language(engine: SearchEngine, question: str, lang: str) -> None:
    reading = engine.read(question)
    assert reading.lang == lang
    assert reading.unread == 0.0


@pytest.mark.parametrize("question", ["Was it sold?", "Was Candiru fined?", "What does Überwachung mean?"])
def test_an_english_question_beginning_with_was_stays_english(engine: SearchEngine, question: str) -> None:
    assert engine.read(question).lang == "en"
