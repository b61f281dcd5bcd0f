"""lang12, issue 10: a greeting, thanks or chat around a question was cut in KnowledgeService alone,
so bench/calibrate.py fitted the answer model, and bench/search_quality.py scored it, on text no
member's search ever reads ("hello there! who owns Axis?"). The cut has one home, the engine: the
bot, the benches and the fit read the same words."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine

WRAPPED = [
    ("hello there! who owns Axis Communications?", "who owns Axis Communications?"),
    ("good morning, is Hikvision on the entity list? thanks a lot!", "is Hikvision on the entity list?"),
    ("hey, did Cellebrite sell to Serbia? cheers", "did Cellebrite sell to Serbia?"),
    (
        "hi, what does article 5 of the EU dual-use regulation say? any help appreciated",
        ("what does article 5 of the EU dual-use regulation say?"),
    ),
]


@pytest.mark.parametrize(("typed", "asked"), WRAPPED)
def test_what_the_model_is_fitted_on_is_what_the_member_is_answered_on(
    engine: SearchEngine, typed: str, asked: str
) -> None:
    """calibrate.py reads `evidence`, search_quality.py `rank`: both as a member's search does."""
    assert engine.evidence(typed) == engine.evidence(asked), typed
    assert engine.rank(typed) == engine.rank(asked), typed
    got, want = engine.search(typed), engine.search(asked)
    assert (got.answered, got.confidence, got.entry) == (want.answered, want.confidence, want.entry)
    assert got.question == typed  # the result still quotes the member


def test_the_english_reading_of_a_greeted_question_is_the_question(engine: SearchEngine) -> None:
    assert engine.read("hallo! welche Firmen stehen auf der Entity List?").text == (
        engine.read("welche Firmen stehen auf der Entity List?").text
    )
