"""A prosecutor asked of as a person asks no charge (session 28): 'the Warsaw senator, lawyer and
prosecutor who were hacked' describes the Polish Pegasus victims, but 'prosecutor' matched the
outcome 'prosecut...' (was anyone charged?) and the card, which tells no charge, was held at 0.38.
Charges asked by the verb or the noun ('did prosecutors charge anyone?', 'were any charges
brought?') are still an outcome asked, and held where no card tells one."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "the Warsaw senator, lawyer and prosecutor who were hacked",
        "which prosecutor was hacked with Pegasus in Poland?",
    ],
)
def test_a_prosecutor_among_the_victims_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-pegasus-poland")


@pytest.mark.parametrize(
    "question",
    [
        "was anyone prosecuted over the pegasus hacking of brejza?",
        "did prosecutors charge anyone over the pegasus hacking of brejza?",
        "were any charges brought over the pegasus hacking of brejza?",
    ],
)
def test_a_charge_the_card_never_tells_is_refused(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered


def test_a_charge_the_card_tells_is_answered(engine: SearchEngine) -> None:
    answered(
        engine,
        "did French prosecutors charge anyone over Amesys?",
        ("case-nexa-egypt-cerebro", "amesys-nexa"),
    )
