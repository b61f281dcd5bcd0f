"""A product named by an everyday word is still a name (session 19, wrong19). 'Predator' is common
English (specificity 0.86, under profiles.NAME_LIKE), so a card that never holds it did not miss it:
'тайские активисты и Predator?' was answered with the Thai Pegasus case at 0.86, its feature `missed`
at 0, as if the card explained the whole question. A word that names an entry outright (a title or
alias) now counts as a name the card misses. The model weighs `missed` as it was fitted (the lead
refits); held-out near misses refused 497 -> 499 with it, right answers unchanged."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine

MISSED = FEATURES.index("missed")


def _missed(engine: SearchEngine, question: str, entry: str) -> float:
    rows = engine.evidence(question)
    return next(x[MISSED] for i, _, x in rows if engine.entries[i].id == entry)


@pytest.mark.parametrize(
    "question",
    ["тайские активисты и Predator?", "thai activists and Predator?", "Predator e ativistas tailandeses?"],
)
def test_a_card_without_the_product_named_misses_it(engine: SearchEngine, question: str) -> None:
    assert _missed(engine, question, "case-pegasus-thailand-2022") > 0


def test_the_card_that_holds_the_name_does_not(engine: SearchEngine) -> None:
    assert _missed(engine, "Predator in Greece?", "case-predatorgate-greece") == 0
