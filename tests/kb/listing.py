"""What a member's list answer holds, asked of the service in-process (the `listed` fixture in
conftest.py asks through `python -m bot ask --json` instead)."""

from __future__ import annotations

from bot.kb.service import KnowledgeService


def listed(service: KnowledgeService, question: str, *, kind: str | None = None) -> set[str]:
    """The ids the list answer to `question` holds (empty: no list), only those of `kind` if given."""
    return {e.id for e in service.search(question).items if kind is None or e.kind == kind}


def ranked(service: KnowledgeService, question: str) -> list[str]:
    """The same ids in the order the member reads them."""
    return [e.id for e in service.search(question).items]
