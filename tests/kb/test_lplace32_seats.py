"""A firm's seat in a town and vague requests for material on a place (lplace32).

Before: "what companies are based in Hangzhou", "quais empresas têm sede em Hangzhou?" and "any
companies out of Hangzhou in your files?" listed every Chinese entry (P .17); "Aziende con sede a
Milano o nei dintorni" and "material on Palestinians" got nothing. Each shape is tested on other towns
and places than those questions, with twins that must stay as they were.
"""

from __future__ import annotations

import pytest

from bot.kb.cities import cities_asked
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.place_names import country_name
from tests.kb.listing import listed

MILAN_FIRMS = {"area-spa", "hacking-team", "rcs-lab"}


@pytest.mark.parametrize(
    "question",
    [
        "which firms are headquartered in Milan?",  # the seat a few words after the noun of firms
        "empresas con sede en Milán",  # Spanish "en", and no list cue: the seat says firms
        "quali aziende hanno sede a Milano?",
        "any companies out of Milan?",  # "out of" after a noun of firms: their home town
    ],
)
def test_firms_seated_in_a_town_are_those_of_the_town(service, question: str) -> None:
    assert listed(service, question) == MILAN_FIRMS


def test_a_town_no_firm_is_seated_in_lists_nothing(service) -> None:
    # no card holds a firm of Madrid: not every Spanish firm instead
    assert not listed(service, "empresas con sede en Madrid")


@pytest.mark.parametrize(
    "words",
    [
        "I'm a Ugandan journalist based in Nairobi",  # a person's seat is no firm's home
        "a researcher based in Milan asked about Egypt",
    ],
)
def test_a_person_based_in_a_town_names_no_home(words: str) -> None:
    assert cities_asked(words, VENDOR_NOUNS)[2] == set()


def test_suppliers_of_a_town_stay_its_suppliers(service) -> None:
    # "suppliers of Tripoli's apparatus": where gear went, not read as the firms' home by the seat rule
    assert "case-amesys-libya" in listed(service, "suppliers of Tripoli's monitoring apparatus under Gaddafi")


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("material on Bahrain", {"case-finfisher-bahrain"}),
        ("stuff about Hungary", {"case-pegasus-hungary"}),
    ],
)
def test_material_on_a_place_is_everything_there(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


def test_material_on_an_unknown_firm_is_no_list(service) -> None:
    assert not listed(service, "material on a firm called Orbitrix Signals")


# fixplace32: "training material on digital security" listed Hikvision, an Amnesty report and Meiya
# Pico; "good material on export control law?" 10 entries. A vague noun's request is about a place, a
# firm or something an entry names; a firm's request gets its card first, then its cases.
@pytest.mark.parametrize(
    "question",
    [
        "training material on digital security",
        "good material on export control law?",
        "stuff about encryption",
    ],
)
def test_material_on_a_topic_is_no_list(service, question: str) -> None:
    assert not listed(service, question)


@pytest.mark.parametrize(
    ("question", "card", "case"),
    [
        ("material on NSO", "nso-group", "case-whatsapp-v-nso"),
        ("stuff about Hikvision", "hikvision", "case-hikvision-dahua-xinjiang"),
    ],
)
def test_material_on_a_firm_is_its_card_then_its_cases(service, question: str, card: str, case: str) -> None:
    answer = service.search(question)
    assert answer.entry is not None and answer.entry.id == card
    assert case in {e.id for e in answer.items}


def test_material_on_a_people_named_as_written_still_lists(service) -> None:
    assert "case-automated-apartheid-2023" in listed(service, "material on Palestinians")


@pytest.mark.parametrize(
    ("typed", "country"),
    [("Kadhafi", "Libya"), ("القذافي", "Libya"), ("dubai", "United Arab Emirates"), ("USA", "United States")],
)
def test_short_names_and_rulers_name_their_country(typed: str, country: str) -> None:
    # read from data/list_words.yaml `place_extra_names`, no longer hard-coded in place_names.py
    assert country_name(typed) == country


# fixplace32: Spanish and French 'en' says a home; Dutch 'en' ("and") after a noun of firms says none.
@pytest.mark.parametrize(
    ("question", "homes"),
    [
        ("empresas en Barcelona", {"Spain"}),
        ("entreprises en Toulouse", {"France"}),
        ("bedrijven en Den Haag", set()),
        ("welke bedrijven en Eindhoven werken samen?", set()),
    ],
)
def test_en_says_a_home_only_where_it_is_not_and(question: str, homes: set[str]) -> None:
    from bot.kb.cities import cities_asked
    from bot.kb.list_asks import KIND_NOUNS

    assert cities_asked(question, KIND_NOUNS["vendor"])[1] == homes
