"""Whether a rule answers a question asking another place's own rules.

'中国对间谍软件出口有什么法律规定？', 'How does China regulate the export of its own surveillance tech?
Is there a Chinese export control law?' ask China's rules: the US EAR rule (0.79), which names China
as a destination, and Amnesty's report on EU exports to China (0.70) tell none of them. The places
whose own rules a question asks are read as owners.py reads them ('Chinese export control law',
'rules of the EU'); a rule's card is its authority's, the first of its countries (a report's,
inquiry's or campaign's too: what it weighs are that authority's rules), taken with its region ('EU'
holds its member states: 'German export law' is answered by the EU regulation in force there)."""

from __future__ import annotations

from functools import lru_cache

from bot.kb.model import Entry
from bot.kb.owners import asked_owners, made_by, places_named
from bot.kb.places import expand

_places = lru_cache(maxsize=64)(places_named)  # a rule's first country, or a question


def authority(entry: Entry) -> frozenset[str]:
    """The places whose rules entry's card tells: its title's maker, else its first country's, with
    the members of a union among them."""
    if entry.kind != "rule":
        return frozenset()
    return expand(made_by(entry) or (_places(entry.countries[0]) if entry.countries else frozenset()))


def others_rules(entry: Entry, question: str, lang: str) -> bool:
    """Whether an English question asks the own rules of places none of which made rule `entry`'s,
    and names none of its makers elsewhere ('which Acts the UK system rests on, whether the old EU
    regulation still applies after Brexit' asks of the UK's rules too). Other languages' words are
    read as places too often ('Na czym polegają sankcje OFAC' read Poland's rules)."""
    if entry.kind != "rule" or lang != "en":
        return False
    asked = asked_owners(question)
    if not asked:
        return False
    made = authority(entry)
    return bool(made) and made.isdisjoint(asked) and made.isdisjoint(_places(question))
