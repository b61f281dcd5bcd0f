"""A product's bare name in a list question (bot/kb/lists.py): "who was targeted by Predator?",
"Predator cases?". The knowledge files give "Predator spyware", not "Predator" alone, whose
everyday sense made it ambiguous as a name for every answer; a list question naming gear said as a
name (capitalised) or beside a product or targeting word names the product there. Derived from the
aliases that end in a kind of product (list_asks.PRODUCTS), never a word list of its own."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from bot.kb.list_asks import PRODUCTS
from bot.kb.list_countries import VICTIMS
from bot.kb.list_names import NameTable
from bot.kb.list_who import WHO_ACTED
from bot.kb.places import key_of

_WORD = re.compile(r"\w+")
# Words beside a bare name that say it is the product: "the Predator spyware", "hit by Predator",
# "predator victims".
_BESIDE = frozenset(p for p in PRODUCTS if " " not in p) | WHO_ACTED["targeted"] | VICTIMS | {"by", "with"}
# How far (in words) such a word may stand from the bare name.
REACH = 2
_BARE: WeakKeyDictionary[NameTable, dict[tuple[str, ...], frozenset[str]]] = WeakKeyDictionary()


def bare_names(names: NameTable) -> dict[tuple[str, ...], frozenset[str]]:
    """Each bare name (its words) -> the entries whose alias is it and a product kind ("predator" of
    "Predator spyware"), leaving out bare names that are already some entry's name."""
    if names not in _BARE:
        found: dict[tuple[str, ...], set[str]] = {}
        for entry_id, keys in names.keys.items():
            for key in keys:
                for product in PRODUCTS:
                    bare = key[: -len(product) - 1] if key.endswith(f" {product}") else ""
                    if len(bare) >= 3 and not names.named(bare):
                        found.setdefault(tuple(bare.split(" ")), set()).add(entry_id)
        _BARE[names] = {k: frozenset(v) for k, v in found.items()}
    return _BARE[names]


def bare_named(question: str, names: NameTable) -> set[str]:
    """The entries a list question names by a product's bare name said as a name: capitalised
    ("Predator cases?"), or with a product or targeting word at most `REACH` words away ("hit by
    predator"); "predator" in a lowercase sentence of other words names nothing."""
    tokens = _WORD.findall(question)
    one_word = frozenset(b[0] for b in bare_names(names) if len(b) == 1)
    low = [names.uninflect(key_of(t), one_word) for t in tokens]  # "Predatorem": Predator
    # a bare name within a longer name is that name's: "the Predator Files" is a case
    within = {i for start, end, _ in names.spans(low) for i in range(start, end)}
    found: set[str] = set()
    for bare, owners in bare_names(names).items():
        n = len(bare)
        for i in range(len(low) - n + 1):
            if tuple(low[i : i + n]) != bare or within.intersection(range(i, i + n)):
                continue
            near = set(low[max(0, i - REACH) : i]) | set(low[i + n : i + n + REACH])
            if tokens[i][:1].isupper() or near & _BESIDE:
                found |= owners
    return found
