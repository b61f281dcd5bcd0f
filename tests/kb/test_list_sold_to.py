"""A "sold to <country>" list never names a company for being *from* that country.

A vendor's countries begin with its home (knowledge/README.md), and a case lists the home countries
of the firms it names beside the places the gear went. Read as destinations, "Which vendors supplied
the United States?" listed the American firm that supplied Syria, and "Which companies sold spyware
to Israel?" every Israeli spyware maker, under "N entries in the knowledge base answer that": a fact
the knowledge does not hold, in front of campaigners who repeat it.
"""

from __future__ import annotations

import pytest

from tests.kb.listing import listed
from tests.support.entries import kb_entry

ENTRIES = [
    kb_entry(
        "netgear-us",
        "vendor",
        ["United States", "Syria"],
        ["internet filtering"],
        [2011],
        "Filterco Inc.",
        "American maker of web-filtering appliances later found in Syria.",
    ),
    kb_entry(
        "case-filterco-syria",
        "case",
        ["United States", "Syria"],
        ["internet filtering"],
        [2011],
        "Filterco appliances in Syria (2011)",
        "Filterco appliances were found filtering the Syrian internet.",
    ).model_copy(update={"related": ["netgear-us"]}),
    kb_entry(
        "telaviv-spy",
        "vendor",
        ["Israel", "Mexico"],
        ["spyware"],
        [2017],
        "Cedarspy Ltd",
        "Israeli spyware vendor selling to governments.",
        ["Cedarspy"],
    ),
    kb_entry(
        "milano-spy",
        "vendor",
        ["Italy", "Sudan"],
        ["spyware"],
        [2015],
        "Navigli Spyware Srl",
        "Italian spyware vendor.",
        ["Navigli"],
    ),
    kb_entry(
        "case-mexico-lawyers",
        "case",
        ["Mexico", "Israel", "Italy"],
        ["spyware"],
        [2017],
        "Mexican lawyers targeted with Cedarspy and Navigli spyware (2017)",
        "Lawyers in Mexico were targeted with Cedarspy and Navigli Spyware tools sold to the government.",
    ).model_copy(update={"related": ["telaviv-spy", "milano-spy"]}),
]


@pytest.mark.parametrize(
    ("question", "not_sold_there"),
    [
        ("Which vendors supplied the United States?", "netgear-us"),  # its home, and its case's
        ("Which companies sold spyware to Israel?", "telaviv-spy"),  # home; the case lists it too
        ("Which companies sold spyware to Italy?", "telaviv-spy"),  # Italy is the other firm's home
        ("Which companies sold spyware to Italy?", "milano-spy"),
    ],
)
def test_a_company_is_not_listed_as_selling_to_its_own_home(service, question, not_sold_there) -> None:
    assert not_sold_there not in listed(service, question, kind="vendor")


def test_where_the_gear_went_still_lists_the_company(service) -> None:
    assert "netgear-us" in listed(service, "Which vendors supplied Syria?", kind="vendor")
    assert listed(service, "Which companies sold spyware to Mexico?", kind="vendor") == {
        "telaviv-spy",
        "milano-spy",
    }
    # Where the companies come from is still asked for by their origin, not as a destination.
    assert listed(service, "Which Israeli or Italian companies do you have?", kind="vendor") == {
        "telaviv-spy",
        "milano-spy",
    }
