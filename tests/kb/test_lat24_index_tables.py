"""Tables of the index read by their key, built with it, not searched through on each question
(issue 10 item 6: search latency within 2 ms p99; session 24). Answers stay the same
(bench/search_golden.py)."""

from __future__ import annotations

import pytest

from bot.kb import misspelt
from bot.kb.defining import defining_starts
from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("qu est ce que trovicor et qui l a achete", [4]),  # the longer of two 'qu ...' first
        ("qu est ce qu hacking team", [4]),
        ("co to za firma i co to jest finfisher", [3, 8]),
        ("вопрос что такое sandvine и кто такие они", [3, 7]),
        ("so whats dahua and what is hikvision", [2, 6]),
    ],
)
def test_what_is_is_read_in_every_language(text: str, starts: list[int]) -> None:
    """defining_starts reads the other languages' phrases by their first word (lat24): the same
    starts, the first of two phrases sharing a word still tried first."""
    assert defining_starts(text.split()) == starts


def test_a_name_typed_by_ear_is_matched_without_hearing_every_name_again(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names' sounds are worked out with the index: each word read by `loose_name` heard every
    loose name again (~160 names, ~0.5 ms a word)."""
    heard: list[str] = []
    real = misspelt._heard

    def spy(word: str) -> str:
        heard.append(word)
        return real(word)

    monkeypatch.setattr(misspelt, "_heard", spy)
    assert engine.index.loose_sounds[real("cytrox")] == ("cytrox",)
    found = misspelt.loose_name("cytrocks", 2, engine.index.loose_names, engine.index.loose_sounds)
    assert found == "cytrox"
    assert heard == ["cytrocks"]
