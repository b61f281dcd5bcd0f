"""A known vendor and a place its entry never mentions: "did Cellebrite sell UFED to Myanmar?" gets
"I don't have that", with Cellebrite still on offer, and the same question about a place the entry
does name is answered. A rule is never refused for the destination asked: it governs exports to any."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.check import CheckReport
from bot.kb.search import SearchEngine
from bot.kb.text import fold

UNPLACED = FEATURES.index("unplaced")


def _text(shipped: CheckReport, entry_id: str) -> str:
    e = next(e for e in shipped.entries if e.id == entry_id)
    return fold(" ".join((e.title, *e.aliases, e.summary, e.body, *e.countries))).casefold()


@pytest.mark.parametrize(
    ("entry_id", "place", "question"),
    [
        ("cellebrite", "myanmar", "did Cellebrite sell UFED to Myanmar?"),
        ("gamma-finfisher", "ethiopia", "did Gamma sell FinSpy to Ethiopia?"),
        ("noldus", "russia", "Has Noldus sold FaceReader to Russian police?"),
    ],
)
def test_a_sale_to_a_place_the_entry_never_mentions_is_refused(
    engine: SearchEngine, shipped: CheckReport, entry_id: str, place: str, question: str
) -> None:
    assert place not in _text(shipped, entry_id), "the entry now names the place: pick another"
    result = engine.search(question)
    assert not result.answered, (result.entry.id if result.entry else None, result.confidence)
    assert entry_id in [a.id for a in result.alternatives[:3]]


@pytest.mark.parametrize(
    ("expected", "question"),
    [
        ("cellebrite", "did Cellebrite sell UFED to Belarus?"),
        ("case-finfisher-bahrain", "did Gamma sell FinSpy to Bahrain?"),
        ("noldus", "did Noldus sell FaceReader to China?"),
        # a rule's scope: the destination is what the member wants checked against it
        ("eu-dual-use-2021-821", "does the EU dual-use regulation cover exports to Myanmar?"),
    ],
)
def test_the_same_question_about_a_place_the_entry_names_is_answered(
    engine: SearchEngine, expected: str, question: str
) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == expected, (
        result.entry.id if result.entry else None,
        result.confidence,
    )


def _unplaced(engine: SearchEngine, question: str) -> dict[str, float]:
    return {engine.entries[i].id: x[UNPLACED] for i, _, x in engine.evidence(question)}


def test_places_weigh_only_against_entries_that_never_mention_them(
    engine: SearchEngine, shipped: CheckReport
) -> None:
    """Counted per candidate: the vendor lacks Myanmar, the case about Myanmar has it, a rule that
    never names it is exempt, and a long story's passing places are not counted at all."""
    sale = _unplaced(engine, "did Cellebrite sell UFED to Myanmar?")
    assert sale["cellebrite"] == 1.0 and sale["case-cognyte-myanmar"] == 0.0
    assert "myanmar" not in _text(shipped, "eu-dual-use-2021-821")
    assert (
        _unplaced(engine, "does the EU dual-use regulation cover exports to Myanmar?")["eu-dual-use-2021-821"]
        == 0.0
    )
    story = (
        "Our group in Yangon keeps hearing that phone-cracking kits reach the police through resellers, "
        "and someone mentioned Myanmar in the same breath as Belarus. Did Cellebrite sell UFED there?"
    )
    assert all(x[UNPLACED] == 0.0 for _, _, x in engine.evidence(story))
