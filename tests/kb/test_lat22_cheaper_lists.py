"""A list question's places and names read with fewer look-ups (issue 10 item 6: search latency
within 2 ms p99). Each word was tried as the start of every country name, inflected form, adjective
of origin and city (~10 look-ups a word, most words beginning none); now only a word whose first
letters begin one is. What is read must not change: the same places in every form a member writes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.kb import cities, list_countries, list_demonyms, places
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.place_names import words_of


def test_a_long_questions_words_are_not_each_asked_whether_they_are_an_inflected_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[Sequence[str]] = []
    real = places.inflected

    def spy(words: Sequence[str]) -> str | None:
        asked.append(tuple(words))
        return real(words)

    monkeypatch.setattr(places, "inflected", spy)
    question = "Kto dostarczał oprogramowanie szpiegujące służbom w Wielkiej Brytanii i w Meksyku? (lat22)"
    spans = places.place_spans(words_of(question), question)
    assert {s[2] for s in spans} == {"United Kingdom", "Mexico"}
    assert len(asked) <= 4  # the words that begin a name ('wielkiej', 'meksyku'), not all ~25 runs


@pytest.mark.parametrize(
    ("question", "countries"),
    [
        ("Welche Firmen lieferten Spähsoftware nach Ägypten und Bahrain? (lat22)", {"Egypt", "Bahrain"}),
        # a region: its first member by name
        ("which vendors sold gear to the gulf states (lat22)", {"Bahrain"}),
        ("Firms from the States that sold to Libya? (lat22)", {"United States", "Libya"}),
        ("Welke bedrijven uit de VS verkochten spyware? (lat22)", {"United States"}),
        ("which US firms sold to Burma? (lat22)", {"United States", "Myanmar"}),
        ("شركات إسرائيلية باعت برامج تجسس إلى الإمارات", {"Israel", "United Arab Emirates"}),
        ("ما هي الشركات الصينية التي باعت كاميرات؟", {"China"}),  # an article and an ending
        ("quali aziende israeliane hanno venduto spyware? (lat22)", {"Israel"}),
    ],
)
def test_places_are_still_read_in_every_form(question: str, countries: set[str]) -> None:
    spans = places.place_spans(words_of(question), question)
    assert {s[2] for s in spans} == countries


def test_a_list_questions_words_are_not_each_tried_as_a_city(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[Sequence[str]] = []
    real = cities.city

    def spy(words: Sequence[str], written: str = "") -> str | None:
        tried.append(tuple(words))
        return real(words, written)

    monkeypatch.setattr(cities, "city", spy)
    question = "Which surveillance companies based in Tel Aviv sold tools to the police in Москве? (lat22)"
    where, homes, home_towns = cities.cities_asked(question, VENDOR_NOUNS)
    # 'companies based in Tel Aviv' is the firms' home (lang24: cities.py `_noun_before`)
    assert (where, homes, home_towns) == ({"Russia"}, {"Israel"}, {"Tel Aviv"})
    assert len(tried) <= 8  # 'Tel Aviv' and 'Москве' (Moscow)


@pytest.mark.parametrize(
    ("words", "where", "homes"),
    [
        ("which swiss firms sold spyware", set(), {"Switzerland"}),
        ("the australian export rules on spyware", {"Australia"}, set()),
        ("entreprises suisses de surveillance", set(), {"Switzerland"}),
        ("kenyan police bought spyware", {"Kenya"}, set()),
        ("which firms sold spyware to kenya", set(), set()),  # a country's name: places.py reads it
    ],
)
def test_adjectives_only_lists_read_are_still_read(words: str, where: set[str], homes: set[str]) -> None:
    assert list_demonyms.other_places(words.split(), VENDOR_NOUNS) == (where, homes)


@pytest.mark.parametrize(
    ("question", "victims"),
    [
        ("Predator spyware victims?", True),
        ("which FinFisher targets were journalists", True),
        ("which firms sold FinFisher to Ethiopia", False),
        ("how many of the catalan targets were hit with candiru and what did the court say", False),
    ],
)
def test_a_question_asking_for_victims_is_still_read(question: str, victims: bool) -> None:
    assert list_countries.asks_victims(question, None) is victims
