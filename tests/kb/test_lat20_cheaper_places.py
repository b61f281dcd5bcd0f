"""A question's places are read with fewer steps per phrase (issue 10 item 6: search latency within
2 ms p99). Every word and run of two and three words of a question is asked whether it is an
inflected country name: an Arabic-script check per word (a regex) ran even on plain ASCII words and
on runs of three words, which name none in any script, ~0.1 ms of a long question's places."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.kb import places


class _Counted:
    """A compiled pattern that counts its `search` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def search(self, string: str, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(string, *args)


def test_an_english_questions_places_need_no_arabic_check(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Which companies from South Africa supplied a monitoring centre in Libya before the war?"
    counted = _Counted(places._ARABIC)
    monkeypatch.setattr(places, "_ARABIC", counted)
    words = places.words_of(question)  # "again": a text no memo holds yet
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
    assert places.inflected(words) == country
