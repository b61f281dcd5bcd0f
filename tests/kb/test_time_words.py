"""A member asking in another language about the rules 'now' or 'before 2021' asks about a state of
things, as an English 'now' or 'before 2021' does (bot/kb/time_words.py, data/time_words.yaml): until
session 15 only English time words moved the ranking, so a French or Spanish 'now' was read as
nothing and the right rule was refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.text import raw_tokens
from bot.kb.time_words import time_direction
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "Les États-Unis peuvent-ils maintenant inscrire des entreprises sur l'Entity List pour des "
        "violations des droits humains ?",
        "¿Puede EE. UU. ahora incluir empresas en la Entity List por violaciones de derechos humanos?",
    ],
)
def test_now_in_another_language_asks_the_current_rule(engine: SearchEngine, question: str) -> None:
    # main refused both (0.59, 0.57): 'maintenant' and 'ahora' were words it could not read
    answered(engine, question, "us-entity-list-human-rights")


@pytest.mark.parametrize(
    ("question", "lang", "direction"),
    [
        ("Welke EU-regels golden vóór september 2021 voor de export van spyware?", "nl", -1),
        ("Jakie przepisy obowiązywały przed wrześniem 2021?", "pl", -1),
        ("AB'nin 2021 önce kuralları", "tr", -1),  # Turkish puts 'önce' after the year
        ("Какие правила действуют после 2021 года?", "ru", 1),
        ("Quel est le nouveau règlement ?", "fr", 1),
        ("Was war die alte Verordnung?", "de", -1),
        # everyday prepositions with no year or month beside them place nothing in time
        ("Mogen bedrijven spyware voor de export verkopen?", "nl", 0),
        ("Hat Deutschland Exporte nach Ägypten 2021 genehmigt?", "de", 0),
        ("Czy NSO sprzedało Pegasusa po cichu?", "pl", 0),
    ],
)
def test_time_words_of_each_language(question: str, lang: str, direction: int) -> None:
    assert time_direction(raw_tokens(question), lang) == direction
