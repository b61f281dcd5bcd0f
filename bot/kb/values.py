"""Whether an entry can give the value a question asks for: an amount of money or a date.

A close near miss names a case or vendor the knowledge holds and asks a value no entry states: "how
much did Vietnam pay Intellexa for Predator?", "how much revenue does Utimaco make?". The names match
so well that coverage cannot tell it from a good question, and the kinds of fact of bot/kb/facts.py
are held by any entry that says "million" anywhere. Here the value must stand in a statement (a
sentence or a line, as in relations.py) of the entry that also holds the named things the question
asks about (places, rare names; not the entry's own names): the Predator Files card tells of Vietnam
in one statement and of amounts in others, which answers nothing.

The model's feature `unvalued` (bot/kb/calibration.py): for a question asking a value, the share of
the weight of the named things it asks about (those some statement of the entry holds) that no one
statement holding a value of that kind holds; when it asks about nothing else, 1 when no statement
of the entry holds such a value, else 0; 0 for a question asking no value. The words asking a value
are data (bot/kb/data/asked_values.yaml, read by asked_values.py), in the glossary's twelve languages.

The feature `unstated` is the same measure for a count ("how many licences did the UK grant?": a
number that is no year nor a day) and the present status ("is X still on the list?", "does it still
sell to Iran today?": 'remains', 'as of', a year since 2025, or an event that settles it, a firm
shut down or sold, a verdict). What a statement giving either holds is data too (`holds`): the
entry that tells of a sale in 2008 and nothing since cannot say whether it sells there today.
A country's own law ("what are Canada's export rules?", kind `law`) is weighed there too, on the
places asked only (not where goods are sent): the Sandvine card names Canada as the firm's home.

The feature `unsettled` asks the same of what came AFTER what an entry tells (OUTCOMES: an appeal, a
conviction or sentence, a release, a charge or trial, a fine, money paid or collected, a result, a
listing or sanction lifted; and what an investigation found, told in the words of reporting:
'reported that', 'found'):
"did NSO win its appeal?" of the card that says only that NSO would likely appeal. It is weighed on
the whole entry (1 when no statement of it holds such an outcome, else 0), not on the statements
about what is asked: the fine on Area's card stands in a sentence that names neither Syria nor Italy.
But an outcome is someone's: when the question names a firm or person the entry names, and no
statement holding the outcome names one of them, it is 1 too ("was Blue Coat itself fined?": the
card's fine is its distributor Computerlinks'), unless one opens on a pronoun ('He was arrested' on
Mansoor's card is his). A word denying the outcome ('Charges are not a conviction') holds none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from bot.kb.asked_values import (
    MEASURE,
    OUTCOMES,
    OWN_OUTCOMES,
    PLACED_OUTCOMES,
    STATED,
    began_kind,
    default_asked_values,
)
from bot.kb.calibration import FEATURES
from bot.kb.parties import Party
from bot.kb.place_names import country_name
from bot.kb.relations import IDENTITY, Statements, Thing, most_held, statements_of
from bot.kb.siblings import sibling_names
from bot.kb.text import content_tokens, raw_tokens

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# An amount of money: a currency's sign or name, or a number in millions/billions.
_MONEY = re.compile(
    r"[$€£¥]|\b(?:usd|eur|gbp|chf|ils|nis|euros?|dollars?|pounds?|shekels?|yuan|rupees?|francs?)\b"
    # a bare number in millions, unless it counts something ('40 million minutes of calls', '1 million
    # signatures'): the Amesys card's VASTech minutes answered 'combien Amesys a touché ?' as an amount
    r"|\b\d+(?:[.,]\d+)?\s?(?:m|bn|million|billion)\b(?!\s+(?:of\s+)?(?!(?:euros|dollars|pounds|shekels|"
    r"rupees|francs|fines|penalties|damages|payments|contracts|deals|sales|assets)\b)[a-z]+s\b)",
    re.IGNORECASE,
)
# A date: a year or a month's name.
_DATE = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b", re.IGNORECASE)
KINDS = ("money", "date")
# A statement opening on a pronoun tells of the entry's own subject ('He was arrested').
_PRONOUN = re.compile(r"(?:[-*]\s*)?(?:\d{4}:\s*)?(?:he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
# The word right before a law, which may name whose it is ('EU rules', 'the UK's export controls').
_OWNER = re.compile(r"\b([A-Z][\w.]*?)(?:'s|’s)?\s+(?:export\s+)?$")


def money_stated(statement: str) -> bool:
    """Whether a statement gives an amount of money."""
    return _MONEY.search(statement) is not None


def value_masks(statements: Sequence[str]) -> dict[str, int]:
    """Per kind of value, the statements (bits) that hold one: an amount of money, a year or month,
    a count, a status (what STATED's kinds hold, asked_values.yaml)."""
    asked = default_asked_values()
    holds = asked.holds
    masks = dict.fromkeys((*KINDS, *STATED, *OUTCOMES, "unknown"), 0)
    for n, statement in enumerate(statements):
        if _MONEY.search(statement):
            masks["money"] |= 1 << n
        if _DATE.search(statement):
            masks["date"] |= 1 << n
        for kind in (*STATED, *OUTCOMES):
            said = asked.holds_not[kind].sub(" ", statement) if kind in asked.holds_not else statement
            if holds[kind].search(said):
                masks[kind] |= 1 << n
        if asked.unknown.search(statement):
            masks["unknown"] |= 1 << n
        claimed = bool(asked.claims.search(statement))
        if claimed:
            masks["began"] &= ~(1 << n)
        for state, (_, holding) in asked.states.items():
            kind = began_kind(state)
            told = holding.search(statement) and not (claimed and not asked.claims_dated.search(statement))
            masks[kind] = masks.get(kind, 0) | (1 << n if told else 0)
    masks["result"] |= masks["unknown"]
    # 'was Amesys punished?': 'charged ...; no trial outcome is recorded' tells all the sources know
    masks[MEASURE] |= masks["unknown"]
    for kind in ("began", *map(began_kind, asked.states)):
        masks[kind] = masks.get(kind, 0) & masks["date"]  # a state begun, told with when
    return masks


def law_owners(statements: Sequence[str]) -> tuple[frozenset[str], ...]:
    """Per statement, the places whose laws it names (lower-case country names): empty when it
    names a law of no place ('the rules', 'an export licence')."""
    law = default_asked_values().holds["law"]
    found = []
    for statement in statements:
        owners: set[str] = set()
        for match in law.finditer(statement):
            before = _OWNER.search(statement, 0, match.start())
            place = country_name(before.group(1)) if before else None
            if place is None:
                owners = set()
                break
            owners.add(place.lower())
        found.append(frozenset(owners))
    return tuple(found)


# The features saying the card never gives the value or outcome asked ("how much did InTheCyber pay?",
# "was Blue Coat itself fined?"), and the most a first entry they stand on at 1 may be trusted: the
# card is what the member reads, and it does not hold what was asked. The model weighs them among
# the rest and let such questions through at 0.63-0.84 (tune: 3 near misses, no right answer).
# Not `unstated`: a count or status the card's words miss ('can US agencies still use spyware after
# the 2023 order?') is often told in other words (5 right answers on tune), nor `unheld` (any kind
# of fact, read on the whole card).
UNGIVEN = tuple(FEATURES.index(f) for f in ("unvalued", "unsettled"))
# held at this share of the engine's threshold: refused whatever threshold a refit gives (0.5 at 0.625)
UNGIVEN_SHARE = 0.8


def ungiven(features: Sequence[float], probability: float, threshold: float) -> float:
    """The first entry's probability, held under the engine's `threshold` (at UNGIVEN_SHARE of it)
    when no statement of its card gives the value or outcome asked (a feature of UNGIVEN at 1): the
    member would read no answer there."""
    if features and any(features[k] >= 1.0 for k in UNGIVEN):
        return min(probability, UNGIVEN_SHARE * threshold)
    return probability


class Values:
    """Per entry, lazily: the statements holding each kind of value (bits as in relations.py)."""

    def __init__(self, statements: Statements, eager: bool) -> None:
        self._statements = statements
        self._entries = statements.entries
        self.of = lru_cache(maxsize=8192)(self._masks)
        self._vendors = [e.kind == "vendor" for e in self._entries]
        self._siblings = sibling_names(self._entries)  # 'NSO' told as 'Pegasus' (siblings.py)
        self._pronouns = lru_cache(maxsize=8192)(self._pronoun_statements)
        self._law_owners = lru_cache(maxsize=8192)(self._law_owners_of)
        # a case told of several places (its title names them: 'Sandvine ... in Turkey/Syria, Belarus
        # and Egypt'): the place asked is not what its every statement is about, so an amount must
        # stand with it ('how much did sandvine sell for in egypt?' is no Belarus contract's)
        self._spread = [
            frozenset(t for c in e.countries for t in (*content_tokens(c), *raw_tokens(c)))
            if e.kind == "case" and len(e.destinations or ()) > 1
            else frozenset()
            for e in self._entries
        ]
        default_asked_values()  # the words asking a value: read now, not on the first question
        if eager:  # a small knowledge base: every entry now, none on a question
            for i in range(len(self._entries)):
                self.of(i)
                self._pronouns(i)
                self._law_owners(i)  # ~0.5 ms an entry: a question reading it first waited for that

    def _pronoun_statements(self, i: int) -> int:
        """The statements of entry i that open on a pronoun (bits): about whom the entry is."""
        return sum(1 << n for n, st in enumerate(statements_of(self._entries[i])) if _PRONOUN.match(st))

    def law_owners(self, i: int) -> tuple[frozenset[str], ...]:
        """Per statement of entry i, the places whose laws it names, read once (holds.py reads it)."""
        return self._law_owners(i)

    def _law_owners_of(self, i: int) -> tuple[frozenset[str], ...]:
        """Per statement of entry i, the places whose laws it names (`law_owners`)."""
        return law_owners(statements_of(self._entries[i]))

    def measures(self, i: int, words: frozenset[str]) -> dict[str, int]:
        """Per word asking a measure (`MEASURE`: 'punished'), the statements of entry i giving one (a
        fine, a listing, a ban): `told` (relations.py) reads them as telling that word."""
        return dict.fromkeys(words, self.of(i).get(MEASURE, 0))

    def _masks(self, i: int) -> dict[str, int]:
        return value_masks(statements_of(self._entries[i]))

    def unvalued(
        self,
        i: int,
        kinds: frozenset[str],
        asked: Sequence[Thing],
        others: int = 0,
        own_too: bool = False,
        described: bool = False,
    ) -> float:
        """The feature `unvalued` of entry i for a question asking values of `kinds` about `asked`
        (every word of the question as a thing): the worst of the kinds asked. `others`: statements
        whose value is someone else's (a law of another place), which give none; `own_too`: the
        entry's own names asked are weighed too (a place in its title: the Amnesty report on
        exports to China is no Chinese law); `described`: not named outright, a firm's opening
        (relations.py `IDENTITY`) describes it as its name would: 'the Israeli firm ...: when did it
        close?' is told by 'reported in April 2023 that it was shutting down', naming no Israel."""
        if not kinds:
            return 0.0
        masks, every, _, own = self._statements.of(i)
        values = {kind: mask & ~others for kind, mask in self.of(i).items()}
        held: list[tuple[int, float]] = []
        spread = self._spread[i]
        opening = IDENTITY if described and self._vendors[i] else 0
        for _forms, strong, weight in asked:
            if not own_too and not own.isdisjoint(strong) and spread.isdisjoint(strong):
                continue
            mask = 0
            for form in (*strong, *(g for f in strong for g in self._siblings.get(f, ()))):
                mask |= masks.get(form, 0)
            if mask & opening:  # what the firm described is: its name, no statement's thing
                continue
            if mask & every:
                held.append((mask & every, weight))
        total = sum(w for _, w in held)
        if total <= 0:  # nothing asked about it but the value: does it give one at all?
            return max(0.0 if values[kind] else 1.0 for kind in kinds)
        # the most weight one statement holding a value of the kind holds, as a share of the total
        return max(1.0 - most_held((m & values[kind], w) for m, w in held) / total for kind in kinds)

    def unstated(
        self, i: int, kinds: frozenset[str], asked: Sequence[Thing], owners: Mapping[str, str]
    ) -> float:
        """The feature `unstated` of entry i: `unvalued` of the counts and status asked, and of a
        law asked of a place (`owners`: the places named, not where goods are sent, each word to
        its place), weighed on those places only: "what are Canada's export rules?" asks a Canadian
        rule of the Sandvine card, which names Canada as the firm's home only. A law asked of no
        place is not weighed ('what are the EU rules?' names no country; which rule is `coverage`'s
        to judge). A statement whose every law is another place's ('EU rules left most such
        exports to Chinese agencies unregulated') holds none of the place asked."""
        places = [thing for thing in asked if thing[0][0] in owners]
        law = 0.0
        if "law" in kinds and places:
            whose = {owners[thing[0][0]].removeprefix("country:") for thing in places}
            others = self._others_laws(i, frozenset(whose))
            law = self.unvalued(i, frozenset({"law"}), places, others, own_too=True)
        return max(law, self.unvalued(i, kinds - {"law"}, asked))

    def _others_laws(self, i: int, whose: frozenset[str]) -> int:
        """The statements of entry i (bits) whose every law is named as another place's than
        `whose` (lower-case country names): the word before it is a place or its adjective ('EU
        rules', 'US export controls', 'Chinese law')."""
        found = 0
        for n, owners in enumerate(self._law_owners(i)):
            if owners and whose.isdisjoint(owners):
                found |= 1 << n
        return found

    def unsettled(
        self, i: int, kinds: frozenset[str], parties: Sequence[Party], places: frozenset[str] = frozenset()
    ) -> float:
        """The feature `unsettled` of entry i for a question asking outcomes of `kinds` of `parties`
        (each the words naming one: `Parties.asked`): 1 when no statement of the entry holds an
        outcome of some kind asked, or when the entry names some of the parties but no statement
        holding it names one or opens on a pronoun ('was Blue Coat itself fined?': the Blue Coat
        card's only fine is its distributor Computerlinks'); else 0. A name of the entry's own that
        is no vendor's is no party: the Predatorgate card tells who was charged without the word.
        `places`: the places the question names (tokens); on a case told of several, a measure
        asked (PLACED_OUTCOMES) must stand in a statement naming one: 'was Sandvine punished for
        Belarus?' is not told by its listing over Egypt."""
        if not kinds:
            return 0.0
        values = self.of(i)
        if not all(values[kind] for kind in kinds):
            return 1.0
        if tied := places & self._spread[i]:
            masks = self._statements.of(i)[0]
            at = 0
            for token in tied:
                at |= masks.get(token, 0)
            if not all(values[kind] & at for kind in kinds & PLACED_OUTCOMES):
                return 1.0
        if self._vendors[i] and kinds <= OWN_OUTCOMES:
            return 0.0  # a firm's own card gives its own turnover, named or not
        masks, every, _, own = self._statements.of(i)
        named = 0  # statements naming any of the parties
        for words, vendor in parties:
            if not vendor and own.issuperset(words):
                continue
            for word in (*words, *(g for w in words for g in self._siblings.get(w, ()))):
                named |= masks.get(word, 0)
        if not named & every:
            return 0.0
        # an outcome told of none of them is someone else's, unless its statement opens on a
        # pronoun ('He was arrested' on Mansoor's card is Mansoor's) or says the sources do not
        # know how it ended (of anyone)
        others = every & ~(self._pronouns(i) | values["unknown"])
        told = all(values[kind] & (named | ~others) for kind in kinds)
        return 0.0 if told else 1.0
