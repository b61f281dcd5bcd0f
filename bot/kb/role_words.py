"""The word lists of data/roles.yaml, read once: what a question's grammar says about the things it
names (roles.py), the measures one authority takes against a firm (actors.py) and the words around a
year (in_force.py). Kept apart from the cues that use them, so a reader of the words needs none of
the ranking."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.place_names import folded_words
from bot.kb.text import stem


@lru_cache(maxsize=1)
def role_data() -> dict[str, list[str]]:
    """data/roles.yaml as read, table name -> its words, folded as the question's words are (Russian
    'какой', 'который' are 'какои', 'которыи' there)."""
    path = Path(__file__).with_name("data") / "roles.yaml"
    return dict(folded_words(yaml.safe_load(path.read_text(encoding="utf-8"))))


@lru_cache(maxsize=1)
def measure_stems() -> frozenset[str]:
    """The stems of the measures one authority takes against a firm (data/roles.yaml `measures`), read
    once (a question asking a measure stemmed them again at each of its ~10 readers)."""
    return frozenset(map(stem, role_data()["measures"]))


@lru_cache(maxsize=1)
def listing_stems() -> frozenset[str]:
    """The stems of the words asking whether a firm was listed (data/roles.yaml `listings`:
    'blacklisted', 'sanctioned'), read once (unknown_listed.py read them on each question)."""
    return frozenset(map(stem, role_data()["listings"]))


@lru_cache(maxsize=1)
def placed_measure_stems() -> frozenset[str]:
    """The stems of the measures read with a place that is not the question's subject
    (data/roles.yaml `measures_placed`)."""
    return frozenset(map(stem, role_data()["measures_placed"]))


@lru_cache(maxsize=1)
def acting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words opening an English question whose next place acts ('did') and the articles
    between them ('the'; data/roles.yaml `acting_opens`, `acting_articles`)."""
    data = role_data()
    return frozenset(data["acting_opens"]), frozenset(data["acting_articles"])


@lru_cache(maxsize=1)
def acting_asks() -> frozenset[str]:
    """The question words that may stand before an English question's opener ('what did the US ...';
    data/roles.yaml `acting_asks`): two words, read from the table the build reads."""
    return frozenset(role_data().get("acting_asks", ()))


def passed_over(words: Sequence[str], j: int, *skipped: Collection[str]) -> int:
    """The index of the first word from j on that is in none of `skipped` (len(words): none is):
    where a question's subject starts past its opener and articles ('did the EU', actors.py,
    named_actor.py), or past its everyday words too ('hat Polen')."""
    while j < len(words) and any(words[j] in group for group in skipped):
        j += 1
    return j


def opened_subject(words: Sequence[str]) -> int | None:
    """Where the subject of a question opening on a word of data/roles.yaml `acting_opens` starts,
    past the articles after it ('did the EU ban': 2); None when it opens on none."""
    opens, articles = acting_words()
    # a question word before the opener ('what did Canada do to limit Sandvine's exports?'): the
    # place after it acts all the same (data/roles.yaml `acting_asks`)
    k = 1 if words[:1] and words[0] in acting_asks() else 0
    if len(words) <= k or words[k] not in opens:
        return None
    return passed_over(words, k + 1, articles)


@lru_cache(maxsize=1)
def placed_limits() -> tuple[frozenset[str], bool]:
    """The kinds of card a measure asked with a place is held of, and whether a place the card's
    firm or case sent goods to is held when the question does not open on it (data/roles.yaml
    `measures_placed_kinds`, `measures_placed_sent`)."""
    data = role_data()
    return frozenset(data["measures_placed_kinds"]), bool(data["measures_placed_sent"])


@lru_cache(maxsize=1)
def measureless_forms() -> frozenset[str]:
    """The forms of rule card that take no measure themselves ('inquiry', 'report'; data/roles.yaml
    `measureless_forms`)."""
    return frozenset(role_data()["measureless_forms"])


@lru_cache(maxsize=1)
def agent_words() -> frozenset[str]:
    """The words before the agent of a passive in the campaign's other languages ('von', 'przez';
    data/roles.yaml `agent_other`)."""
    return frozenset(role_data()["agent_other"])


@lru_cache(maxsize=1)
def sought_stems() -> frozenset[str]:
    """The stems of the words saying a measure was sought, not taken ('called for a ban';
    data/roles.yaml `measure_sought`)."""
    return frozenset(stem(w) for w in role_data()["measure_sought"])


@lru_cache(maxsize=1)
def legislature_stems() -> frozenset[str]:
    """The stems of the legislatures a question may ask of as acting (data/roles.yaml `legislatures`)."""
    return frozenset(stem(w) for w in role_data()["legislatures"])


@lru_cache(maxsize=1)
def located_before() -> frozenset[str]:
    """The words before a place a card names as where something is, not who acts ('a representative
    in the EU'; data/roles.yaml `located_before`)."""
    return frozenset(role_data()["located_before"])


@lru_cache(maxsize=1)
def placed_at() -> frozenset[str]:
    """The words before a place saying a measure was taken there or by it ('banned in Uganda';
    data/roles.yaml `measures_placed_at`)."""
    return frozenset(role_data()["measures_placed_at"])


@lru_cache(maxsize=1)
def _measure_forms() -> dict[str, frozenset[str]]:
    return {stem(w): frozenset(map(stem, group)) for group in role_data()["measure_forms"] for w in group}


def measure_forms(token: str) -> frozenset[str]:
    """The stems of a measure's forms that stem apart ('freez': 'froze', 'frozen'; data/roles.yaml
    `measure_forms`), itself among them."""
    return _measure_forms().get(token, frozenset({token}))


def year_words() -> tuple[frozenset[str], frozenset[str]]:
    """The parts of a year ('late', 'mid') and the words passed over before it ('of', 'the')."""
    data = role_data()
    return frozenset(data["year_parts"]), frozenset(data["year_fillers"])


def lead_and_being() -> tuple[frozenset[str], frozenset[str]]:
    """The words a question opens with before its subject ('is', 'the') and the verbs of being
    after the subject that make it what is asked about ('is', 'banned')."""
    data = role_data()
    return frozenset(data["lead"]), frozenset(data["being"])


def says_event(words: Sequence[str], at: int) -> bool:
    """Whether the copula at `at` goes on to say where the subject was or what it was doing ('trovicor
    was in iran?', 'huawei was helping uganda spy?'): an event it took part in, its case's answer."""
    data = role_data()
    if at + 1 >= len(words) or words[at] not in data["copulas"]:
        return False
    word = words[at + 1]
    return word in data["events"] or any(
        word.endswith(end) and len(word) >= len(end) + 2 for end in data["event_endings"]
    )


def warm_up() -> None:
    """Read data/roles.yaml and build every table kept from it now, when the knowledge is built, so
    the first question that needs one (a measure asked of a place: actors.py) does not pay for it."""
    role_data()
    acting_words()
    acting_asks()
    agent_words()
    sought_stems()
    legislature_stems()
    placed_limits()
    _measure_forms()
    measureless_forms()
    placed_at()
    listing_stems()
    measure_stems()
    placed_measure_stems()
