"""A question's places and names are read with fewer steps per word (issue 10 item 6: search
latency within 2 ms p99). Every word and run of two and three words of a question is asked whether
it is an inflected country name: an Arabic-script check per word (a regex) ran even on plain ASCII
words and on runs of three words, which name none in any script, ~0.1 ms of a long question's
places. A question in another language tried each word as the head of a name read noun first
('Projeto Pegasus'), ~20 look-ups a word, ~0.15 ms of a long one's names."""

from __future__ import annotations

from typing import Any

import pytest

from bot.kb import inflected, place_names, places
from bot.kb.service import KnowledgeService
from tests.kb.counted import Counted


def test_an_english_questions_places_need_no_arabic_check(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Which companies from South Africa supplied a monitoring centre in Libya before the war?"
    counted = Counted(inflected._ARABIC)
    monkeypatch.setattr(inflected, "_ARABIC", counted)
    words = place_names.words_of(question)  # "again": a text no memo holds yet
    where, homes = places.places([*words, "again"], question + " again", frozenset(["companies"]))
    assert where == {"Libya"} and homes == {"South Africa"}
    assert counted.calls == 0


@pytest.mark.parametrize(
    ("words", "country"),
    [
        (["egiptu"], "Egypt"),  # Polish, a stem plus its ending
        (["wielkiej", "brytanii"], "United Kingdom"),
        (["الصينية"], "China"),  # Arabic, a name plus an ending
        (["a", "claim", "that"], None),
        (["wielkiej", "brytanii", "dzisiaj"], None),  # three words name none
        (["child"], None),  # an everyday English word is no inflected name
    ],
)
def test_inflected_names_still_read(words: list[str], country: str | None) -> None:
    assert inflected.inflected(words) == country


def test_a_word_no_name_ends_with_is_not_read_noun_first(kb: KnowledgeService) -> None:
    """A question in another language is also read noun first ('Projeto Pegasus'): each of its
    words was tried as the head of ~20 names, though only a name's last word can be one."""
    index = kb.engine.index
    original = index.names
    looked: list[str] = []

    class Counted(dict[str, set[int]]):
        def get(self, key: str, default: Any = None) -> Any:
            looked.append(key)
            return original.get(key, default)

    words = ["que", "empresas", "venden", "tecnologia", "de", "vigilancia", "a", "mexico"]
    index.names = Counted()  # type: ignore[assignment]
    try:
        assert index._noun_first(words, 1) == []
        assert index._noun_first(["regulamento", "de", "uso", "duplo"], 0) == []
    finally:
        index.names = original
    assert looked == []
    assert index.named(["projeto", "pegasus"], swapped=True)[1]  # the Pegasus Project, noun first
