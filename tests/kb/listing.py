"""What a member's list answer holds, asked of the service in-process (the `listed` fixture in
conftest.py asks through `python -m bot ask --json` instead)."""

from __future__ import annotations

from collections.abc import Set

from bot.kb.service import KnowledgeService


def listed(service: KnowledgeService, question: str, *, kind: str | None = None) -> set[str]:
    """The ids the list answer to `question` holds (empty: no list), only those of `kind` if given."""
    return {e.id for e in service.search(question).items if kind is None or e.kind == kind}


def assert_listed(
    service: KnowledgeService, question: str, wanted: Set[str], left_out: Set[str] = frozenset()
) -> None:
    """The list answer to `question` holds every id of `wanted` and none of `left_out`."""
    got = listed(service, question)
    assert wanted <= got, f"{question!r}: {sorted(wanted - got)} missing from {sorted(got)}"
    assert not got & left_out, f"{question!r}: {sorted(got & left_out)} listed, left out by the member"


def ranked(service: KnowledgeService, question: str) -> list[str]:
    """The same ids in the order the member reads them."""
    return [e.id for e in service.search(question).items]
