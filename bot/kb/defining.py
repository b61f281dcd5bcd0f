"""Where the name starts that a question asks what it is ('what is dahua and why...', '¿qué es Dahua y
por qué...?', 'что такое Sandvine и...'): after English 'what'/'who' with a copula (data/roles.yaml
`defining`, `copulas`), or after one of the other languages' phrases for it (`defining_other`), read
on the words the reading leaves (the glossary's English, the rest folded as typed)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.kb.role_words import role_data

Phrases = dict[str, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], Phrases, frozenset[str]]:
    """The tables, the other languages' phrases by their first word (in the file's order): each word
    of a question was compared with every phrase (~28 slices a word, ~0.1 ms a long question)."""
    data = role_data()
    other: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["defining_other"]:
        words = tuple(phrase.split())
        other.setdefault(words[0], []).append(words)
    ends = frozenset(data["clause_ends"]) | frozenset(data["clause_ends_other"])
    by_first = {first: tuple(found) for first, found in other.items()}
    return frozenset(data["defining"]), frozenset(data["copulas"]), by_first, ends


def clause_ends() -> frozenset[str]:
    """The words after the name that end the clause asking what it is ('and', 'y', 'и')."""
    return _tables()[3]


def defining_starts(words: Sequence[str]) -> list[int]:
    """Where a name may start after each 'what is' of the question, in any of the campaign's languages."""
    asking, copulas, other, _ = _tables()
    starts: list[int] = []
    for n, word in enumerate(words):
        if word in asking:
            if n + 1 < len(words) and words[n + 1] in copulas:
                starts.append(n + 2)
            elif word.endswith("s"):  # 'whats' holds its copula
                starts.append(n + 1)
            continue
        for phrase in other.get(word, ()):
            if tuple(words[n : n + len(phrase)]) == phrase:
                starts.append(n + len(phrase))
                break
    return starts
