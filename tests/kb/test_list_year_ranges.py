"""A list question with a range of years gets entries from that range only (attack7's review).

"Which cases happened from 2015 to 2017?" was read as "since 2015": the since-word "from" (and
"desde", "von" ... "bis") opened the period to 2100, so cases only about 2022-2024 (Automated
Apartheid) joined the list. A member narrowing to years reads every item as dated within them.
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
        # an open period stays open
        ("which cases since 2021", (2021, 2100)),
        ("welche falle seit 2020", (2020, 2100)),
        ("cases from 2019 onwards", (2019, 2100)),
    ],
)
def test_a_range_of_years_is_that_range(question: str, years: tuple[int, int]) -> None:
    assert period(question) == years


def test_no_case_outside_the_range_is_listed(cli) -> None:
    code, out, _ = cli("ask", "--json", "Which cases happened from 2015 to 2017?")
    assert code == 0
    listed = json.loads(out)["list"]
    assert listed and "case-automated-apartheid-2023" not in {item["id"] for item in listed}
