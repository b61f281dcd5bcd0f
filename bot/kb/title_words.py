"""Words of a card's own name are not what a question asks of it: "O que é o Código de Prática do
Processo Pall Mall?" names the Pall Mall Process, and its 'Processo' (also a trial, in Portuguese
and Italian) asked no trial's outcome of that card (feature `unsettled`, values.py).

A question word is one of the card's when another language spells with it, within a letter or two,
a word of five or more letters of its title or aliases ('processo', 'Prozess' for 'Process'), and
it stands beside another word of that name ('Processo Pall Mall', 'Pall-Mall-Prozess'): in
"Processo Pall Mall, c'è stato un processo in tribunale?" the second 'processo' asks a trial. The
name's own word, spelt as the card spells it, is left: "was Sandvine taken off the Entity List?"
asks the listing's end in the title's own words."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from bot.kb.model import Entry
from bot.kb.text import fold

# Similarity (difflib ratio) from which a question word spells a word of the card's name.
SPELLS = 0.84
_WORD = re.compile(r"[^\W\d_]{5,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")


def name_words(entry: Entry) -> frozenset[str]:
    """The card's title's and aliases' words, folded."""
    return frozenset(w for text in (entry.title, *entry.aliases) for w in _ANY_WORD.findall(fold(text)))


def without_name_words(question: str, words: frozenset[str]) -> str:
    """The question less its words that spell one of `words` (a card's `name_words`) otherwise,
    beside another of them."""
    text = fold(question)
    found = list(_ANY_WORD.finditer(text))
    long_words = frozenset(w for w in words if len(w) >= 5)
    cut = [
        m
        for k, m in enumerate(found)
        if _WORD.fullmatch(m.group())
        and _spells(m.group(), long_words)
        and any(n.group() in words for n in found[max(k - 1, 0) : k + 2] if n is not m)
    ]
    for m in reversed(cut):
        text = text[: m.start()] + " " + text[m.end() :]
    return text


def _spells(word: str, words: frozenset[str]) -> bool:
    return word not in words and any(_similar(word, w) for w in words if abs(len(w) - len(word)) <= 2)


@lru_cache(maxsize=4096)
def _similar(a: str, b: str) -> bool:
    return a[:3] == b[:3] and SequenceMatcher(None, a, b).ratio() >= SPELLS
