"""A question's places read with fewer steps (issue 10 item 6: search latency within 2 ms p99).

Whose own rules a question asks ('EU export rules') read every place of its asking sentence, though
only a place beside a noun of rules can be one: a question naming no rules ('what did the German
firm FinFisher sell to Bahrain?') reads none. Every run of three words was asked whether it is an
inflected country name, which none is, and every word's adjective of origin went through a generator
(the place spans of a long question ~0.25 -> ~0.15 ms)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from bot.kb import inflected, owners, places
from bot.kb.place_names import demonym, words_of


def test_a_question_naming_no_rules_reads_no_places_for_their_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = owners.place_spans

    def spy(words: Sequence[str], question: str) -> Any:
        read.append(question)
        return real(words, question)

    monkeypatch.setattr(owners, "place_spans", spy)
    assert owners.asked_owners("What did the German firm FinFisher sell to Bahrain and Egypt?") == set()
    assert read == []
    assert owners.asked_owners("What are the UK export rules on spyware?") == {"United Kingdom"}
    assert owners.asked_owners("Regeln der EU für Exporte") == {"European Union"}
    assert len(read) == 2


def test_no_run_of_three_words_is_asked_whether_it_is_inflected(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = places.inflected

    def spy(words: Sequence[str]) -> str | None:
        asked.append(len(words))
        return real(words)

    monkeypatch.setattr(places, "inflected", spy)
    question = (
        "Welche Firmen haben Überwachungstechnik nach Ägypten und in die Wielkiej Brytanii verkauft? (lat21)"
    )
    spans = places.place_spans(words_of(question), question)
    assert {s[2] for s in spans} == {"Egypt", "United Kingdom"}
    assert asked and max(asked) <= 2
    assert inflected.inflected(["wielkiej", "brytanii", "dzisiaj"]) is None  # as before


@pytest.mark.parametrize(
    ("word", "country"),
    [("italienischen", "Italy"), ("israeli", "Israel"), ("french", "France"), ("ab", None), ("", None)],
)
def test_adjectives_of_origin_still_read_with_their_endings(word: str, country: str | None) -> None:
    assert demonym(word) == country
