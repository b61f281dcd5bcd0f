"""Who acted, and why, for list answers ("companies sanctioned by the US", "firms on the Entity List
for human rights reasons").

A place a list question names as the authority (bot/kb/authorities.py `authorities`: "by the US", "under
EU sanctions") is never where gear went: its acts are its rules' `measures` (knowledge/README.md), the
firms each measure names. A measure may give the `reasons` the authority stated, so a question that
asks for one reason lists only the firms named for it, never every firm the rule links to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.kb.model import Entry
from bot.kb.place_names import key_of, list_words, words_of
from bot.kb.text import fold

if TYPE_CHECKING:
    from bot.kb.list_names import NameTable
    from bot.kb.list_query import ListQuery

# "e-commerce" is trade, not the department: a one-letter prefix hyphened to a word drops the word
_E_PREFIX = re.compile(r"\b\w-\w+")

# A rule of the authority restricts when it is an export control or a sanction: an executive order on
# the government's own buying, a report or a code of practice names firms it does not act on.
RESTRICTS = frozenset(["export controls", "sanctions"])
# Topics the authority's measures answer ("sanctioned by the US"): a firm's own text need not say it.
TOPICS = frozenset(["sanctioned"])
# The topic of a government's own buying (data/list_topics.yaml): its places are the buyer (`buyers`).
PROCUREMENT = "procurement"


@lru_cache(maxsize=1)
def _said() -> dict[str, tuple[str, ...]]:
    """Each listing reason -> how members say it, folded (data/list_words.yaml `listing_reasons`)."""
    table = list_words()["listing_reasons"]
    return {reason: tuple(f" {key_of(w)} " for w in said) for reason, said in table.items()}


@lru_cache(maxsize=1)
def _bodies() -> dict[str, tuple[str, tuple[str, ...], frozenset[str]]]:
    """Each government body -> its country, how members say it (folded, spaced) and its exact forms
    (data/list_words.yaml `authority_bodies`)."""
    table = list_words()["authority_bodies"]
    return {
        body: (row["country"], tuple(f" {key_of(w)} " for w in row["said"]), frozenset(row["exact"]))
        for body, row in table.items()
    }


def bodies_known() -> frozenset[str]:
    """The bodies a rule's measure may name as who took it (`kb check` holds measures to them)."""
    return frozenset(_bodies())


def bodies(question: str) -> dict[str, str]:
    """The government bodies the question names ("the Commerce Department", "OFAC", "商务部"), each
    with its country: who took the measures asked about, read by `lists.detect` only with an act."""
    plain = f" {' '.join(words_of(_E_PREFIX.sub(' ', fold(question).casefold())))} "
    said = set(question.replace("-", " ").split())
    return {
        body: country
        for body, (country, forms, exact) in _bodies().items()
        if any(f in plain or (f.strip() in question and not f.strip().isascii()) for f in forms)
        or exact & {w.strip("?,.!:;()'\"") for w in said}
    }


def acts_asked(words: list[str], question: str, done: bool) -> bool:
    """The question asks what a body it names did ("measures from the US Treasury or State Dept",
    "what has the State Department done?"): its acts said as a noun (data/list_words.yaml
    `body_act_nouns`) or a "what has ... done", with a body (`bodies`) named."""
    nouns = _act_nouns()
    said = done or bool(nouns.intersection(words)) or any(n in question for n in nouns if not n.isascii())
    return said and bool(bodies(question))


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    return frozenset(key_of(w) for w in list_words()["body_act_nouns"].split())


def buyers(about: frozenset[str], places: set[str], kinds: set[str]) -> set[str]:
    """Asked which firms a government may not buy from itself ("banned from US government procurement",
    "off-limits for Washington's own procurement"), the places said are the buyer that barred the
    firms, never where their gear went: its rules' measures name the firms (`acted_on`). Asked for
    rules ("US rules on federal procurement"), the place is their jurisdiction, as any rule's."""
    return set(places) if PROCUREMENT in about and "rule" not in kinds else set()


def said_or_listed_with(
    pool: list[Entry], says: Callable[[str], bool], query: ListQuery, names: NameTable
) -> list[Entry]:
    """The entries whose text says what is asked (`says`, by id), and the one firm of a measure (of
    three firms or more, of the asked authority's rules or a named rule) whose text does not while
    every other firm's does: NDAA 889 bars Huawei from US procurement as it bars Hikvision, Dahua,
    Hytera and ZTE, whose cards say "procurement" where Huawei's says Safe City. A measure with two
    such silent firms or more adds none."""
    kept = {e.id for e in pool if says(e.id)}
    rules = _rules_of(query.authorities, names.by_id) + [names.by_id[n] for n in sorted(query.names)]
    for rule in rules:
        if rule.kind == "rule":
            for measure in rule.measures:
                silent = [f for f in measure.firms if f in names.by_id and not says(f)]
                if len(measure.firms) >= 3 and len(silent) == 1:
                    kept.add(silent[0])
    return [e for e in pool if e.id in kept]


def known_reasons() -> frozenset[str]:
    """The reasons a rule's measure may give (`kb check` holds measures to them)."""
    return frozenset(_said())


def reasons(words: list[str]) -> frozenset[str]:
    """The listing reasons the question names ("for human rights reasons", "wegen Menschenrechten")."""
    plain = f" {' '.join(words)} "
    return frozenset(reason for reason, said in _said().items() if any(w in plain for w in said))


def _rules_of(authority: frozenset[str], by_id: Mapping[str, Entry]) -> list[Entry]:
    """The rules of the authority (their jurisdiction, listed first) that name firms (`measures`)."""
    rules = (e for e in by_id.values() if e.kind == "rule" and e.measures)
    return [e for e in rules if set(e.countries[:1]) & authority]


def rules_by(by: frozenset[str], by_id: Mapping[str, Entry]) -> set[str]:
    """The ids of the rules holding a measure the bodies took ("Commerce": the Entity List)."""
    return {e.id for e in by_id.values() if e.kind == "rule" and any(by & set(m.by) for m in e.measures)}


def acted_on(
    pool: Iterable[Entry],
    authority: frozenset[str],
    names: NameTable,
    by: frozenset[str] = frozenset(),
    told: bool = False,
) -> list[Entry]:
    """The entries of the pool the authority acted on: the firms its rules' measures name, the cases
    linking to those rules and firms, and its rules that restrict. Asked about one body (`by`: "the
    Commerce Department"), only its measures count, and only the rules holding them: the Treasury
    never blacklisted Huawei, and the FCC's ban is not Commerce's. Asked for all a body did (`told`:
    "measures from the US Treasury"), a case counts only where its card tells the body acting."""
    rules = _rules_of(authority, names.by_id)
    if by:
        rules = [r for r in rules if any(by & set(m.by) for m in r.measures)]
    firms = {f for r in rules for m in r.measures if not by or by & set(m.by) for f in m.firms}
    ids = {r.id for r in rules}
    kept = []
    for e in pool:
        if e.kind == "rule":
            restricts = e.id in ids or (not by and bool(RESTRICTS & set(e.technologies)))
            ok = bool(set(e.countries[:1]) & authority) and restricts
        elif e.kind == "vendor":
            ok = e.id in firms
        else:
            ok = bool(ids & set(e.related)) and bool(firms & set(e.related))
            ok = ok and (not told or _tells(names.cards[e.id], by))
        if ok:
            kept.append(e)
    return kept


def _tells(text: str, by: frozenset[str]) -> bool:
    """The card (its folded text, NameTable.cards) names one of the bodies, as members say them."""
    return any(f in text for body in by for f in _bodies()[body][1])


def for_reasons(
    pool: list[Entry], named: Iterable[str], wanted: frozenset[str], by_id: Mapping[str, Entry]
) -> list[Entry]:
    """Asked why a named rule listed firms ("on the Entity List for human rights reasons"): only the
    firms of its measures that give that reason, and the cases about them. A rule whose measures
    record no reasons is left as it is."""
    rules = [by_id[n] for n in named if by_id[n].kind == "rule"]
    reasoned = [r for r in rules if any(m.reasons for m in r.measures)]
    if not reasoned:
        return pool
    firms = {f for r in reasoned for m in r.measures if wanted & set(m.reasons) for f in m.firms}
    listed = {f for r in reasoned for m in r.measures for f in m.firms}
    return [
        e
        for e in pool
        if e.kind == "rule"
        or (e.kind == "vendor" and (e.id in firms or e.id not in listed))
        or (e.kind == "case" and (not listed & set(e.related) or firms & set(e.related)))
    ]
