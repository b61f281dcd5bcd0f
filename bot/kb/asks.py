"""The asks of one message: 'hacking team still exist? new name?', 'who hacked the hacking team
guys and how big was the dump'. Casual members ask two things at once; read whole, the second ask
lowers how much of the question the entry explains (`told`, `rest`), and a message whose first ask
the entry plainly holds was refused with that entry first. The search answers it on its first ask
(`lifted`), unless some evidence says the message asks what the entry does not hold: a near miss is
a known name plus an ask no entry holds, one held ask beside it included ('did Boeing sell Narus?
who owns it now?').

An ask ends at a question mark followed by more text, or before a joining word ('and', 'n') whose
next word opens a question ('and is it', 'n is anyone'), read in data/asks.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from bot.kb.calibration import FEATURES
from bot.kb.text import ASKING_WORDS, content_tokens, word_count

# an ask of fewer words says too little to be answered alone ('new name', 'who tho')
MIN_ASK_WORDS = 3
# The evidence that a question asks what an entry does not hold (a close near miss: facts.py,
# relations.py, values.py, elsewhere.py, evidence.py's `unplaced`): any of it keeps the message refused.
CLOSE = tuple(
    FEATURES.index(f)
    for f in ("unheld", "unplaced", "apart", "unvalued", "elsewhere", "unstated", "unsettled")
)
# How sure the first ask must be, read alone, to answer the message: the rest of it goes unread, so
# more than the engine's threshold; 'what does candiru charge per target? someone said 16m' read 0.74
# on its first ask, with a case that never gives a price.
LIFT_BAR = 0.8
_MARKS = re.compile(r"(?<=[?!])\s+")


# Read with the module, at start: never a file read on the event loop at a member's first question.
# data/asks.yaml, read once here (alternatives.py reads its tables too)
ASKS_DATA = yaml.safe_load((Path(__file__).with_name("data") / "asks.yaml").read_text(encoding="utf-8"))
_JOINS = frozenset(map(str, ASKS_DATA["joins"]))
_OPENS = frozenset(map(str, ASKS_DATA["opens"])) | ASKING_WORDS


def asks(text: str) -> list[str]:
    """The message's asks in order, their marks and joining words left out; the whole text alone
    when it asks one thing."""
    found: list[str] = []
    for sentence in _MARKS.split(text.strip()):
        words = sentence.split()
        start = 0
        for n in range(len(words) - 1):  # a sentence may open on one ('and is it blacklisted?')
            if words[n].lower() in _JOINS and words[n + 1].lower().strip("?!,.") in _OPENS:
                found.append(" ".join(words[start:n]))
                start = n + 1
        found.append(" ".join(words[start:]))
    found = [part for a in found if (part := a.strip(" ?!,.;:-"))]
    return found if len(found) > 1 else [text]


def value_asks(text: str, asks_value: Callable[[str], bool]) -> frozenset[str] | None:
    """The words (content stems) of the asks of a message of several that ask a value, when some
    ask none (`asks_value`: whether an ask asks one). None when the message asks one thing, or each
    ask asks a value."""
    parts = asks(text)
    valued = [part for part in parts if asks_value(part)]
    if len(parts) < 2 or not valued or len(valued) == len(parts):
        return None
    return frozenset(t for part in valued for t in content_tokens(part))


def of_value_asks(named: dict[str, float], text: str, asks_value: Callable[[str], bool]) -> dict[str, float]:
    """The named things (token -> weight) a value asked is about: 'how many activists got infected
    n is anyone suing' asks a count of the infected, not of suing, so only the asks that ask the
    value must stand with it in one statement (values.py). But an ask naming nothing ('how much did
    the contract cost?') asks the value of what the other asks name: then all of them."""
    valued = value_asks(text, asks_value) if named else None
    if valued is None or valued.isdisjoint(named):
        return named
    return {t: w for t, w in named.items() if t in valued}


def first_ask(text: str) -> str | None:
    """The first ask of a message of several, when it says enough to be answered alone."""
    parts = asks(text)
    return parts[0] if len(parts) > 1 and word_count(parts[0]) >= MIN_ASK_WORDS else None


def lifted(
    text: str,
    top: int,
    whole: tuple[float, ...],
    first: Callable[[str], tuple[int, tuple[float, ...]] | None],
    probability: Callable[[tuple[float, ...]], float],
) -> tuple[float, str]:
    """Entry `top`'s probability on the first ask of `text` alone, and that ask (`first`: the
    first candidate of a question and its features), when the message asks several things, `top`
    also comes first for its first ask, and no close near-miss evidence stands against it, read on
    the whole message (`whole`: `top`'s features) or on the ask; else (0, '')."""
    ask = first_ask(text)
    if ask is None or any(whole[k] > 0 for k in CLOSE):
        return 0.0, ""
    row = first(ask)
    if row is None or row[0] != top or any(row[1][k] > 0 for k in CLOSE):
        return 0.0, ""
    p = probability(row[1])
    return (p, ask) if p >= LIFT_BAR else (0.0, "")
