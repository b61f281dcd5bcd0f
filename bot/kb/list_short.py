"""A firm's short name in a list question (bot/kb/lists.py): "which cases involve Area?", "what has
Axis sold to China?". The knowledge files give "Area SpA" and "Axis Communications"; the name before
the legal form or generic noun (`company_suffixes` in data/list_words.yaml) is the firm's own, but an
everyday word ("the area", "an axis"), so it names the firm only said capitalised, as a name is
written. Derived from the entries' names, never a word list of firms."""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from bot.kb import list_bare
from bot.kb.list_names import NameTable
from bot.kb.place_names import list_words
from bot.kb.senses import everyday_spans
from bot.kb.text import name_key

_TOKEN = re.compile(r"\w+")
_SHORT: WeakKeyDictionary[NameTable, dict[str, frozenset[str]]] = WeakKeyDictionary()


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(f" {s}" for s in list_words()["company_suffixes"])


def short_names(names: NameTable) -> dict[str, frozenset[str]]:
    """Each firm's one-word short name -> the firms whose name is it and a suffix ("area" of "area
    spa"), leaving out those already some entry's name ("allot", "nso") or under three letters."""
    if names not in _SHORT:
        found: dict[str, set[str]] = {}
        for entry_id, keys in names.keys.items():
            if names.by_id[entry_id].kind != "vendor":
                continue
            for key in keys:
                for suffix in _suffixes():
                    short = key[: -len(suffix)] if key.endswith(suffix) else ""
                    if len(short) >= 3 and " " not in short and not names.named(short):
                        found.setdefault(short, set()).add(entry_id)
        _SHORT[names] = {k: frozenset(v) for k, v in found.items()}
    return _SHORT[names]


def short_named(question: str, names: NameTable) -> set[str]:
    """The firms the question names by a short name written capitalised ("Area", "AREA's"), not as its
    first word unless a possessive or a colon follows ("Area's Syrian system", "Axis: which cases?"):
    a capital there says nothing ("Area of concern ...")."""
    table = short_names(names)
    found: set[str] = set()
    for i, match in enumerate(_TOKEN.finditer(question)):
        token = match.group()
        owners = table.get(token.casefold())
        if not owners or not token[:1].isupper():
            continue
        if i == 0 and question[match.end() : match.end() + 1] not in ("'", "’", ":"):
            continue
        found |= owners
    return found


def everyday_named(named: set[str], question: str, names: NameTable) -> set[str]:
    """The entries of `named` the question still names once its names said in their everyday sense
    are taken out (data/senses.yaml `names`): "a warm navy blue coat for the winter, any shops?" is a
    garment, and listed Blue Coat with the firms of its case, as the engine's answer does not."""
    said = name_key(question)
    rest = everyday_spans(said)
    if rest == said:
        return named
    return named & (names.named(rest) | list_bare.bare_named(rest, names))


def everyday_said(question: str) -> bool:
    """Whether the question says a name a card holds in its everyday sense ("a warm navy blue coat",
    "Predator drones"): the engine's ranking, led by the name, then tells nothing of what is asked."""
    said = name_key(question)
    return everyday_spans(said) != said
