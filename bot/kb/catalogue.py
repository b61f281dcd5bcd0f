"""The knowledge base by name, for browsing: every entry in title order (/search with no words)
and autocomplete over titles and aliases (/vendor, /rule, /case, "did you mean" for a name).

Why apart from the search engine: nothing here reads a question or a model. It changes when the
way members browse or pick an entry by name changes (what a prefix matches, how a fuzzy name ranks),
never with the answering model, and the engine's ranking never changes what it lists.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.kb.filters import Filters
from bot.kb.model import Entry
from bot.kb.text import name_key


class Catalogue:
    """The entries' titles in order and their name keys (title and aliases), built once per load."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._titles = sorted(range(len(entries)), key=lambda i: entries[i].title.casefold())
        self._keys: list[str] = []
        self._owner: list[int] = []  # the entry of each name key
        for i, entry in enumerate(entries):
            for name in (entry.title, *entry.aliases):
                self._keys.append(name_key(name))
                self._owner.append(i)

    def alphabetical(self, filters: Filters) -> list[Entry]:
        """Every entry the filters accept, by title."""
        return [self.entries[i] for i in self._titles if filters.accepts(self.entries[i])]

    def complete(self, prefix: str, *, kind: str | None = None, limit: int = 25) -> list[Entry]:
        """Autocomplete over titles and aliases; prefix matches first, then fuzzy ones."""
        entries = self.entries
        key = name_key(prefix)
        if not key:
            return [entries[i] for i in self._titles if not kind or entries[i].kind == kind][:limit]
        scored: dict[int, float] = {}
        for pos, name in enumerate(self._keys):
            if name.startswith(key) or f" {key}" in f" {name}":
                i = self._owner[pos]
                scored[i] = max(scored.get(i, 0.0), 200.0 - len(name) / 100)
        found = process.extract(
            key, self._keys, scorer=fuzz.WRatio, score_cutoff=70, limit=max(limit * 4, 50)
        )
        for _, score, pos in found:
            i = self._owner[pos]
            scored[i] = max(scored.get(i, 0.0), float(score))
        order = sorted(scored, key=lambda i: (-scored[i], entries[i].title.casefold()))
        return [entries[i] for i in order if not kind or entries[i].kind == kind][:limit]
