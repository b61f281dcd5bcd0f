"""A country named in a script nothing reads (Greek, Hebrew, Devanagari, Hangul) is read as the English
name ('στην Ελλάδα': Greece, 'בהונגריה': in Hungary): it was spelt in Latin letters and weighed as an
unknown name, so 'Predator στην Ελλάδα' (Predator in Greece) was refused, the Greek case unseen. A
country no card covers for what is asked stays refused, now for the place it names."""

from __future__ import annotations

import re

import pytest

from bot.kb.scripts import SCRIPT_WORD, spelt_out
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Χρησιμοποιήθηκε το Predator στην Ελλάδα;", "case-predatorgate-greece"),
        ("Pegasus בהונגריה", "case-pegasus-hungary"),
        ("Pegasus 멕시코", "case-pegasus-mexico-2017"),
    ],
)
def test_a_country_in_an_unread_script_is_read(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Ποιος πούλησε το Pegasus στην Κύπρο;",  # who sold Pegasus to Cyprus?
        "האם ממשלת אירלנד השתמשה ב-Pegasus?",  # did the Irish government use Pegasus?
        "क्या भारत ने हिकविज़न कैमरों पर प्रतिबंध लगाया?",  # did India ban Hikvision cameras?
    ],
)
def test_a_country_no_card_covers_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("στην Κύπρο", "Cyprus"),
        ("Κύπρος", "Cyprus"),
        ("בישראל", "Israel"),
        ("πούλησε", "poylise"),  # not a country: spelt out, an unknown word as before
    ],
)
def test_what_the_english_reading_sees(text: str, read: str) -> None:
    assert re.sub(r"\s+", " ", SCRIPT_WORD.sub(spelt_out, text)).strip().endswith(read)
