"""Whose outcome a question asks (values.py `Values.unsettled`): the vendors it names, by the words
of their names no other vendor's shares, and the rare names it asks about that are no place."""

from __future__ import annotations

from collections.abc import Container, Sequence

from bot.kb.model import Entry
from bot.kb.relations import Thing
from bot.kb.text import STOPWORDS, raw_tokens, stem

# Whose outcome is asked: the words naming a party, and whether they are a vendor's name.
Party = tuple[tuple[str, ...], bool]


class Parties:
    """Whose outcome a question asks: the vendors it names (a title before its brackets, an alias:
    'Blue Coat', 'Area SpA') by the words of their names no other vendor's name shares ('blue',
    'coat'; not 'group' nor 'systems'; a product's name, all its maker's), and the rare names it
    asks about that are no place (a person: 'Brejza', 'Vannier'). A statement names a party when
    it holds one of those words."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        names: dict[tuple[str, ...], int] = {}
        owners: dict[str, set[int]] = {}
        for i, entry in enumerate(entries):
            if entry.kind != "vendor":
                continue
            for name in (entry.title.split("(")[0], *entry.aliases):
                words = tuple(raw_tokens(name))
                if words:
                    names[words] = i
                    for w in words:
                        owners.setdefault(w, set()).add(i)
        own = {
            words: tuple(w for w in words if len(owners[w]) == 1 and len(w) > 1 and w not in STOPWORDS)
            for words in names
        }
        # a vendor named by one of its names (a product: 'FinSpy') is named by all of them: its
        # card tells 'four FinFisher managers were charged' of the firm the question calls FinSpy
        every: dict[int, tuple[str, ...]] = {}
        for words, i in names.items():
            every[i] = every.get(i, ()) + tuple(w for w in own[words] if w not in every.get(i, ()))
        self._names = {words: every[names[words]] if own[words] else () for words in names}
        self._longest = max((len(w) for w in names), default=0)

    def asked(
        self, words: Sequence[str], about: Sequence[Thing], places: Container[str], focus: Container[str]
    ) -> list[Party]:
        """The parties of a question of these `words` (lower case, as written) and of the rare names
        it asks `about` that are no place; in a long question those of its own clause (`focus`: its
        words' stems, empty in a short one), as its story names firms in passing."""
        named = [t[0][0] for t in about if t[0][0] not in places and t[0][0].isalpha()]
        found: list[Party] = []
        k = 0
        while k < len(words):
            for size in range(min(self._longest, len(words) - k), 0, -1):
                own = self._names.get(tuple(words[k : k + size]))
                if own is not None:
                    if own and (not focus or stem(words[k]) in focus):
                        found.append((own, True))
                    k += size - 1
                    break
            k += 1
        found.extend(((w,), False) for w in named)
        return found
