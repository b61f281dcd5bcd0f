"""What a member's answer is, asked of the engine or the service in-process: answered with an entry,
or refused with the nearest entries offered. Written once here (they were written out in each test
file), each check fails saying what the member got: the question, the entry or the refusal, the
confidence and what was offered."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from bot.kb.result import SearchResult
from bot.kb.search import SearchEngine


class Asked(Protocol):
    """The engine (SearchEngine) or the service a member asks (KnowledgeService)."""

    def search(self, question: str) -> SearchResult: ...


def got(result: SearchResult) -> str:
    """What the member got, for a failure message."""
    offered = [a.id for a in result.alternatives[:5]]
    if result.answered and result.entry is not None:
        return f"{result.question!r} answered with {result.entry.id} at {result.confidence:.2f}"
    top = f" (top {result.entry.id})" if result.entry is not None else ""
    return f"{result.question!r} refused at {result.confidence:.2f}{top}, offering {offered}"


def answered(asked: Asked, question: str, entry: str | Collection[str]) -> SearchResult:
    """The answer to `question`, which must be the card `entry` (or one of several)."""
    result = asked.search(question)
    wanted = {entry} if isinstance(entry, str) else set(entry)
    assert result.answered and result.entry is not None and result.entry.id in wanted, (
        f"wanted {' or '.join(sorted(wanted))}: {got(result)}"
    )
    return result


def refused(
    asked: Asked,
    question: str,
    offering: str | None = None,
    *,
    among: int | None = None,
    offers: bool | None = None,
) -> SearchResult:
    """The refusal `question` must get: with `offering` among the entries offered (the first `among`
    of them when given), with some entry offered (`offers=True`) or none (`offers=False`)."""
    result = asked.search(question)
    assert not result.answered, f"wanted a refusal: {got(result)}"
    ids = [a.id for a in result.alternatives]
    if offering is not None:
        assert offering in ids[:among], f"wanted {offering} offered: {got(result)}"
    if offers is not None:
        assert bool(ids) is offers, f"wanted {'some' if offers else 'no'} entry offered: {got(result)}"
    return result


def not_answered_with(asked: Asked, question: str, entry: str) -> SearchResult:
    """The answer to `question`, which must not be the card `entry`: refused, or another card (a
    rule not in force in the period asked is no answer, whatever else is)."""
    result = asked.search(question)
    assert not (result.answered and result.entry is not None and result.entry.id == entry), (
        f"wanted anything but {entry}: {got(result)}"
    )
    return result


def first_ranked(engine: SearchEngine, question: str) -> str:
    """The entry ranked first for `question`, answered or not."""
    return engine.entries[engine.rank(question)[0][0]].id


def ranked_first(engine: SearchEngine, question: str, entry: str) -> None:
    """`entry` must rank first for `question`, answered or not (a rule the model is refitted on)."""
    ranking = [engine.entries[i].id for i, *_ in engine.rank(question)]
    assert ranking[:1] == [entry], f"wanted {entry} first for {question!r}: ranked {ranking[:3]}"


def first_given(engine: SearchEngine, question: str) -> tuple[bool, str | None]:
    """(answered, the entry the member is given or offered first)."""
    result = engine.search(question)
    if result.entry is not None:
        return result.answered, result.entry.id
    return result.answered, result.alternatives[0].id if result.alternatives else None
