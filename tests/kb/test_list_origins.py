"""Where firms come from, as members ask it: "from the UK" (an article before the place), "which ones?"
after the firms, and a firm whose summary gives it two origins ("Anglo-German maker of FinFisher").
Each used to list firms that merely sold to the place, their cases and the place's rules, or to leave
the Anglo-German firm out of the German ones."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which companies are from the UK?", {"bae-systems", "gamma-finfisher"}),
        ("which firms come from the Netherlands?", {"noldus", "tkh-group"}),
        ("Welche Firmen kommen aus den Niederlanden?", {"noldus", "tkh-group"}),
    ],
)
def test_firms_from_the_place_are_the_firms_based_there(kb, question, wanted) -> None:
    assert listed(kb, question) == wanted


def test_which_ones_after_the_firms_asks_for_the_firms(kb) -> None:
    got = listed(kb, "firms from the US - which ones?")
    assert {"blue-coat", "clearview-ai", "narus"} <= got
    assert not {e for e in got if e.startswith(("case-", "us-"))}  # not the US rules, nor cases


@pytest.mark.parametrize(
    "question",
    ["which German companies do you have?", "welche deutschen Firmen kommen vor?", "every German firm pls"],
)
def test_a_firm_of_two_origins_is_listed_under_both(kb, question) -> None:
    # "Anglo-German maker of FinFisher/FinSpy": its home listed first is the United Kingdom
    assert {"gamma-finfisher", "trovicor", "utimaco"} <= listed(kb, question)
    assert "gamma-finfisher" in listed(kb, "which British companies do you have?")
    # a place it merely sold to is no origin
    assert "gamma-finfisher" not in listed(kb, "which Turkish companies do you have?")
