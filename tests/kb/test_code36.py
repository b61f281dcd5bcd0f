"""Code debts paid without moving an answer (session 36): the one-thing cue read from data, the
capitals no card names found once per index, the ruler patterns all kept, and the people the cards
only tell of that are no bodies or places."""

from __future__ import annotations

import pytest

from bot.kb import list_rulers, list_towns, lists
from bot.kb.list_cues import ONE_THING, one_thing_cue
from bot.kb.place_names import rulers, words_of
from tests.support.entries import kb_entry

ENTRIES = [
    kb_entry(
        "uganda-case",
        "case",
        ["Uganda"],
        ["spyware"],
        [2019],
        "Spyware found on phones in Kampala (2019)",
        "Researchers found spyware on opposition phones in Kampala. Ex-CEO Philippe Vannier was charged.",
    ),
    kb_entry(
        "press-case",
        "case",
        ["Germany"],
        ["spyware"],
        [2021],
        "A report on spyware (2021)",
        "The Süddeutsche Zeitung and Fundación Acceso reported it; the firm sits near Milan Malpensa.",
    ),
]


def _plain(question: str) -> str:
    return " ".join(words_of(question))


@pytest.mark.parametrize(
    "question",
    [
        "Which vendors were involved in that case?",
        "which companies' gear was this",
        "Welche Firmen waren in diesem Fall beteiligt?",
        "Quelles entreprises dans cette affaire ?",
        "¿Qué empresas en este caso?",
        "Quali aziende in questo caso?",
    ],
)
def test_a_pointed_thing_is_one_thing(question: str) -> None:
    assert ONE_THING.search(_plain(question))


@pytest.mark.parametrize(
    "question",
    [
        "Which vendors were involved in cases in Mexico?",
        "Which companies sold spyware to Egypt?",
        "ce caso",  # a French pointer before a Spanish noun: no language says it
        "was this firm sanctioned by the US",  # "was this" opens it: one thing only at the question's end
    ],
)
def test_a_list_question_is_not_one_thing(question: str) -> None:
    assert not ONE_THING.search(_plain(question))


def test_one_thing_reads_its_words_from_data() -> None:
    cue = one_thing_cue(
        {"one_thing": {"xx": {"pointers": ["foo"], "nouns": ["bar"]}}, "one_thing_ends": ["is foo"]}
    )
    assert cue.search("in foo bar") and cue.search("what is foo")
    assert not cue.search("in foo baz") and not cue.search("is foo here")


def test_a_capital_no_card_names_stands_for_its_country() -> None:
    names = lists.NameTable(ENTRIES)
    assert "Lusaka" in names.unnamed_capitals and "Kampala" not in names.unnamed_capitals
    towns, countries = list_towns.unnamed_capitals({"Kampala", "Lusaka", "Munich"}, set(), names)
    assert towns == {"Kampala", "Munich"} and countries == {"Zambia"}


def test_every_ruler_pattern_stays_after_warm_up() -> None:
    list_rulers.warm_up()
    countries = {row[0] for row in rulers().values()}
    assert list_rulers._place.cache_info().currsize >= len(countries)
    assert list_rulers._place.cache_info().maxsize is None and list_rulers._era.cache_info().maxsize is None


def test_the_people_the_cards_tell_of_are_people() -> None:
    names = lists.NameTable(ENTRIES)
    assert "philippe vannier" in names.body_people
    assert not {"suddeutsche zeitung", "fundacion acceso", "milan malpensa"} & set(names.body_people)
