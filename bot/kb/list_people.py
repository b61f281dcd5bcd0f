"""Two more ways a member asks for several (bot/kb/lists.py): "who are the German surveillance
companies?" asks for the firms as "which German companies" does, and "which people were spied on with
Candiru's spyware?" or "Pegasus victims in the Middle East - who?" for the people targeted, as "who
was hit by Pegasus?" does (list_who.py). Apart from list_who.py so each reading stays small; the
vocabulary is data in `data/list_words.yaml` (`who_are`, `people_nouns`, `victim_nouns`).
"""

from __future__ import annotations

from functools import lru_cache

from bot.kb.list_asks import FILLER, KIND_NOUNS, LIST_CUES
from bot.kb.list_heads import narrowing
from bot.kb.list_who import GEAR, WHO, WHO_ACTED
from bot.kb.places import demonym, list_words

# How far a list cue reaches for the people it asks about ("which Mexican people", "quais pessoas").
PEOPLE_REACH = 2


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    data = list_words()
    who_are = data["who_are"]
    return {
        "who": frozenset(who_are["who"].split()),
        "auxiliaries": frozenset(who_are["auxiliaries"].split()),
        "fillers": frozenset(who_are["fillers"].split()),
        "people": frozenset(data["people_nouns"].split()),
        "victims": frozenset(data["victim_nouns"].split()),
    }


def who_are(words: list[str], opens: list[bool]) -> set[str]:
    """The kinds "who are the <narrowing words> <plural noun>?" asks for: the noun's, when every word
    between the auxiliary and the noun narrows firms or is an article ("who are the Italy-based
    hacking or wiretap suppliers"), and the noun ends its clause. Empty otherwise: "who are the
    founders of NSO?" names no kind, "who are the companies' owners?" asks about the owners."""
    table = _table()
    for i, word in enumerate(words[:-2]):
        if word not in table["who"] or not opens[i] or words[i + 1] not in table["auxiliaries"]:
            continue
        for j in range(i + 2, len(words)):
            kinds = {kind for kind, nouns in KIND_NOUNS.items() if words[j] in nouns}
            if kinds:
                ends = j + 1 == len(words) or opens[j + 1]
                return kinds if ends else set()
            if not _narrows(words[j]):
                break
    return set()


def _narrows(word: str) -> bool:
    """A word that narrows firms (an origin, a place, a technology, the field) or joins them."""
    joins = FILLER | _table()["fillers"]
    return word in narrowing() or word in GEAR or word in joins or demonym(word) is not None


def people_asked(words: list[str], opens: list[bool]) -> str | None:
    """ "targeted" when the question asks which people something was done to: a list cue right
    before people ("which people", "welche Personen") and a verb of being targeted after them, or a
    victim noun after a cue or before a clause-final "who" ("Predator victims in Europe - who?").
    Whether a name, place or technology narrows them is `lists.detect`'s to check."""
    table = _table()
    targeted = WHO_ACTED["targeted"]
    for i, word in enumerate(words):
        people, victims = word in table["people"], word in table["victims"]
        if not (people or victims):
            continue
        cued = any(w in LIST_CUES for w in words[max(0, i - PEOPLE_REACH) : i])
        if people and cued and targeted.intersection(words[i + 1 :]):
            return "targeted"
        if victims and (cued or (words[-1] in WHO and opens[-1])):
            return "targeted"
    return None
