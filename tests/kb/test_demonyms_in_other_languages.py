"""A place named by its adjective in another language (issue 10, session 16): "A NSO vendeu o
Pegasus para o governo brasileiro?" was answered (0.75) with NSO's card, which never names Brazil;
"the Brazilian government" was refused, 'brasileiro' was not read as a place. The adjectives of
origin of the places the cases tell of, in the campaign's languages, are data
(bot/kb/data/list_words.yaml, other_demonyms), read by the feature `elsewhere` as the English ones.
"""

from __future__ import annotations

import pytest

from bot.kb.elsewhere import asked_places
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("O governo brasileiro comprou o Pegasus da NSO?", "nso-group"),
        ("A polícia brasileira usa o UFED da Cellebrite?", "cellebrite"),
    ],
)
def test_a_place_the_entry_never_names_is_refused(engine: SearchEngine, question: str, offered: str) -> None:
    refused(engine, question, offered)


def test_a_place_the_entry_names_is_answered(engine: SearchEngine) -> None:
    answered(
        engine, "Hat die ungarische Regierung Pegasus gegen Journalisten eingesetzt?", "case-pegasus-hungary"
    )


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("a Cellebrite vende para a Polícia Federal brasileira?", "Brazil"),
        ("¿Variston le vendió al CNI español?", "Spain"),
        ("¿La policía mexicana compró Pegasus?", "Mexico"),
        ("Hat die ungarische Regierung Pegasus gekauft?", "Hungary"),
        ("Le gouvernement marocain a-t-il utilisé Pegasus ?", "Morocco"),
    ],
)
def test_the_adjectives_read_as_places(question: str, place: str) -> None:
    assert place in dict(asked_places(question))


@pytest.mark.parametrize(
    "question",
    [
        "explica em espanhol o que é a Cellebrite",
        "explica en español qué es Cellebrite",
        "spiegami in spagnolo cos'è Cellebrite",
        "kannst du auf Spanisch erklären, was Cellebrite ist?",
    ],
)
def test_a_language_asked_in_is_no_place(engine: SearchEngine, question: str) -> None:
    # 'espanhol', 'spagnolo' after 'em', 'in' name the language of the answer: int16 read Spain,
    # which Cellebrite's cards never name, and refused (0.06; main answered 0.75)
    assert "Spain" not in dict(asked_places(question))
    answered(engine, question, "cellebrite")


def test_an_adjective_after_in_on_its_noun_is_still_a_place() -> None:
    assert "Hungary" in dict(asked_places("Was berichten die in ungarischen Medien über Pegasus?"))
