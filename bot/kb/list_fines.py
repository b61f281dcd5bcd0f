"""Who was fined, and by whom, for list answers ("which companies paid US penalties over Syria gear?").

A fine is the act of one authority on one firm. An entry's text may say a fine that is not the firm's
own (Blue Coat's summary: "its Dubai distributor Computerlinks FZCO paid a $2.8m US settlement") or
not the authority's (Clearview AI was fined by European regulators, and it is a US firm). So a firm
counts as fined only where a sentence of its own text says a fine and names no other firm without
naming it, and, when the question names who fined (a place a fine word governs: "US penalties",
"fined by the US"), names that place too. Cases document fines and keep the first condition out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.kb import topics
from bot.kb.authorities import authority_words, governed
from bot.kb.list_names import NameTable
from bot.kb.model import Entry
from bot.kb.place_names import key_of, list_words, words_of
from bot.kb.places import expand, place_spans

TOPIC = "fines"  # bot/kb/data/list_topics.yaml
_FINES = frozenset([TOPIC])
_CLAUSE = re.compile(r"(?<=[.;])\s+")


@lru_cache(maxsize=1)
def _fine_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    table = list_words()
    stems = tuple(key_of(w) for w in table["fine_words"].split())
    return stems, frozenset(table["fine_before"].split()), frozenset(table["fine_in"].split())


def authorities(words: Sequence[str], question: str) -> set[str]:
    """The places the question names as who fined ("US penalties", "fined by the US", "boete van de
    VS", "fined in Italy": a fine is imposed where it is, and Area SpA, an Italian firm the US fined,
    was fined in no Italian proceeding, facts.md 3.9); empty when no fine word governs a place
    ("Italian companies that were fined" reads Italy as usual)."""
    stems, before, inside = _fine_words()
    _, authority_before, after = authority_words()
    return governed(words, question, stems, authority_before | before, after, inside)


def own_fine(entry: Entry, names: NameTable, by: frozenset[str]) -> bool:
    """The entry's own text says a fine on it (a vendor: not another firm's), by one of `by` if any."""
    if entry.kind == "rule":
        return True
    wanted = expand(by)
    for clause in _CLAUSE.split(f"{entry.title}. {entry.summary}"):
        if not topics.says(key_of(clause), _FINES):
            continue
        if entry.kind == "vendor" and _anothers(clause, entry, names):
            continue
        if wanted and not wanted & _places(clause):
            continue
        return True
    return False


def _anothers(clause: str, entry: Entry, names: NameTable) -> bool:
    """The clause names another firm and not this one: the fine it says is that firm's."""
    named = names.named(clause)
    others = {n for n in named if n != entry.id and names.by_id[n].kind == "vendor"}
    return bool(others) and entry.id not in named


def _places(clause: str) -> set[str]:
    spans = place_spans(words_of(clause), clause)
    return {c for _, _, country, region, _ in spans for c in region or {country}}
