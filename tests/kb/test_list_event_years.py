"""A list question's year is the year of the fact it asks about, not any year of the entry
(attack7's review).

"Which vendors were added to the Entity List in 2021?" listed SenseTime and Dahua (listed in 2019) and
Intellexa (listed in 2023), because each mentions 2021 somewhere; "...in 2019?" listed NSO (listed in
2021); "Which companies were sanctioned in 2024?" listed NSO, whose 2024 fact is a court ruling. Each
named firm then stood on the list for a listing or sanction it never had that year. Dates from the
knowledge entries (knowledge/vendors/*.md) and the brief: Entity List Oct 2019 (Hikvision, Dahua,
SenseTime group, Meiya Pico), Nov 2021 (NSO, Candiru, Positive Technologies, COSEINC), July 2023
(Intellexa); OFAC on Intellexa March 2024; Entity List on Sandvine Feb 2024.
"""

from __future__ import annotations

import json

import pytest


def _listed(cli, question: str) -> set[str]:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    return {item["id"] for item in json.loads(out).get("list", [])}  # none: no list answer


LISTED_2019 = {"hikvision", "dahua", "sensetime-megvii-iflytek-yitu"}
LISTED_2021 = {"nso-group", "candiru"}


@pytest.mark.parametrize(
    "question",
    [
        "Which vendors were added to the Entity List in 2021?",
        "Welche Firmen wurden 2021 auf die Entity List gesetzt?",
        "¿Qué empresas fueron añadidas a la Entity List en 2021?",
    ],
)
def test_added_in_2021_lists_the_2021_listings_only(cli, question: str) -> None:
    listed = _listed(cli, question)
    assert listed >= LISTED_2021
    assert not listed & (LISTED_2019 | {"intellexa-cytrox"})


@pytest.mark.parametrize(
    "question",
    [
        "Which vendors were added to the Entity List in 2019?",
        "Quelles entreprises ont été ajoutées à l'Entity List en 2019 ?",
    ],
)
def test_added_in_2019_lists_the_2019_listings_only(cli, question: str) -> None:
    listed = _listed(cli, question)
    assert listed >= LISTED_2019
    assert not listed & (LISTED_2021 | {"intellexa-cytrox"})


def test_a_date_right_after_the_listing_is_the_listings(cli) -> None:
    """Intellexa's summary: "US Entity List (July 2023) and the first US Treasury sanctions on a
    spyware organisation (March 2024)": its Entity List date is 2023, whatever else happened in 2024."""
    listed = _listed(cli, "Which vendors were added to the Entity List in 2024?")
    assert "sandvine" in listed
    assert "intellexa-cytrox" not in listed


def test_a_charge_is_dated_by_its_own_part_of_the_sentence(cli) -> None:
    """Gamma: "investigated ... (July 2019); searches in Oct 2020, insolvency in early 2022, four
    managers charged on 3 May 2023": charged in 2023, not in 2019 or 2022."""
    assert "gamma-finfisher" in _listed(cli, "Which companies were charged in 2023?")
    assert "gamma-finfisher" not in _listed(cli, "Which companies were charged in 2022?")


@pytest.mark.parametrize(
    "question",
    [
        "Which companies were sanctioned in 2024?",
        "Welche Firmen wurden 2024 sanktioniert?",
        "¿Qué empresas fueron sancionadas en 2024?",
        "Quelles entreprises ont été sanctionnées en 2024 ?",
    ],
)
def test_a_court_ruling_in_2024_is_no_sanction_in_2024(cli, question: str) -> None:
    listed = _listed(cli, question)
    assert {"intellexa-cytrox", "sandvine"} <= listed
    assert "nso-group" not in listed  # listed in 2021; its 2024 fact is the WhatsApp ruling


def test_a_period_without_an_event_still_takes_any_year_of_the_entry(cli) -> None:
    """Control: "which companies ... since 2021" with no event keeps every firm with a fact then."""
    listed = _listed(cli, "Which spyware companies are there since 2023?")
    # Intellexa's years run 2021-2024; NSO has 2023-2025 facts (PEGA report, the WhatsApp case)
    assert {"intellexa-cytrox", "nso-group"} <= listed


def test_the_fine_is_dated_by_its_own_year(cli) -> None:
    """Area agreed a $100,000 US penalty in 2014; in 2016 Milan prosecutors seized EUR 7m in a probe,
    which is no fine ("the US fined it $100,000 in 2014, and ... seized about EUR 7 million in 2016")."""
    assert "area-spa" in _listed(cli, "Which companies were fined in 2014?")
    assert "area-spa" not in _listed(cli, "Which companies were fined in 2016?")
