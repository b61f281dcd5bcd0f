"""A short question naming a firm by a name of several words is not answered by a card that never
writes that name, even when it uses each word apart (session 28, review28): 'What did the Senate say
about Hacking Team?' got the Polish Pegasus case (0.66 in German, Spanish, Italian, Russian), whose
card says 'hacked' and 'a team of three prosecutors' and names a Senate committee, but never Hacking
Team. The firm's own card and the cards naming it still answer it."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "What did the Senate say about Hacking Team?",
        "Was hat der Senat über Hacking Team gesagt?",
        "¿Qué dijo el Senado sobre Hacking Team?",
    ],
)
def test_a_card_using_the_names_words_apart_does_not_answer(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not (result.answered and result.entry is not None and result.entry.id == "case-pegasus-poland")


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("tell me about hacking team", ("hacking-team",)),
        ("what did Hacking Team sell to Sudan?", ("case-hacking-team-leak-2015", "hacking-team")),
    ],
)
def test_the_cards_that_write_the_name_still_answer(
    engine: SearchEngine, question: str, entries: tuple[str, ...]
) -> None:
    answered(engine, question, entries)
