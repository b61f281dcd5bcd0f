"""How directly each entry of a list about a place concerns it, and the sentence that says so.

member14 (issue 10, item 5): "anything on morocco?" listed the Hacking Team leak first and BAE
Systems third, though BAE's summary is the only one that names Morocco; the leak names it once in a
list of eleven customers. A list about a place now puts first the entries whose summary names it,
then those whose key facts name it among a few places, then a passing mention in a long list (or
none: the place is only in the entry's metadata). Each item carries its sentence (`why`), so a face
can show the member where the entry names the place without opening it.

Why apart from bot/kb/list_select.py, which chooses the entries: this module reads their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.kb.list_asks import SINGULARS
from bot.kb.model import Entry
from bot.kb.place_names import words_of
from bot.kb.places import places

# A sentence naming more places than this names each in passing (a list of customers or targets).
FEW_PLACES = 3
# How directly an entry concerns the place: its summary names it; a key fact names it among a few
# places; a key fact names it in a long list; nothing but its metadata (countries) does.
SUMMARY, FACT, PASSING, METADATA = range(4)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_NOUNS = SINGULARS["vendor"]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _facts(body: str) -> list[str]:
    """The body's bullet points (each a fact with its source), sentence by sentence."""
    lines = [line.strip()[2:] for line in body.splitlines() if line.strip().startswith("- ")]
    return [s for line in lines for s in _sentences(line)]


@lru_cache(maxsize=16384)
def _named(sentence: str) -> frozenset[str]:
    """Every place the sentence names, as the list reader reads places (any language, adjectives)."""
    where, homes = places(words_of(sentence), sentence, _NOUNS)
    return frozenset(where | homes)


@lru_cache(maxsize=8192)
def _best(summary: str, body: str, wanted: frozenset[str]) -> tuple[int, str | None]:
    for sentence in _sentences(summary):
        if _named(sentence) & wanted:
            return SUMMARY, sentence
    found = [(len(_named(s)), n, s) for n, s in enumerate(_facts(body)) if _named(s) & wanted]
    if not found:
        return METADATA, None
    count, _, sentence = min(found)
    return (FACT if count <= FEW_PLACES else PASSING), sentence


def warm_up(entries: Iterable[Entry]) -> None:
    """Read the places of every sentence now, at build (off the event loop): the first list question
    about a place read them all (2 to 6 ms a question, search_latency's p99 5.3 ms against 2)."""
    for entry in entries:
        for sentence in (*_sentences(entry.summary), *_facts(entry.body)):
            _named(sentence)


def directness(entry: Entry, wanted: Iterable[str]) -> int:
    """SUMMARY (most direct) to METADATA (least): see the module's docstring."""
    return _best(entry.summary, entry.body, frozenset(wanted))[0]


def why(entry: Entry, wanted: Iterable[str]) -> str | None:
    """The entry's own sentence that names one of the places (its summary's first), or None."""
    return _best(entry.summary, entry.body, frozenset(wanted))[1]
