"""A rule described without its name, in English: "the Strasbourg committee probing spyware in
Warsaw and Budapest" (the PEGA inquiry: its seat and form, two of its places and its gear),
"Brussels' voluntary guidance for exporters on unlisted snooping items" (the Commission's 2024
recommendation). The description gives the body by its seat or nickname (its jurisdiction:
data/rule_bodies.yaml `seats`; a head of state's office, `presidencies`, names only the acts it
signs), the form of the measure (`forms`, and the adjectives of force list_forms.py reads:
'voluntary' is guidance), and more of what the card tells: its places, gear, years, its words. A
town's or country's name is a place, not a word the card must hold ('Warsaw' is Poland); a
person's nationality ('a Dutch liberal as rapporteur') is no place the rule must name. It picks a
rule out when that rule is the only one of its jurisdiction and form that fits as well: 'the
Brussels law' is any of four, 'the Brussels law on face matching by police' the AI Act (search.py
lifts it first from below a card of its topic). A jurisdiction or a form no card has ('the
Japanese export order', 'the Australian law') picks none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from bot.kb.cities import city_names
from bot.kb.list_forms import forms_said
from bot.kb.model import Entry
from bot.kb.place_names import country_names, demonyms
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


@lru_cache(maxsize=1)
def _presidencies() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each jurisdiction's words for its head of state's office, and the names of the acts it signs."""
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8"))["presidencies"]
    return {c: (tuple(f" {w} " for w in row["said"]), tuple(row["acts"])) for c, row in data.items()}


def _presidential(plain: str) -> frozenset[str]:
    """The jurisdictions whose head of state's office the description names ('the White House')."""
    return _said(plain, {c: said for c, (said, _) in _presidencies().items()})


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    return frozenset(yaml.safe_load(_FILE.read_text(encoding="utf-8"))["persons"])


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The one-word names of towns, countries and peoples: read as places, never as a card's words."""
    return frozenset(
        w for table in (city_names(), country_names(), demonyms()) for w in table if " " not in w
    )


def nationalities(plain: str) -> frozenset[str]:
    """The countries (tagged) of people the description names by nationality ('a Dutch liberal as
    rapporteur', 'the Spanish MEP'): who they are, not where the rule applied."""
    words = plain.split()
    said = demonyms()
    return frozenset(
        tagged("country", said[w]) for w, nxt in pairwise(words) if w in said and nxt in _persons()
    )


def _said(plain: str, table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    spaced = f" {plain} "
    return frozenset(key for key, said in table.items() if any(w in spaced for w in said))


def seats_and_forms(plain: str, typed: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The jurisdictions the question names by a seat, the forms of measure it names, and the words
    of both (left out of the words a card must hold)."""
    seats, forms = _table()
    offices = {c: said for c, (said, _) in _presidencies().items()}
    where = _said(plain, seats) | _said(plain, offices)
    said = _said(plain, forms) | forms_said(plain.split())
    used = frozenset(
        w
        for table in (seats, forms, offices)
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
        (
            _table(),
            _persons(),
            _place_words(),
            _presidencies(),
        )  # read with the engine, not by a member's question
        self.places = [frozenset(tagged("country", c) for c in e.countries) for e in entries]
        # the acts a head of state signs alone (an executive order): what 'the White House ...' names
        self.signed = {
            k
            for k in self.rules
            if (acts := _presidencies().get(entries[k].countries[0]))
            and any(a in name_key(n) for n in (entries[k].title, *entries[k].aliases) for a in acts[1])
        }

    @staticmethod
    def seated(typed: str) -> bool:
        """Whether the question names a body by its seat (`seats`): else no rule is described, and
        its places are never read for one (~0.3 ms a question)."""
        plain = name_key(typed) if typed else ""
        return bool(plain) and bool(_said(plain, _table()[0]) or _presidential(plain))

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
        # named only by its head of state's office ('the White House directive'): one of its acts
        office = own in _presidential(plain) and own not in _said(plain, _table()[0])
        if office and i not in self.signed:
            return False
        places, techs, years = facts
        places = set(places) - nationalities(plain)
        seats = {tagged("country", c) for c in where}
        if not set(places) - seats <= self.places[i] or not set(years) <= set(entry.years):
            return False
        content = frozenset(
            w for w in plain.split() if len(w) >= _SHORT and w not in used | STOPWORDS | _place_words()
        )
        rivals = [
            k
            for k in self.rules
            if k != i
            and self.entries[k].countries[0] == own
            and self.entries[k].form in forms
            and (k in self.signed or not office)
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
