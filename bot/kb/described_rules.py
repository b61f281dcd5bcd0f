"""A rule described without its name, in English: "the Strasbourg committee probing spyware in
Warsaw and Budapest" (PEGA), "Brussels' voluntary guidance for exporters on unlisted snooping items"
(the Commission's 2024 recommendation). The description gives the body by its seat or nickname (its
jurisdiction: data/rule_bodies.yaml `seats`),
the form of the measure (`forms`, and the adjectives of force list_forms.py reads: 'voluntary' is
guidance), and more of what the card tells: its places, gear, years, its words. It picks a rule out
when that rule is the only one of its jurisdiction and form that fits as well: 'the Brussels law' is
any of four, 'the Brussels law on face matching by police' the AI Act. A jurisdiction or a form no
card has ('the Japanese export order', 'the Australian law') picks none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.list_forms import forms_said
from bot.kb.model import Entry
from bot.kb.tags import tagged
from bot.kb.text import STOPWORDS, name_key

_FILE = Path(__file__).with_name("data") / "rule_bodies.yaml"
# The fewest letters of a word of the question the card's text is searched for
_SHORT = 4
# The fewest of its places, gear, years and words a rule must fit, beyond its body and form: one
# word ('Brussels guidance on AI in schools': 'schools') is a topic shared by chance
_LEAST = 2
# The card must hold one in this many of those words: a description of something else says most of
# its words of that ('the UK law on facial recognition in schools')
_SHARE = 3


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    seats = {place: tuple(f" {w} " for w in said) for place, said in data["seats"].items()}
    forms = {form: tuple(f" {w} " for w in said) for form, said in data["forms"].items()}
    return seats, forms


def _said(plain: str, table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    spaced = f" {plain} "
    return frozenset(key for key, said in table.items() if any(w in spaced for w in said))


def seats_and_forms(plain: str, typed: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The jurisdictions the question names by a seat, the forms of measure it names, and the words
    of both (left out of the words a card must hold)."""
    seats, forms = _table()
    where = _said(plain, seats)
    said = _said(plain, forms) | forms_said(plain.split())
    used = frozenset(
        w
        for table in (seats, forms)
        for ws in table.values()
        for p in ws
        if p in f" {plain} "
        for w in p.split()
    )
    return where, said, used


class Rules:
    """The rule cards' jurisdictions, forms and words, read once with the engine."""

    def __init__(self, entries: Sequence[Entry], words: Sequence[frozenset[str]]) -> None:
        self.entries = entries
        self.words = words
        self.rules = [k for k, e in enumerate(entries) if e.kind == "rule" and e.countries and e.form]
        # each card's places, tagged as a question's are (tags.py): its jurisdiction first
        _table()  # read with the engine, not by a member's question
        self.places = [frozenset(tagged("country", c) for c in e.countries) for e in entries]

    @staticmethod
    def seated(typed: str) -> bool:
        """Whether the question names a body by its seat (`seats`): else no rule is described, and
        its places are never read for one (~0.3 ms a question)."""
        return bool(typed) and bool(_said(name_key(typed), _table()[0]))

    def picks(
        self, i: int, plain: str, typed: str, facts: tuple[Collection[str], Collection[str], Collection[int]]
    ) -> bool:
        """Whether the description (`plain`: its folded words; `typed`; `facts`: the places, gear and
        years read of it) names rule i's jurisdiction by a seat, its form, every place it names is
        one of i's, and i fits it better than every other rule of that jurisdiction and form."""
        entry = self.entries[i]
        if entry.kind != "rule" or i not in self.rules:
            return False
        where, forms, used = seats_and_forms(plain, typed)
        own = entry.countries[0]
        if own not in where or entry.form not in forms:
            return False
        places, techs, years = facts
        seats = {tagged("country", c) for c in where}
        if not set(places) - seats <= self.places[i] or not set(years) <= set(entry.years):
            return False
        content = frozenset(w for w in plain.split() if len(w) >= _SHORT and w not in used | STOPWORDS)
        rivals = [
            k
            for k in self.rules
            if k != i and self.entries[k].countries[0] == own and self.entries[k].form in forms
        ]
        if _SHARE * len(content & self.words[i]) < len(content):
            return False  # what it says of the rule the card mostly never says: something else
        mine = self._fit(i, content, places, techs, years)
        return mine >= _LEAST and all(self._fit(k, content, places, techs, years) < mine for k in rivals)

    def _fit(
        self,
        k: int,
        content: frozenset[str],
        places: Collection[str],
        techs: Collection[str],
        years: Collection[int],
    ) -> int:
        e = self.entries[k]
        facts = int(bool(set(places) & self.places[k] - {tagged("country", e.countries[0])}))
        facts += bool(set(techs) & set(e.technologies))
        facts += bool(set(years) & set(e.years))
        return facts + len(content & self.words[k])
