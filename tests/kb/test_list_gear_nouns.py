""" "Who makes X appliances?": what members call network gear ("appliances", "hardware", "boxes")
narrows no firm and points at no one thing, as "gear" and "equipment" do; "traffic shaping",
"traffic management" and "bandwidth management" are how members (and the vendors' cards) say deep
packet inspection gear. Issue 10, list questions: "who makes ... bandwidth-management appliances"
listed nothing. Near misses: one firm's appliance, or a named firm's sale, stays one answer."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "who sells traffic management hardware?",
        "who builds bandwidth management appliances?",
        "who makes deep packet inspection appliances",
    ],
)
def test_network_gear_words_ask_for_the_firms(kb, question) -> None:
    got = listed(kb, question)
    assert {"sandvine", "allot"} <= got
    assert "nso-group" not in got


@pytest.mark.parametrize(
    "question",
    ["who makes the appliance Sandvine sold to Turkey?", "who built that traffic management box?"],
)
def test_one_appliance_is_no_list(kb, question) -> None:
    assert listed(kb, question) == set()
