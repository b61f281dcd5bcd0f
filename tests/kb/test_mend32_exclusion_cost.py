"""A described or negated exclusion ("Chinese companies other than the camera makers", "Israel-based
companies that aren't in the spyware business") is the whole set less the described one: each side
is read as a list, and the engine ranks a side only when its items are the engine's own (a side read
as no list) or a plural read, not said, may give way to its card. Each side cost a whole answer
(the ranking, the items' sentences, ~5-15 ms) for its list alone (session 32, mend32). The member
gets the same list as before."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService


@pytest.fixture
def ranked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    search = SearchEngine.search

    def spy(self: SearchEngine, question: str, *args: object, **kwargs: object) -> object:
        asked.append(question)
        return search(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchEngine, "search", spy)
    return asked


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Chinese companies other than the camera makers",
            {"sensetime-megvii-iflytek-yitu", "zte", "hytera", "meiya-pico"},
        ),
        (
            "Israel-based companies that aren't in the spyware business",
            {"cobwebs-technologies", "black-cube", "allot", "cognyte", "cellebrite"},
        ),
        (
            "Israeli companies except the ones Meta kicked off",
            {"allot", "quadream", "cellebrite", "nso-group", "candiru", "paragon-solutions"},
        ),
    ],
)
def test_an_exclusion_ranks_only_the_question(
    kb: KnowledgeService, ranked: list[str], question: str, expected: set[str]
) -> None:
    result = kb.search(question)
    assert {e.id for e in result.items} == expected
    assert ranked == [question]


def test_a_plain_list_is_unchanged(kb: KnowledgeService, ranked: list[str]) -> None:
    """Twin: no exclusion, no side read; the list as before."""
    result = kb.search("Chinese companies")
    assert {"huawei", "zte", "hikvision"} <= {e.id for e in result.items}
    assert ranked == ["Chinese companies"]
