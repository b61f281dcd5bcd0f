"""List questions in other languages' grammar (issue 10, list questions): a firm's seat said before
its place ("con sede in Italia", "mit Sitz in Israel", "z siedzibą w Izraelu") is where the firms
come from, not where their gear went; Italian "elencami" and the Polish genitive after "lista
wszystkich" ask for a list as "list" and "which" do; Turkish "kayıtları" (the records) asks for
every entry. Near misses: a sale "in Italia" stays a destination, a Turkish singular "skandalı" stays
one answer, and a seat where no firm is held lists nothing."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("Elencami i fornitori con sede in Italia", {"area-spa", "rcs-lab"}, {"paragon-solutions"}),
        ("Welche Firmen mit Sitz in Israel verkaufen Spyware?", {"nso-group", "candiru"}, {"hacking-team"}),
        ("Które firmy z siedzibą w Izraelu sprzedają programy szpiegujące?", {"nso-group"}, {"rcs-lab"}),
        ("¿Qué empresas con sede en Israel venden spyware?", {"nso-group", "quadream"}, {"gamma-finfisher"}),
    ],
)
def test_a_seat_before_the_place_is_the_firms_home(kb, question, wanted, unwanted) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert not unwanted & got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("elencatemi i casi in Messico", {"case-pegasus-mexico-2017"}),
        ("Lista wszystkich przypadków w Meksyku", {"case-pegasus-mexico-2017"}),
        ("Yunanistan'daki tüm kayıtları listeler misin?", {"case-predatorgate-greece"}),
    ],
)
def test_other_languages_list_requests_are_lists(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


def test_a_sale_in_the_place_stays_where_the_gear_went(kb) -> None:
    # "in Italia" after a sale: the cases there, not Italy's own firms
    got = listed(kb, "Quali aziende hanno venduto spyware in Italia?")
    assert "paragon-solutions" in got
    assert "hacking-team" not in got


@pytest.mark.parametrize(
    "question",
    [
        "Yunanistan'daki Predator skandalı nedir?",  # one scandal: the engine's answer
        "Elencami i fornitori con sede in Islanda",  # no firm held there: no list
        "Welche Firmen mit Sitz in Norwegen verkaufen Spyware?",
    ],
)
def test_near_misses_are_no_list(kb, question) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    "question",
    ["¿Qué casos de Pegasus hay en Latinoamérica?", "dime los casos de Pegasus en latinoamerica"],
)
def test_latin_america_in_iberian_words_is_the_region(kb, question) -> None:
    # the region's cases only: Hungary's and Poland's Pegasus cases are not in Latin America
    got = listed(kb, question)
    assert "case-pegasus-mexico-2017" in got
    assert not {"case-pegasus-hungary", "case-pegasus-poland"} & got
