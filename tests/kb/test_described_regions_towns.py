"""A firm described by its region or a town no time zone is named after (data/cities.yaml): a
region stands for its country as a town does, and fits a card that names it or one of its towns
('Lombardy': Area's card says Varese). A region or town whose firm the card does not place there is
held (holds.town_unnamed, elsewhere.py): on main the unknown town or region was no place at all, and
'which Quebec company sold DPI to Egypt?' answered Sandvine's case (Waterloo, Ontario) at 0.65."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

SANDVINE = ("sandvine", "case-sandvine-turkey-belarus-egypt")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on main at 0.55, 0.54, 0.62 and 0.15
        ("which Ontario company sold DPI to Egypt?", SANDVINE),
        ("which Scania camera maker sold to Chinese police?", ("axis-communications", "case-axis-china-psb")),
        ("which Wageningen firm sold behaviour-analysis software to China?", ("noldus", "case-noldus-china")),
        ("which Lombardy firm built Syria's email interception?", ("area-spa", "case-area-syria")),
    ],
)
def test_a_firm_described_by_its_region_or_town_is_answered(
    engine: SearchEngine, question: str, entry: tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # answered on main at 0.65 and 0.71: a region or town the card never places its firm in
        "which Quebec company sold DPI to Egypt?",
        "which Eindhoven firm sold behaviour-analysis software to China?",
        "which Lazio company sold interception gear to Syria?",
        "which Piedmont firm built Syria's email interception?",
        "which Kitchener company sold DPI to Egypt?",
        "which Malmö camera maker sold to Chinese police?",
        # answered on int23 before these rows at 0.66-0.91 (review23): no card places a firm there
        "which Salzburg company developed the Subzero spyware?",
        "which Texas company sold deep packet inspection to Egypt?",
        "which Provence company sold Eagle to Libya?",
        "which Florida firm bought Paragon?",
    ],
)
def test_a_region_or_town_the_card_does_not_name_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the country the new towns and regions stand for still answers
        ("which Austrian company developed the Subzero spyware?", ("dsirf",)),
        ("which French company sold Eagle to Libya?", ("case-amesys-libya", "amesys-nexa")),
    ],
)
def test_the_country_of_a_new_town_or_region_still_answers(
    engine: SearchEngine, question: str, entry: tuple[str, ...]
) -> None:
    answered(engine, question, entry)
