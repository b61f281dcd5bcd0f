"""A list of who was fined names each firm's own fine, by the authority asked about (gap10, truth review).

"Which companies paid US penalties over Syria gear?" listed Blue Coat, whose summary says only that its
Dubai distributor Computerlinks paid a US settlement (facts: Blue Coat was not penalised), and Clearview
AI, fined by European regulators, not by the US: "US" was read as a place the gear went or a firm's
home, and any fine word anywhere in an entry made it fined.
"""

from __future__ import annotations

import pytest

US_FINED_OVER_SYRIA = {"area-spa", "computerlinks"}  # BIS: $100,000 (2014), $2.8m settlement (2013)


@pytest.mark.parametrize(
    "question",
    [
        "which companies paid US penalties over Syria gear?",
        "which companies were fined by the US over Syria?",
        "welke bedrijven kregen een boete van de VS?",
    ],
)
def test_us_fines_list_the_firms_the_us_fined(listed, question: str) -> None:
    listed = listed(question)
    assert listed >= US_FINED_OVER_SYRIA
    assert "blue-coat" not in listed  # its distributor paid, not Blue Coat
    assert not listed & {"clearview-ai", "case-clearview-eu-enforcement"}  # fined in Europe


def test_a_firm_is_not_fined_for_its_distributors_penalty(listed) -> None:
    listed = listed("which companies were fined?")
    assert listed >= US_FINED_OVER_SYRIA | {"clearview-ai"}
    assert "blue-coat" not in listed


def test_fined_by_the_eu_is_clearview_not_the_us_penalties(listed) -> None:
    listed = listed("which companies were fined by the EU?")
    assert "clearview-ai" in listed
    assert not listed & US_FINED_OVER_SYRIA
