"""People the entries name among their aliases ("Tal Dilian" of Intellexa, "Ayman Nour" of an Egyptian
case): asked everything on a person ("everything on Tal Dilian"), the member wants the cards that tell
of that person, not every card tied to the firm or case whose alias the name is (bot/kb/list_select.py).
Whether an alias is a person's is read from its form alone: two to four words written as names are
("Tal Jonathan Dilian"), whose last word (the surname) is rare in English, no place, and no word of the
entry's own lead name nor of another entry's names ("Cytrox Holdings", "Pegasus Poland", "Red Wolf",
"Bad Traffic" are not people). An alias whose surname is a common word ("Phineas Fisher") is a
person when its given name is rare and no other name's: asked by both words, told by both words.
People the cards only tell of ("ex-CEO Philippe Vannier was charged"), no card's alias: their full
names as the cards write them (`body_people`), asked by the whole name, never by a common word alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from bot.kb.cities import city_names
from bot.kb.english_zipf import english_zipf
from bot.kb.model import Entry
from bot.kb.place_names import country_names, key_of, list_words, words_of


class PeopleTable(Protocol):
    """What `on_a_person` reads of list_names.NameTable (which builds its people from this module):
    the name spans of a question, each person's name key -> (entry id, surname), and who tells of them."""

    people: dict[str, tuple[str, str]]
    telling: dict[str, frozenset[str]]
    body_people: dict[str, frozenset[str]]

    def spans(self, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]: ...


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)?")
# A surname at least this rare in English (Zipf scale): "Dilian" 0, "Nour" 2.4; "Wolf" 4.4, "Wine" 4.7
RARE = 3.0
WORDS = (2, 4)
# What an everything-request asks for (bot/kb/lists.py): every kind of entry.
EVERY_KIND = frozenset({"vendor", "case", "rule"})
# A firm's legal form is no surname ("Cytrox Holdings Zrt", "Tykelab Srl"): list_words.yaml's own list
SUFFIXES = frozenset(key_of(s) for s in list_words()["company_suffixes"])
# A body's words ("Süddeutsche Zeitung", "Fundación Acceso", "Jet Infosystems"): list_words.yaml's list
BODIES = frozenset(key_of(s) for s in list_words()["organisation_words"].split())


def person_keys(entries: Sequence[Entry], keys: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """Each person's name key -> (the entry whose alias it is, the surname's folded word)."""
    words_of_others: dict[str, set[str]] = {}
    for entry_id, entry_keys in keys.items():
        for k in entry_keys:
            for w in k.split():
                words_of_others.setdefault(w, set()).add(entry_id)
    in_keys = Counter(w for entry_keys in keys.values() for k in entry_keys for w in k.split())
    places = country_names()
    people: dict[str, tuple[str, str]] = {}
    for entry in entries:
        lead = key_of(re.split(r"[(:,–—]| - ", entry.title)[0]).split()
        for alias in entry.aliases:
            said = alias.split()
            if not WORDS[0] <= len(said) <= WORDS[1] or not all(_NAME_WORD.fullmatch(w) for w in said):
                continue
            key = key_of(alias)
            surname = key.split()[-1]
            # "Phineas Fisher": a common surname, told only with the given name
            told = key if english_zipf(surname) >= RARE and _given_alone(key, in_keys) else surname
            if (
                surname in lead
                or surname in SUFFIXES
                or words_of_others.get(surname, set()) - {entry.id}
                or surname in places
                or (english_zipf(surname) >= RARE and told == surname)
            ):
                continue
            people[key] = (entry.id, told)
    return people


def _given_alone(key: str, in_keys: Counter[str]) -> bool:
    """A two-word name whose given name is rare and in no other name ("phineas" of "Phineas Fisher";
    "heliconia" of "Heliconia Noise" is Variston's "Heliconia Soft" too): the pair names a person."""
    said = key.split()
    return len(said) == 2 and english_zipf(said[0]) < RARE and in_keys[said[0]] == 1


# A person's name as the cards write it: two or three capitalised words ("Philippe Vannier").
_FULL_NAME = re.compile(r"(?<![\w'’-])((?:[A-Z][^\W\d_A-Z]+ ){1,2}[A-Z][^\W\d_A-Z]+)(?![\w'’-])")
# A given name at least this common in English is a sentence's word ("The Sandvine", "When Intellexa")
GIVEN_COMMON = 5.0


def body_people(
    entries: Sequence[Entry], keys: dict[str, list[str]], people: dict[str, tuple[str, str]]
) -> dict[str, frozenset[str]]:
    """People the cards name in their summaries and bodies but no card has as an alias ("Philippe
    Vannier", Amesys's ex-CEO): each full name's key -> the entries that say its surname. A name whose
    surname is common or a place, or any of whose words is an entry's name ("Sagem Morpho", "The
    Sandvine"), a town ("Milan Malpensa", "Hod Hasharon"), a body's word ("Süddeutsche Zeitung") or a
    common word before it ("President Metsola"), is no one's."""
    name_words = {w for entry_keys in keys.values() for k in entry_keys for w in k.split()}
    places, towns = country_names(), city_names()
    said: set[str] = set()
    for entry in entries:
        for m in _FULL_NAME.finditer(f"{entry.summary}\n{entry.body}"):
            said.add(key_of(m.group(1)))
    found: dict[str, str] = {}
    for key in said - set(people):
        words = key.split()
        surname = words[-1]
        if (
            english_zipf(surname) >= RARE
            or surname in SUFFIXES
            or any(w in name_words or w in places or w in BODIES for w in words)
            or any(
                " ".join(words[i:j]) in towns for i in range(len(words)) for j in range(i + 1, len(words) + 1)
            )
            or any(english_zipf(w) >= GIVEN_COMMON for w in words[:-1])
        ):
            continue
        found[key] = surname
    return _saying(entries, found)


def telling(entries: Sequence[Entry], people: dict[str, tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each person's name key -> the entries that say the surname anywhere (title, summary, aliases,
    body), folded as the question is."""
    return _saying(entries, {key: surname for key, (_, surname) in people.items()})


def _saying(entries: Sequence[Entry], surnames: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each name key -> the entries whose title, summary, aliases or body say its surname (folded):
    one reading for the aliases' people (`telling`) and the bodies' (`body_people`)."""
    texts = {e.id: f" {key_of(' '.join((e.title, e.summary, *e.aliases, e.body)))} " for e in entries}
    return {
        key: frozenset(i for i, text in texts.items() if f" {surname} " in text)
        for key, surname in surnames.items()
    }


def on_a_person(
    pool: list[Entry], wording: str, names: PeopleTable, kinds: frozenset[str], named: frozenset[str]
) -> list[Entry]:
    """Everything on a person ("everything on Tal Dilian", "everything about Ayman Nour"): of the pool,
    the entries that tell of the person, when every entry the wording names (the query's `names`) is
    named by a person's alias and every kind is asked for. "Everything on Tal Dilian" listed every
    Predator case and US rule tied to Intellexa; now Intellexa's card and the sanctions naming him. A question
    naming a firm or case too ("Tal Dilian and Cytrox"), or asking a kind ("which cases involve Carmen
    Aristegui?"), keeps what it got. A person only the cards tell of ("Philippe Vannier: all of it",
    `body_people`) is named by the cards that tell of them: those, of the kinds asked."""
    words = words_of(wording)
    said = [" ".join(words[s:e]) for s, e, _ in names.spans(words)]
    told = [k for k in said if k in names.body_people]
    if told and len(told) == len(said):
        tellers = frozenset(i for k in told for i in names.body_people[k])
        return [e for e in pool if e.id in tellers]
    if kinds != EVERY_KIND:
        return pool
    people = [k for k in said if k in names.people]
    if not people or len(people) < len(said) or {names.people[k][0] for k in people} != named:
        return pool
    telling = frozenset(i for k in people for i in names.telling[k])
    return [e for e in pool if e.id in telling]
