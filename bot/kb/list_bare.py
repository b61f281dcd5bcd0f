"""A product's bare name in a list question (bot/kb/lists.py): "who was targeted by Predator?",
"Predator cases?". The knowledge files give "Predator spyware", not "Predator" alone, whose
everyday sense made it ambiguous as a name for every answer; a list question naming gear said as a
name (capitalised) or beside a product or targeting word names the product there. Derived from the
aliases that end in a kind of product (list_asks.PRODUCTS), never a word list of its own."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from bot.kb.list_asks import PRODUCTS
from bot.kb.list_names import NameTable
from bot.kb.list_who import WHO_ACTED
from bot.kb.places import key_of

_WORD = re.compile(r"\w+")
# Words beside a bare name that say it is the product: "the Predator spyware", "hit by Predator".
_BESIDE = frozenset(p for p in PRODUCTS if " " not in p) | WHO_ACTED["targeted"] | {"by", "with"}
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
    low = [key_of(t) for t in tokens]
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


_PRODUCT_KEYS: WeakKeyDictionary[NameTable, dict[str, frozenset[str]]] = WeakKeyDictionary()


def product_keys(names: NameTable) -> dict[str, frozenset[str]]:
    """Entry id -> its name keys that name a product, not the firm: an alias ending in a kind of
    product ("pegasus spyware") and its bare name ("pegasus"), and a key in the title's last words in
    brackets when they end in one ("RCS Lab (Hermit spyware)": "hermit"). Derived, no list of its own;
    built once per table."""
    if names not in _PRODUCT_KEYS:
        found: dict[str, set[str]] = {}
        for entry_id, keys in names.keys.items():
            title = names.by_id[entry_id].title
            said = key_of(title[title.find("(") + 1 :].rstrip(")").split(",")[-1]) if "(" in title else ""
            said = said if any(said.endswith(f" {p}") for p in PRODUCTS) else ""
            for key in keys:
                bare = {key[: -len(p) - 1] for p in PRODUCTS if key.endswith(f" {p}")}
                if bare or any(f"{key} {p}" in keys for p in PRODUCTS) or f" {key} " in f" {said} ":
                    found.setdefault(entry_id, set()).update({key, *bare})
            # "Paragon spyware", "Axis cameras": the firm's own name with a product word is no product
            lead = f" {key_of(re.split(r'[(:,–—]| - ', title)[0])} "
            found[entry_id] = {k for k in found.get(entry_id, ()) if f" {k.split(' ')[0]} " not in lead}
        _PRODUCT_KEYS[names] = {k: frozenset(v) for k, v in found.items()}
    return _PRODUCT_KEYS[names]


def by_product(words: list[str], names: NameTable) -> set[str]:
    """The entries the words name by a product of theirs ("which firm sells Pegasus?": NSO Group)."""
    table = product_keys(names)
    return {
        owner
        for start, end, owners in names.spans(words)
        for owner in owners
        if " ".join(words[start:end]) in table.get(owner, frozenset())
    }


def asks_makers(
    words: list[str], question: str, named: set[str], kinds: set[str], names: NameTable, verbs: frozenset[str]
) -> bool:
    """ "Which firm sells Pegasus?", "which companies make Predator?": a verb of making or selling
    (`verbs`) and every firm named by a product of its own ask for the makers, not for every firm
    whose text mentions the maker (Circles, "an NSO Group affiliate", sells no Pegasus)."""
    if "vendor" not in kinds or not verbs.intersection(words):
        return False
    firms = {n for n in named if names.by_id[n].kind == "vendor"}
    return bool(firms) and firms <= by_product(words, names) | bare_named(question, names)
