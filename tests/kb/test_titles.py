"""A member who knows a vendor by a name its title carries (a former name, a product, one of two
partners) finds the entry without an editor repeating that name as an alias."""

from __future__ import annotations

import pytest

from bot.kb.titles import short_titles


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("IDEMIA (formerly Morpho)", {"IDEMIA", "Morpho"}),
        ("Intellexa / Cytrox (Predator spyware)", {"Intellexa", "Cytrox", "Predator", "Predator spyware"}),
        ("FinFisher: FinSpy maker", {"FinFisher"}),
        ("Hikvision - cameras", {"Hikvision"}),
    ],
)
def test_a_title_implies_the_names_members_use(title: str, names: set[str]) -> None:
    assert names <= set(short_titles(title))


@pytest.mark.parametrize("title", ["Hikvision", "EU Dual-Use Regulation", "Case (2019)"])
def test_a_plain_title_or_a_bare_year_implies_no_other_name(title: str) -> None:
    assert "2019" not in short_titles(title)
    assert title not in short_titles(title)
