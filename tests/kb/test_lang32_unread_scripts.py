"""A question in a script nothing reads (Greek, Hebrew, Devanagari, Hangul): its words were out of
the tokens altogether, so 'Ποιος πούλησε το Pegasus στην Κύπρο;' (who sold Pegasus to Cyprus?) read
as 'Pegasus' alone and answered NSO Group at 0.96, and 'did the Irish government use Pegasus?' in
Hebrew or Hindi likewise: a wrong answer, its place unseen. Now its words are spelt in Latin letters
and weigh as the unknown words they are (refused, honestly), save its language's commonest words
('is', 'what'), so 'what is NSO?' is still NSO Group's."""

from __future__ import annotations

import pytest

from bot.kb.language import unread_script
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Ποιος πούλησε το Pegasus στην Κύπρο;",
        "האם ממשלת אירלנד השתמשה ב-Pegasus?",
        "क्या आयरलैंड सरकार ने Pegasus का इस्तेमाल किया?",
    ],
)
def test_a_place_in_an_unread_script_is_not_passed_over(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Τι είναι η Intellexa;", "intellexa-cytrox"),
        ("מה זה NSO?", "nso-group"),
        ("What is Pegasus?", "nso-group"),
    ],
)
def test_what_is_a_name_in_an_unread_script(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


def test_the_share_of_words_unread() -> None:
    assert unread_script("What is Pegasus?") == 0.0
    assert unread_script("Какой регламент?") == 0.0  # Cyrillic is read
    assert unread_script("מה זה NSO?") == pytest.approx(2 / 3)


@pytest.mark.parametrize("question", ["สปายแวร์ Pegasus ขายให้ไอร์แลนด์ไหม", "Ի՞նչ է Pegasus-ը Հայաստանում"])
def test_a_script_wordfreq_lacks_is_read_too(engine: SearchEngine, question: str) -> None:
    """Thai, Armenian: no word list, every word spelt out (no failure looking one up)."""
    refused(engine, question)
