"""A state a card tells as of its time only, asked as holding now: 'is Androulakis still an MEP
today?' of a card saying '(then an MEP)', or 'is Brejza still a senator?' of 'opposition senator
Krzysztof Brejza' in a line dated 2021. The card says what held then, not what holds now (holds.py
`told_then`, kept apart as the reading of such states on a card)."""

from __future__ import annotations

import re

from bot.kb.model import Entry
from bot.kb.relations import statements_of
from bot.kb.text import content_tokens, fold

# A state a card tells as of its time only ('PASOK leader Nikos Androulakis (then an MEP)'): the
# word after it is what the card says held then, and no more ('former' tells it ended: an answer)
_THEN = re.compile(r"\b(?:then|at the time) (?:an? |the )?([\w-]+)", re.IGNORECASE)
# A role told as a title before a person's name ('opposition senator Krzysztof Brejza', 'CEO Yossi
# Carmil'): it says what the person was when the statement's event happened, no more. The title is
# lower case or an acronym: 'French National Assembly' is no role 'French' ('is Idemia still French?'
# was refused)
_TITLED = re.compile(r"\b([a-z]+|[A-Z]{2,}) [A-Z][\w'-]+ [A-Z][\w'-]+")
# The role a question asks still held ('is Brejza still a senator?', 'still the CEO?')
_STILL = re.compile(r"\bstill (?:an? |the )?(\w+)")


def held_then(entry: Entry) -> frozenset[str]:
    """The tokens of the states an entry's card tells as of its time only (`_THEN`: 'MEP' of
    '(then an MEP)')."""
    held = (m.group(1) for st in statements_of(entry) for m in _THEN.finditer(st))
    return frozenset(t for state in held for t in content_tokens(state))


def titled(entry: Entry) -> frozenset[str]:
    """The tokens of the titles an entry's card puts before a person's name (`_TITLED`: 'senator'
    of 'opposition senator Krzysztof Brejza'), read once per card so a question asking a role
    still held scans no statement."""
    titles = (m.group(1) for st in statements_of(entry) for m in _TITLED.finditer(st))
    return frozenset(t for title in titles for t in content_tokens(title))


class ToldThen:
    """Per entry, the states its card tells as of its time only and the titles before names."""

    def __init__(self, entries: list[Entry]) -> None:
        self._then = [held_then(e) for e in entries]
        self._titled = [titled(e) for e in entries]

    def told(self, i: int, text: str, question: str) -> bool:
        """Whether entry i's card tells as of its time only a state the question (`question`, read
        as `text`) asks still held."""
        if not self._then[i].isdisjoint(content_tokens(text)):
            return True
        # or as a title before the person's name, of the role asked still held ('is Brejza still a
        # senator?' of 'opposition senator Krzysztof Brejza', in a line dated December 2021: 0.81)
        role = {t for m in _STILL.finditer(fold(question)) for t in content_tokens(m.group(1))}
        return not self._titled[i].isdisjoint(role)
