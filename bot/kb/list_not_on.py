"""Firms a list question asks for by a list they are NOT on: "Israeli firms not on the Entity List",
"Izraelskie firmy, których nie ma na amerykańskiej Entity List". Read as a name narrowing the list,
the rule kept exactly the firms the member asked to leave out (NSO Group and Candiru, told as "not on
the Entity List": a false fact); read here, the rule and the firms it names are left out of the list
instead (bot/kb/list_except.py keeps the rest). The words are data in `data/list_words.yaml`
(`not_on_before`)."""

from __future__ import annotations

from functools import lru_cache

from bot.kb.list_names import NameTable
from bot.kb.place_names import list_words, words_of

# Words that may stand between the negation and the rule's name ("not on the US Entity List",
# "nie ma na amerykańskiej Entity List"), at most this many.
GAP = 2


@lru_cache(maxsize=1)
def _cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in list_words()["not_on_before"])


def rules_not_on(text: str, names: NameTable) -> frozenset[str]:
    """Ids of the rules the text names right after a negated "on" ("not on", "nicht auf"), a few
    words (an article, an adjective) between them; empty when it negates no rule's list."""
    words = words_of(text)
    cues = _cues()
    starts: dict[int, tuple[str, ...]] = {}
    for start, _end, owners in names.spans(words):
        starts.setdefault(start, owners)
    out: set[str] = set()
    for i in range(len(words)):
        for n in (4, 3, 2):
            if tuple(words[i : i + n]) in cues:
                for at in range(i + n, min(i + n + GAP + 1, len(words))):
                    rules = {o for o in starts.get(at, ()) if names.by_id[o].kind == "rule"}
                    if rules:
                        out |= rules
                        break
                break
    return frozenset(out)


def left_out_by(rules: frozenset[str], names: NameTable) -> frozenset[str]:
    """The rules and the firms they list (the vendors each links to)."""
    firms = {
        r
        for rule in rules
        for r in names.by_id[rule].related
        if r in names.by_id and names.by_id[r].kind == "vendor"
    }
    return rules | frozenset(firms)


def jurisdictions(rules: frozenset[str], names: NameTable) -> frozenset[str]:
    """Where the rules apply (a rule's first country): "not on the American Entity List" says whose
    list, not a place the firms sold to."""
    return frozenset(names.by_id[r].countries[0] for r in rules if names.by_id[r].countries)
