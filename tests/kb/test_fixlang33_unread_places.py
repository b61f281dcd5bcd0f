"""A question in a language or script nothing here reads must not be answered more boldly because its
words were dropped. 'Onko Suomen hallitus käyttänyt Pegasusta?' (Finnish: did Finland's government use
Pegasus?) lost its unread words and, 'Suomen' (of 'Suomi') not read as a place, was answered NSO Group
(.83), whose card names no Finland; a country's name whose ending replaces its own is now the country.
Hebrew 'ישראל' (Israel) said with a firm's name is the firm's home, not a place asked about: 'NSO ישראל'
is NSO Group's, as it was before the round that read it as a place (and lost the answer)."""

from __future__ import annotations

import pytest

from bot.kb.scripts import country
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Onko Suomen hallitus käyttänyt Pegasusta?",  # Finnish: did Finland's government use Pegasus?
        "Ar Lietuvos vyriausybė naudojo Pegasus?",  # Lithuanian
        "Vai Latvijas valdība izmantoja Pegasus?",  # Latvian (stays refused)
        "Guvernul român a folosit Pegasus?",  # Romanian (stays refused)
    ],
)
def test_a_country_no_card_covers_in_an_unlisted_language_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Onko Unkarin hallitus käyttänyt Pegasusta?", "case-pegasus-hungary"),  # Finnish: Hungary's
        ("Ar Lenkijos vyriausybė naudojo Pegasus?", "case-pegasus-poland"),  # Lithuanian: Poland's
        ("NSO ישראל", "nso-group"),
        ("Pegasus ישראל", "nso-group"),
        ("ישראל NSO Pegasus", "nso-group"),
        ("Candiru ישראל", "candiru"),
        ("Quadream ישראל", "quadream"),
        ("Predator στην Ελλάδα", "case-predatorgate-greece"),
        ("Pegasus בהונגריה", "case-pegasus-hungary"),
    ],
)
def test_a_country_a_card_covers_is_still_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("word", "lang", "name"),
    [
        ("Suomen", "fi", "Finland"),
        ("Lietuvos", "lt", "Lithuania"),
        ("Ruotsin", "fi", "Sweden"),
        ("Latvijas", "lv", "Latvia"),
        ("Ελλάδα", "el", "Greece"),
        ("hallitus", "fi", None),  # government: no country's stem
        ("vyriausybė", "lt", None),
        ("πούλησε", "el", None),
    ],
)
def test_an_inflected_country_name_is_read(word: str, lang: str, name: str | None) -> None:
    assert country(word, lang) == name
