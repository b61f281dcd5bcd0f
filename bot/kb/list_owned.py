"""Firms asked by the groups that own or bought them, two or more at once: "owned by Canon or by
Advent?", "which companies did Symantec or Advent International buy?". One owner is the engine's
single answer ("firms owned by Canon": Axis); with several the member asks for each one's firms, and
read as a description the question got nothing (both tune questions empty) or one owner's story.

A firm's owners are the groups its card's title and summary say own or bought it ('Canon-owned',
'owned by Advent', 'bought by Symantec in 2016'; described_owners.parents reads the first two). The
words of ownership are data (data/list_words.yaml `owned_words`)."""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from bot.kb.described_owners import parents
from bot.kb.list_names import NameTable
from bot.kb.place_names import key_of, list_words, words_of
from bot.kb.text import fold

# Whoever a card says bought its firm: 'bought by Symantec in 2016', 'acquired by Symantec'
_BOUGHT_BY = re.compile(r"\b(?:bought|acquired|purchased|taken over) by ([A-Z][\w&]+)")
_COUNTRY = "owner:country:"
# How many owners a question must name to ask for a list (one is the engine's single answer)
SEVERAL = 2


@lru_cache(maxsize=1)
def _owned_words() -> frozenset[str]:
    return frozenset(key_of(w) for w in list_words()["owned_words"].split())


# A question this long tells a story of one firm; the engine answers it
STORY_WORDS = 16


@lru_cache(maxsize=1)
def _singulars() -> frozenset[str]:
    return frozenset(list_words()["kind_singulars"]["vendor"].split())


def _asks_several(words: list[str]) -> bool:
    """A word of owning, and no description of one firm: 'the French biometrics group owned by a
    private-equity fund', 'the spyware company that a US investment fund agreed to buy' ask for one."""
    if _owned_words().isdisjoint(words) or len(words) > STORY_WORDS:
        return False
    return _singulars().isdisjoint(words) and "group" not in words


_OWNERS: WeakKeyDictionary[NameTable, dict[str, frozenset[str]]] = WeakKeyDictionary()


def owners_of(names: NameTable) -> dict[str, frozenset[str]]:
    """Each firm's owners, folded ('canon', 'advent', 'symantec'): none for a firm no card says is owned.
    Built once per table (at warm-up, service._warm), keyed by the table itself: a reloaded or test
    knowledge base never reads another's owners."""
    if names not in _OWNERS:
        table: dict[str, frozenset[str]] = {}
        for entry in names.by_id.values():
            if entry.kind != "vendor":
                continue
            said = {p.removeprefix("owner:") for p in parents(entry) if not p.startswith(_COUNTRY)}
            said |= {key_of(m) for m in _BOUGHT_BY.findall(f"{entry.title}. {entry.summary}")}
            if said:
                table[entry.id] = frozenset(said)
        _OWNERS[names] = table
    return _OWNERS[names]


def warm_up(names: NameTable) -> None:
    """Read the words of owning and the firms' owners now (service._warm), not on the first member
    asking "owned by Canon or by Advent?"."""
    _owned_words()
    _singulars()
    owners_of(names)


def by_owner_kind(question: str, names: NameTable) -> frozenset[str]:
    """The firms whose card says the kind of owner the question asks them by ("whose owners are buyout
    investors?": the firms a private-equity group owns or owned); empty when none is asked."""
    words = words_of(question)
    if not _asks_several(words):
        return frozenset()
    if names.named(fold(question).casefold()):
        return frozenset()  # "is NSO owned by private equity?": one firm's owner, the engine's answer
    plain = f" {' '.join(words)} "
    found: set[str] = set()
    for kind in list_words()["owner_kinds"].values():
        if not any(f" {key_of(p)} " in plain for p in kind["asked"]):
            continue
        says = [key_of(p) for p in kind["says"]]
        found |= {
            e.id
            for e in names.by_id.values()
            if e.kind == "vendor" and any(f" {p} " in names.cards[e.id] for p in says)
        }
    return frozenset(found)


def owned_by(question: str, names: NameTable) -> frozenset[str]:
    """The firms owned or bought by the owners the question names, when it names several with a word
    of ownership ('owned', 'buy', 'subsidiaries'); empty otherwise."""
    words = words_of(question)
    if not _asks_several(words):
        return frozenset()
    table = owners_of(names)
    known = {o for owners in table.values() for o in owners}
    asked = known.intersection(words)
    if len(asked) < SEVERAL:
        return frozenset()
    owned = frozenset(firm for firm, owners in table.items() if owners & asked)
    # "did Symantec buy Blue Coat or Advent?": a firm of them named, a question about that firm
    # (an owner's own name may be a firm's alias: Symantec is Blue Coat's, and is no firm named)
    rest = " ".join(w for w in words_of(fold(question).casefold()) if w not in asked)
    return frozenset() if owned & names.named(rest) else owned
