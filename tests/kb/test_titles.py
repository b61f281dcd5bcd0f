"""A member who knows a vendor by a name its title carries (a former name, a product, one of two
partners) finds the entry without an editor repeating that name as an alias."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
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


@pytest.mark.parametrize(
    ("title", "not_names"),
    [
        ("BAE Systems (United Kingdom)", {"United Kingdom"}),
        ("Ahmed Mansoor (UAE): targeted with spyware", {"UAE"}),
        ("Candiru spyware victims exposed by Microsoft (July 2021)", {"July 2021"}),
        ("Axis cameras and Chinese police (Amnesty, 2020)", {"Amnesty, 2020", "Amnesty"}),
    ],
)
def test_a_place_or_a_date_in_a_title_is_no_name(title: str, not_names: set[str]) -> None:
    assert not not_names & set(short_titles(title))


def test_a_question_naming_a_country_names_no_firm_from_there(engine: SearchEngine) -> None:
    # 'United States' named NetApp and 'UAE' Ahmed Mansoor's case, whatever was asked: a Chinese
    # question about Hytera's guilty plea in the US (美国) was answered with NetApp's card at 0.87
    for question in ("which companies from the united states sold to syria", "did the uae buy pegasus"):
        _, named = engine.index.named(engine.index.analyse(question).corrected)  # named outright
        assert not {engine.entries[i].id for i in named} & {"netapp", "case-ahmed-mansoor", "bae-systems"}
    result = engine.search("海能达在美国认罪是因为什么？")
    assert result.entry is None or result.entry.id != "netapp", result.confidence
