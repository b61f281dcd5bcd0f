"""Near misses: a known company or case asked for what its entry does not hold gets "I don't have
that", with the entry still on offer, never its card with nothing about what was asked; the same
question about what the entry does hold is answered.

Two gaps, one table: a kind of fact no entry holds ("who owns utimaco today?": see test_facts.py for
how the kinds are read), and a place the entry never mentions ("did Cellebrite sell UFED to
Myanmar?"). A rule is never refused for the destination asked: it governs exports to any.
"""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.check import CheckReport
from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from bot.kb.text import fold
from tests.kb.answers import answered, refused

FACTS = default_fact_kinds()
UNPLACED = FEATURES.index("unplaced")
FACT = None  # the gap is a kind of fact, not a place


def _text(shipped: CheckReport, entry_id: str) -> str:
    e = next(e for e in shipped.entries if e.id == entry_id)
    return fold(" ".join((e.title, *e.aliases, e.summary, e.body, *e.countries))).casefold()


@pytest.mark.parametrize(
    ("entry_id", "place", "question"),
    [
        ("utimaco", FACT, "who owns utimaco today?"),
        ("hikvision", FACT, "What is Hikvision's annual revenue?"),
        ("candiru", FACT, "who is the CEO of candiru"),
        # a known case or firm, and where its entry stops: a court's outcome, a fine, advice
        ("case-area-syria", FACT, "were the Area SpA managers convicted in Italy?"),
        ("trovicor", FACT, "Was Trovicor fined in Germany?"),
        ("axis-communications", FACT, "should I boycott Axis cameras?"),
        ("nso-group", FACT, "Wie schütze ich mein Handy vor Pegasus?"),
        # a sale to a place the entry never mentions
        ("cellebrite", "myanmar", "did Cellebrite sell UFED to Myanmar?"),
        ("gamma-finfisher", "ethiopia", "did Gamma sell FinSpy to Ethiopia?"),
        ("noldus", "russia", "Has Noldus sold FaceReader to Russian police?"),
        # a rule asked about a place in another role than where exports go (a member, a signatory,
        # an enforcer): that it must tell; only a destination is exempt (0.83-0.92 if every place were)
        ("eu-dual-use-2021-821", "myanmar", "did Myanmar adopt the EU dual-use regulation?"),
        ("eu-dual-use-2021-821", "belarus", "did Belarus ban exports under the EU dual-use regulation?"),
        ("wassenaar-arrangement", "myanmar", "is Myanmar a member of the Wassenaar Arrangement?"),
        ("wassenaar-arrangement", "egypt", "has Egypt joined the wassenaar arrangement"),
    ],
)
def test_a_known_entry_asked_what_it_does_not_hold_is_refused_and_stays_on_offer(
    engine: SearchEngine, shipped: CheckReport, entry_id: str, place: str | None, question: str
) -> None:
    entry = next(e for e in shipped.entries if e.id == entry_id)
    if place is FACT:
        assert not FACTS.asked(question) & FACTS.held(entry), "the entry now holds it: pick another"
    else:
        assert place not in _text(shipped, entry_id), "the entry now names the place: pick another"
    result = refused(engine, question)
    # the entry stays on offer as an alternative: the member can still open it
    assert entry_id in [a.id for a in result.alternatives[:3]]


@pytest.mark.parametrize(
    ("expected", "question"),
    [
        # the same firm or case, asked what its entry does say: the fact kinds must not refuse it
        ("hikvision", "is hikvision on the entity list?"),
        ("case-area-syria", "How much was Area SpA fined by the US?"),
        ("wassenaar-arrangement", "what is the Wassenaar Arrangement?"),
        ("nso-group", "What does Pegasus do to a phone?"),
        # a place the entry names
        ("cellebrite", "did Cellebrite sell UFED to Belarus?"),
        ("case-finfisher-bahrain", "did Gamma sell FinSpy to Bahrain?"),
        ("noldus", "did Noldus sell FaceReader to China?"),
        # a rule's scope: the destination is what the member wants checked against it. Refused
        # (0.43-0.60) while coverage and `told` counted the place, which the rule never names
        ("eu-dual-use-2021-821", "does the EU dual-use regulation cover exports to Myanmar?"),
        ("eu-dual-use-2021-821", "is exporting spy tech to Belarus covered by the EU dual-use regulation?"),
        ("wassenaar-arrangement", "would wassenaar cover exports of intrusion software to Egypt?"),
    ],
)
def test_the_close_control_of_a_refused_near_miss_is_answered(
    engine: SearchEngine, expected: str, question: str
) -> None:
    answered(engine, question, expected)


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
