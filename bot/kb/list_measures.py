"""A government's actions or steps are its measures (bot/kb/lists.py): "US Treasury actions you've got
on file", "US government steps on mercenary spyware", "Washington's actions against the Predator
consortium", "what steps has the EU taken on spyware exports?" ask for the rule entries of that place,
as "US measures against spyware firms" does. Read only where a government says them: the words
right before the noun are a place, an adjective of one, a government's own word ("government",
"Treasury") or a seat of government with its possessive ("Washington's": the United States), or a
"what/which" cue asks what steps such a government (or a seat of one: "what steps has Washington
taken?") took; "what has Washington done?" reads its seat as its country as well. "What steps can I
take to protect my phone?" and "legal actions against NSO" are no government's. The vocabulary is data in
`data/list_words.yaml` (`measure_nouns`, `government_words`, `government_seats`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.kb.cities import city, city_countries
from bot.kb.place_names import country_names, demonyms, key_of, list_words

# How many words before the noun may say whose it is ("US government steps", "the US Treasury's
# actions"), and after a cue's auxiliary ("what steps has the UK government taken").
REACH = 3
_TOKEN = re.compile(r"[^\W_]+(?:['’]s?)?")
MEASURES = "measures"


@lru_cache(maxsize=1)
def _rule_nouns() -> frozenset[str]:
    """The nouns of rules, every kind (list_words.yaml `kind_nouns` rule, law, sanction)."""
    nouns = list_words()["kind_nouns"]
    return frozenset(w for kind in ("rule", "law", "sanction") for w in str(nouns[kind]).split())


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str], frozenset[str]]:
    data = list_words()
    seats = {key_of(k): v for k, v in data["government_seats"].items()}
    return (
        frozenset(data["measure_nouns"].split()),
        frozenset(data["government_words"].split()),
        seats,
        frozenset(data["measure_cues"].split()),
        frozenset(data["measure_auxiliaries"].split()),
    )


_POSSESSIVE = re.compile(r"['’]s?$")
# "What has Washington done ...?": its subject's acts over time, as list_cues.DONE reads them.
_DONE = re.compile(r"\s*what (?:has|have) ((?:\S+ ){1,3})done\b", re.IGNORECASE)


def _government(token: str) -> str | None:
    """The place a word before the noun names as a government ("" when it says none, None when it is
    no government's word): a country or its adjective ("US", "British"), a government's own word
    ("Treasury"), or a city with its possessive ("Washington's", "Brussels'": the seat of a
    government, data's `government_seats` first)."""
    words = _vocabulary()[1]
    word = key_of(_POSSESSIVE.sub("", token))
    if word in words:
        return ""
    if word in country_names() or word in demonyms():
        return country_names().get(word) or demonyms().get(word) or ""
    if _POSSESSIVE.search(token):
        return _seat_place(_POSSESSIVE.sub("", token)) or ""
    return None


def _seat_place(token: str, *, subject: bool = False) -> str | None:
    """The place a seat of government stands for ("Washington": the United States, "Brussels": the
    EU, data's `government_seats` first), or None when the word names no seat. As a `subject` ("what
    has Washington done?") a city counts only capitalised ("washington" may be a surname's), a seat
    of the data's ("whitehall") as typed."""
    word = key_of(token)
    if found := _vocabulary()[2].get(word):
        return found
    if subject and not token[:1].isupper():
        return None
    return city_countries().get(city([word], token) or "")


def as_measures(question: str) -> str:
    """The question with a government's "actions" or "steps" written as its "measures", and a seat
    of government said with its possessive written as its country ("Washington's actions": "United
    States measures"); unchanged when no government says them."""
    nouns, _, _, cues, auxiliaries = _vocabulary()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(question)]
    edits: list[tuple[int, int, str]] = []
    for i, (start, end, token) in enumerate(tokens):
        # "Seoul's rules", "London's laws": a seat's rules are its country's, never every rule held
        # (a capital no card names keeps no rule: an empty list, not the others')
        prior = tokens[i - 1][2] if i else ""
        if (
            key_of(token) in _rule_nouns()
            and _seat(prior)
            and (place := _seat_place(_POSSESSIVE.sub("", prior)))
        ):
            edits.append((tokens[i - 1][0], tokens[i - 1][1], place))
        if token.casefold() not in nouns:
            continue
        before = [
            (b, place) for b in tokens[max(0, i - REACH) : i] if (place := _government(b[2])) is not None
        ]
        # "what steps has the EU taken ...?", "what steps has Washington taken?": the government said,
        # or a seat of government as its subject
        after = tokens[i + 2 : i + 2 + REACH]
        subjects = [(s, e, place) for s, e, said in after if (place := _seat_place(said, subject=True))]
        asked = (
            i > 0
            and tokens[i - 1][2].casefold() in cues
            and i + 1 < len(tokens)
            and tokens[i + 1][2].casefold() in auxiliaries
            and (any(_government(t[2]) is not None for t in after) or bool(subjects))
        )
        if not before and not asked:
            continue
        edits.append((start, end, MEASURES))
        seats = [(s, e, place) for (s, e, said), place in before if place and _seat(said)]
        edits += seats  # "Washington's": the place the list reader reads
        edits += subjects if asked and not before else []  # "has Washington taken": the same
    if done := _DONE.match(question):  # "what has Washington done about spyware?": the same
        edits += [
            (s, e, place)
            for s, e, said in tokens
            if done.start(1) <= s < done.end(1) and (place := _seat_place(said, subject=True))
        ]
    for start, end, text in sorted(set(edits), reverse=True):
        question = question[:start] + text + question[end:]
    return question


def _seat(token: str) -> bool:
    """A city's possessive, not a country's own ("the UK's steps" reads as it is)."""
    return bool(_POSSESSIVE.search(token)) and key_of(_POSSESSIVE.sub("", token)) not in country_names()
