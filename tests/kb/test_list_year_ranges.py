"""A list question with a range of years gets entries from that range only (attack7's review).

"Which cases happened from 2015 to 2017?" and "Which cases are from 2015?" were read as "since
2015": the since-word "from" (and "desde", "von" ... "bis") opened the period to 2100, so cases only
about 2022-2026 (Automated Apartheid, Paragon) joined the list. A member narrowing to years reads
every item as dated within them.
"""

from __future__ import annotations

import json

import pytest

from bot.kb.list_periods import period


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("which cases happened from 2015 to 2017", (2015, 2017)),
        ("que casos ocurrieron desde 2015 hasta 2018", (2015, 2018)),
        ("welche falle von 2015 bis 2017", (2015, 2017)),
        ("quels cas de 2012 a 2014", (2012, 2014)),
        # a case "from 2015" is of 2015
        ("which cases are from 2015", (2015, 2015)),
        ("entries dating from 2019", (2019, 2019)),
        # ... and so is one asked without a verb (attack8t: "cases from 2015" listed Paragon 2024)
        ("cases from 2015", (2015, 2015)),
        ("show me cases from 2019", (2019, 2019)),
        ("cases from 1990", (1990, 1990)),
        # an open period stays open
        ("which cases since 2021", (2021, 2100)),
        ("welche falle seit 2020", (2020, 2100)),
        ("cases from 2019 onwards", (2019, 2100)),
        ("which cases are from 2015 on", (2015, 2100)),
        ("cases from 2015 to now", (2015, 2100)),
    ],
)
def test_a_range_of_years_is_that_range(question: str, years: tuple[int, int]) -> None:
    assert period(question) == years


def test_no_case_outside_the_range_is_listed(cli) -> None:
    code, out, _ = cli("ask", "--json", "Which cases happened from 2015 to 2017?")
    assert code == 0
    listed = json.loads(out)["list"]
    assert listed and "case-automated-apartheid-2023" not in {item["id"] for item in listed}


def test_cases_from_one_year_are_of_that_year(cli) -> None:
    code, out, _ = cli("ask", "--json", "Which cases are from 2015?")
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert "case-hacking-team-leak-2015" in listed
    assert not listed & {"case-paragon-italy", "case-automated-apartheid-2023"}


@pytest.mark.parametrize("question", ["cases from 2015", "Any cases from 2015?"])
def test_cases_from_a_year_without_a_verb_are_of_that_year(cli, question: str) -> None:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    listed = {item["id"] for item in json.loads(out)["list"]}
    assert "case-hacking-team-leak-2015" in listed
    assert not listed & {"case-paragon-italy", "case-automated-apartheid-2023", "case-pegasus-poland"}


def test_cases_from_a_year_with_no_case_list_nothing(cli) -> None:
    code, out, _ = cli("ask", "--json", "cases from 1990")
    assert code == 0
    assert not json.loads(out).get("list")
