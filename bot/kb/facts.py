"""What kind of fact a question asks (founders, owners, revenue, staff, price, leadership, seat, a
person's age or home, a court's outcome, a lawsuit, a fine, advice, a future event, what a firm's
people did after it), and whether an entry's text holds any fact of that kind.

A near miss names a company the knowledge has and asks what no entry says ("who owns Utimaco
today?"): the name matches so well that coverage alone cannot tell it from a good question. The
kinds asked that the best entry does not hold are one more piece of evidence for the answer-or-refuse
model (bot/kb/calibration.py). The words are data (bot/kb/data/fact_kinds.yaml), in the twelve
languages of the glossary; an entry's kinds are worked out once, when the index is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.model import Entry
from bot.kb.rx import led
from bot.kb.text import fold

FACT_KINDS_FILE = Path(__file__).with_name("data") / "fact_kinds.yaml"
# A word starts where no letter or digit comes before it.
_WORD_START = r"(?<![^\W_])"
# A ranked candidate: entry index, rank score, the answer model's features.
Row = tuple[int, float, list[float]]


@dataclass(frozen=True)
class FactKinds:
    """Per kind: the pattern a question asking for it matches, and the one an entry holding it does."""

    asks: dict[str, re.Pattern[str]]
    holds: dict[str, re.Pattern[str]]
    # per kind, phrases that ask something else though they hold its words, left out before its
    # words are looked for ('when was he jailed?' asks the date he was locked up, which an arrest
    # gives, not a court's outcome)
    asks_not: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def asked(self, question: str) -> frozenset[str]:
        """The kinds of fact the question asks for."""
        text = fold(question)
        return frozenset(
            kind
            for kind, pattern in self.asks.items()
            if pattern.search(self.asks_not[kind].sub(" ", text) if kind in self.asks_not else text)
        )

    def held(self, entry: Entry) -> frozenset[str]:
        """The kinds of fact the entry's own text speaks of."""
        text = fold(" ".join((entry.title, *entry.aliases, entry.summary, entry.body)))
        return frozenset(kind for kind, pattern in self.holds.items() if pattern.search(text))


def word_pattern(words: Iterable[str], anywhere: Iterable[str] = ()) -> re.Pattern[str]:
    """One alternation behind one word-start check: a check per word made a question cost ~0.45 ms
    (every position tried every word's check); this way ~0.04 ms. The letters a word can start
    with are checked before both (`rx.led`): the same matches, a fifth less time."""
    parts = [f"{_WORD_START}(?:{'|'.join(fold(w) for w in words)})"] if words else []
    parts += [re.escape(fold(w)) for w in anywhere]  # read against folded text too: 'نتائج' is 'نتايج' there
    return led("|".join(parts)) if parts else re.compile(r"(?!)")


def load(path: Path = FACT_KINDS_FILE) -> FactKinds:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["kinds"]
    return FactKinds(
        {k: word_pattern(v.get("asks", ()), v.get("asks_anywhere", ())) for k, v in data.items()},
        {k: word_pattern(v.get("holds", ())) for k, v in data.items()},
        {k: word_pattern(v["asks_not"]) for k, v in data.items() if v.get("asks_not")},
    )


@lru_cache(maxsize=1)
def default_fact_kinds() -> FactKinds:
    """The shipped word lists, read once."""
    return load()


def held_first(rows: list[Row], unheld: int, margin: float, cue: float) -> list[Row]:
    """Rows (entry, rank score, features) with `cue` added to the near-ties at the top (within
    `margin` of the best) whose text holds every kind of fact asked (feature `unheld` is 0): "how can
    I check if my phone has Pegasus?" asks advice, which the Pegasus Project card holds (it names
    Amnesty's toolkit) and the NSO Group card, named by "Pegasus" alone, does not."""
    if not rows:
        return list(rows)
    best = max(score for _, score, _ in rows)
    return [
        (i, score + cue if score >= best - margin and x[unheld] == 0.0 else score, x) for i, score, x in rows
    ]
