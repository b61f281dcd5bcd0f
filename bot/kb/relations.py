"""Whether an entry relates the things a question names, or only mentions each of them somewhere.

"did NSO sell Pegasus to Germany?" names a vendor, its product and a place. The Ahmed Mansoor card
holds every word: NSO's Pegasus in one statement, Germany only in its list of countries (for
FinFisher's sake). It explains the question's words but not the relation asked ("X sold to Y", "X
used in Y", "X fined in Y" need X and Y in the same statement). The share of a question's named
things (rare names, places) that an entry explains but no one statement of it relates is one more
piece of evidence for the answer-or-refuse model (bot/kb/calibration.py, feature `apart`): relations,
not values.

An entry's own names (its title, aliases, id) are what its every statement is about; the rest must
meet in one statement (a sentence or a line) of its summary or body. A vendor's countries (where it
sold or worked) relate it to each place, but not another vendor to them ("Hikvision ... Uganda" on
Huawei's card); a case's or rule's list of countries, or a weaker word for a place (Xinjiang
explained by a vendor's "China"), relates nothing.

Its companion `told`: the share of what a question asks about an entry, besides its names and the
words asking for its kind ('who makes Pegasus': a vendor), that one statement tells. "who founded NSO
Group" is told by the line naming the founders, where coverage alone counted "founded" as a word of
the body like any other.

Both are read in a short English question only, as the places of `unplaced` are (1, told, in any
other), and `told` leaves out the words no entry knows. Counted in every question, told was low on
nearly all in another language (that language's everyday words: 76% of those rightly answered in
the blind tune files) and long ones (the story's: 79%) against 24% of casual English: the model
learnt "told low" as "another language or long", and the refit raised the cut-off 0.63 -> 0.685,
refusing such questions on every held-out split. A misspelt name or slang word (`unknown`) counted
as something asked that no statement tells.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from bot.kb.analysis import QueryAnalysis
from bot.kb.asked_values import value_words
from bot.kb.index import EAGER_PROFILES, SearchIndex
from bot.kb.model import Entry
from bot.kb.place_names import demonym
from bot.kb.profiles import NAME_LIKE, W_NAME, YEAR_RE
from bot.kb.tags import tagged
from bot.kb.text import content_from_raw, content_tokens, raw_tokens, stem, with_compounds

# A statement ends at a sentence's end or a line's (a bullet, a heading).
_STATEMENT_END = re.compile(r"(?<=[.!?;])\s+|\n+")
# One thing a question names: the forms that explain it (its token, a country's tag, ...), the forms
# that may stand for it in a statement (not a tag, not the country of a region), its weight.
Thing = tuple[tuple[str, ...], tuple[str, ...], float]
# A one-word name of an entry this specific is a named thing too ('Predator', 'Eagle'; not 'group').
NAME_PART = 0.6
BLOC = "country:european union"  # a bloc, not a place something is sold to or used in
# A firm's card opens with what the firm is ('Canadian maker of deep packet inspection gear'), as its
# names say who: a description of it ('the Canadian company whose gear redirected users to spyware')
# joins that statement to the one telling what it did, and `told` counts both. Only of a firm asked
# for as one, by a word for its kind ('company', 'maker'; 'is the UK going to ban facial recognition
# by police' asks of a law, not of a British face-recognition firm), and not named ('did canada
# sanction sandvine? it's a canadian company' asks what Canada did: one statement must tell it).
# Not a case's or a rule's opening: a case opens with its story's first fact, which a second fact
# asked must meet ('the Mozambican activist infected with Predator' on the Angola card's).
IDENTITY = 1


class Statements:
    """Per entry, lazily: token -> the statements of its summary and body holding it (bits of an
    int), all its statements' bits, and a vendor's places."""

    def __init__(self, index: SearchIndex) -> None:
        self._entries = self.entries = index.entries
        # the words asking for an entry's kind ('makes' a vendor; 'illegal' a rule, whose every
        # statement says what is allowed): its kind tells them
        self._kinds = [frozenset({f"kind:{e.kind}", f"cue:{e.kind}"}) for e in index.entries]
        # a rule governs exports to any destination: where a question says exports go ('does the EU
        # regulation cover exports to Myanmar?') is what the member checks against it, not what it
        # must tell (as `unplaced` is 0 for a rule); a place in another role ('did Italy enforce
        # it?') it must still tell
        self._rules = [e.kind == "rule" for e in index.entries]
        self._vendors = [e.kind == "vendor" for e in index.entries]
        # a firm's home (listed first) is what it is, as its name says who: 'the British defence
        # contractor that exported monitoring to the Gulf' need not find 'British' in the statement
        # telling of the Gulf; the card's opening says it once
        self._homes = [
            frozenset({tagged("country", e.countries[0])} if e.kind == "vendor" and e.countries else ())
            for e in index.entries
        ]
        self._compounds = index.compounds
        self._name_stems = index.name_stems
        self._one_word_names = {stem(k) for k in index.names if k.isalpha()}
        self._own = W_NAME  # a token an entry explains this strongly is its own name
        self._profile = index.profile
        self.of = lru_cache(maxsize=8192)(self._masks)
        # the words only asking a date (data/asked_values.yaml `value_words`): left out of `told`
        self._dating = value_words().get("date", frozenset())
        if len(self._entries) <= EAGER_PROFILES:  # as the index's profiles: none built on a question
            for i in range(len(self._entries)):
                self.of(i)

    def relate(
        self,
        i: int,
        things: Sequence[Thing],
        asked: Sequence[Thing],
        bound: frozenset[str] = frozenset(),
        unnamed: bool = False,
        also: Mapping[str, int] | None = None,
    ) -> tuple[float, float]:
        """The model's two relation features of entry i: `apart` and `told` (`bound`: the places
        the question sends exports to, see `destinations`; `unnamed`: the question does not name
        entry i outright, it may describe it; `also`: see `told`)."""
        return (self.apart(i, things) if things else 0.0), self.told(i, asked, bound, unnamed, also)

    def things(self, query: QueryAnalysis, weights: dict[str, float]) -> list[Thing]:
        """The named things a question relates: places (not the EU) and words of entries' names
        that read as names ('NSO', 'Pegasus'; a one-word name like 'Predator' even if it is an
        everyday word). Not years or amounts: relations, not values."""
        things: list[Thing] = []
        for t, w in weights.items():
            alts = query.alts.get(t, ())
            if t in query.country:
                if query.country[t] == BLOC:
                    continue
            elif not (
                t in self._name_stems
                and query.spec.get(t, 0.0) >= (NAME_PART if t in self._one_word_names else NAME_LIKE)
            ) or any(a.startswith("tech:") for a in alts):  # a topic, not a thing
                continue
            things.append(_thing(query, t, w))
        return things

    def _masks(self, i: int) -> tuple[dict[str, int], int, frozenset[str], frozenset[str]]:
        entry = self._entries[i]
        masks: dict[str, int] = {}
        parts = statements_of(entry)
        for n, statement in enumerate(parts):
            bit = 1 << n
            raws = with_compounds(raw_tokens(statement), self._compounds)
            # raw forms too: 'US' is a stopword to ranking ('us') but a place here
            for token in (*content_from_raw(raws), *raws):
                masks[token] = masks.get(token, 0) | bit
        places = frozenset(t for c in entry.countries for t in (*content_tokens(c), *raw_tokens(c)))
        own = frozenset(t for t, w in self._profile(i).items() if w >= self._own)
        return masks, (1 << len(parts)) - 1, places if entry.kind == "vendor" else frozenset(), own

    def apart(self, i: int, things: Sequence[Thing]) -> float:
        """Share of the weight of the named things entry i explains (not as its own name) that lies
        outside the one statement holding most of it: 0 when they meet in one statement, 1 when
        none stands in a statement at all. A vendor's home said as its adjective ('British') is no
        thing to relate: it is what the firm is, as its name."""
        masks, every, places, own = self.of(i)
        explained = self._profile(i).keys()  # a profile holds only what the entry explains
        held: list[tuple[int, float]] = []
        placed = 0  # things that are places the vendor sold to or worked in
        home = self._homes[i]
        for forms, strong, weight in things:
            if explained.isdisjoint(forms) or not own.isdisjoint(strong):
                continue
            if home and not home.isdisjoint(forms) and demonym(forms[0]):
                continue  # 'a British firm': the firm's own home, said as its adjective
            mask = 0
            for f in strong:
                mask |= masks.get(f, 0)
            placed += any(f in places for f in strong)
            held.append((mask & every, weight))
        total = sum(w for _, w in held)
        if total <= 0 or placed == len(held):
            # nothing but the vendor and its own places: its metadata relates them. With another
            # vendor's name besides ('Hikvision' on Huawei's card), the place must meet that name.
            return 0.0
        return max(0.0, 1.0 - most_held(held) / total)

    def told(
        self,
        i: int,
        asked: Sequence[Thing],
        bound: frozenset[str] = frozenset(),
        unnamed: bool = False,
        also: Mapping[str, int] | None = None,
    ) -> float:
        """Share of the weight of what is asked besides entry i's own names and the words asking for
        its kind (and, of a rule, where exports go: `bound`; and the words asking a date) that one
        statement of it tells (1 when nothing else is asked). Of a firm not named (`unnamed`), what its
        opening statement says it is counts with any one statement (`IDENTITY`). `also`: per word,
        statements telling it in other words ('punished' by one telling a listing: values.py)."""
        also = also or {}
        masks, every, _, own = self.of(i)
        kind = self._kinds[i]
        skip = bound if self._rules[i] else frozenset()
        # what the firm is, of a firm described as one ('the ... company'), not named
        firm = unnamed and self._vendors[i] and any(not kind.isdisjoint(forms) for forms, _, _ in asked)
        opening = IDENTITY if firm else 0
        held: list[tuple[int, float]] = []
        total = identity = 0.0
        for forms, strong, weight in asked:
            if not own.isdisjoint(strong) or not kind.isdisjoint(forms) or forms[0] in skip:
                continue
            if forms[0] in self._dating:
                continue  # 'date': no statement says it beside the day it gives (`unvalued` weighs that)
            mask = also.get(forms[0], 0)
            for f in strong:
                mask |= masks.get(f, 0)
            total += weight
            if mask & opening:
                identity += weight  # told with whatever another statement tells
            elif mask & every:
                held.append((mask & every, weight))
            elif YEAR_RE.match(forms[0]):
                # a year the card never gives ('the Canadian firm whose gear sent users to spyware in
                # 2012'): the firm described is not this one, whatever else it shares with it
                identity = -math.inf
        if total <= 0:
            return 1.0
        return (max(0.0, identity) + most_held(held)) / total


def statements_of(entry: Entry) -> list[str]:
    """The statements of an entry's summary and body, in order: statement n is bit 1 << n."""
    return [s for text in (entry.summary, entry.body) for s in _STATEMENT_END.split(text) if s.strip()]


def most_held(held: Iterable[tuple[int, float]]) -> float:
    """The most weight one statement holds, given each thing's statements (bits) and weight (also
    values.py: of the statements holding the value asked)."""
    by_statement: dict[int, float] = {}
    for mask, weight in held:
        while mask:
            bit = mask & -mask
            mask ^= bit
            by_statement[bit] = by_statement.get(bit, 0.0) + weight
    return max(by_statement.values(), default=0.0)


# Words that send goods somewhere ('exports to', 'sell to', 'shipped to'), as stems' beginnings.
_SENDING = ("export", "sell", "sold", "sale", "ship", "suppl", "transfer", "deliver")
# Words that may stand between "to" and a place ('to the United Arab Emirates').
_BEFORE_PLACE = frozenset({"the"})


def destinations(query: QueryAnalysis) -> frozenset[str]:
    """The places (tokens) a question names as where exports go: a place within a few words after
    "to" or "into" that follows a word of sending ('cover exports to Myanmar', 'selling spyware to
    the United Arab Emirates'); 'did Germany export to...' sends from Germany, not to it."""
    words = query.corrected
    found: set[str] = set()
    sending = False
    for k, word in enumerate(words):
        if stem(word).startswith(_SENDING):
            sending = True
        if not sending or word not in ("to", "into"):
            continue
        after = [w for w in words[k + 1 : k + 5] if w not in _BEFORE_PLACE][:3]
        found.update(t for t in map(stem, after) if t in query.country)
    return frozenset(found)


def asked_words(query: QueryAnalysis, weights: dict[str, float]) -> list[Thing]:
    """Every word of the question as a thing: what `told` looks for in one statement."""
    return [_thing(query, t, w) for t, w in weights.items()]


def standing_forms(query: QueryAnalysis, token: str) -> tuple[str, ...]:
    """The forms that may stand for a word of the question in a statement, the word first (a
    place's other names, a measure's kin: `_thing`): what actors.py and measured_place.py look for."""
    return _thing(query, token, 1.0)[1]


def _thing(query: QueryAnalysis, token: str, weight: float) -> Thing:
    """A word, the forms that explain it, those that may stand for it in a statement (not a tag
    like 'country:china', not the country of a region: 'Xinjiang' is not 'China'; but a country of
    a region of countries: a statement naming Qatar tells of 'the Gulf states'), its weight."""
    alts = query.alts.get(token, ())
    strong = (a for a in alts if ":" not in a and (a not in query.places or a in query.regional))
    return (token, *alts), (token, *strong), weight
