"""Right answers refused for what a member typed around or into a name (session 30, refuse2): a
two-word name run together and typed by ear ('bluecote' for Blue Coat) read as a word nobody knows,
and the member saying the name is new to them ('dsirf?? never heard of em') read as words the card
leaves out. The twins that must stay as they were sit beside each."""

from __future__ import annotations

import pytest

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine


def _answers(engine: SearchEngine, question: str, expected: set[str]) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id in expected, (r.entry, r.confidence)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("bluecote damascus", {"case-blue-coat-syria", "blue-coat"}),
        ("bluecote", {"blue-coat"}),
        ("hakingteam sudan", {"hacking-team", "case-hacking-team-sudan"}),
    ],
)
def test_a_name_run_together_and_typed_by_ear_is_read(
    engine: SearchEngine, question: str, expected: set[str]
) -> None:
    _answers(engine, question, expected)


def test_a_run_together_name_typed_right_is_read_as_before(engine: SearchEngine) -> None:
    _answers(engine, "bluecoat damascus", {"case-blue-coat-syria", "blue-coat"})


def test_a_word_of_the_language_is_no_name_typed_by_ear(engine: SearchEngine) -> None:
    words = engine.index.spacing.respace(["surveillance", "everywhere", "blackmail"])
    assert words == ["surveillance", "everywhere", "blackmail"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("dsirf?? never heard of em", "dsirf??"),
        ("who is variston, i've never heard of them", "who is variston"),
        ("never heard of it before, what is predator?", "what is predator?"),
    ],
)
def test_never_having_heard_of_it_is_chat(question: str, asked: str) -> None:
    assert asked_text(question) == asked


def test_never_heard_of_a_thing_named_is_asked() -> None:
    question = "which firms have never heard of sanctions"
    assert asked_text(question) == question


def test_a_name_never_heard_of_is_answered(engine: SearchEngine) -> None:
    _answers(engine, "dsirf?? never heard of em", {"dsirf", "case-dsirf-subzero"})


@pytest.mark.parametrize(
    "question", ["what is the pegasus program and who makes it?", "what is pegasus and who makes it?"]
)
def test_a_named_tool_called_a_program_is_the_spyware(engine: SearchEngine, question: str) -> None:
    _answers(engine, question, {"nso-group"})
