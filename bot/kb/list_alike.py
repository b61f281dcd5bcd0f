"""Questions that ask for entries like a named one ("are there other cases like Catalangate?"): the
entries of the kind asked that the named one links to (bot/kb/list_select.py). Apart from lists.py,
which reads every other list question."""

from __future__ import annotations

from bot.kb import list_asks
from bot.kb.list_names import NameTable
from bot.kb.list_query import ListQuery


def alike(words: list[str], names: NameTable) -> ListQuery | None:
    """ "Are there other cases like Catalangate?": the entries of the kind asked that the named one of
    that kind links to (bot/kb/list_select.py), or None when the question asks no such thing."""
    kinds, after = list_asks.asks_alike(words)
    if not kinds:  # most questions: their names, read for nothing, cost ~0.05 ms a long one
        return None
    named = {n for n in names.named(" ".join(words[after:])) if names.by_id[n].kind in kinds}
    if not named:
        return None
    return ListQuery(kinds=frozenset(kinds), names=frozenset(named), wording=" ".join(words), like=True)
