"""Per-entry evidence for the search index: which words each entry explains, and how strongly (its
profile), and how much of a question an entry explains (its coverage, which is also the confidence).

Why apart from bot/kb/index.py, which builds the tables and finds the entries a question names: this
is how one entry answers the words of a question, the part the weights below tune; the index builds
the profiles (eagerly for a small knowledge base) and the candidates they are read for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, reduce
from itertools import compress, repeat
from operator import add, mul

from bot.kb.analysis import QueryAnalysis
from bot.kb.coverplan import ProfileTable, coverage_plan, coverages
from bot.kb.elsewhere import entry_text, text_places
from bot.kb.model import Entry
from bot.kb.tags import tagged
from bot.kb.text import content_tokens

# How strongly a query word found in each place of an entry counts as explained by that entry.
W_NAME = 1.0
W_META = 0.8
W_RELATED = 0.6
W_SUMMARY = 0.6
W_BODY = 0.35
W_ALT = W_META
# A vendor's countries gather where its cases happened: a place explains its case more than it.
W_VENDOR_PLACE = W_SUMMARY
# Specificity from which a word reads as a name (a place counts whatever its specificity): a name
# the answer does not explain means the question is about something else ('cellebrite ... myanmar').
NAME_LIKE = 0.9
YEAR_RE = re.compile(r"^(19|20)\d\d$")


def place_tags(entry: Entry) -> list[str]:
    """The countries an entry's own words name, as place tags. A one-word name ('Libya') is a word
    of the text already, but 'US', 'UK' and 'United States' are not a question's 'us', 'usa' or
    'america': without the tag the ZTE card, whose summary says the US bans its gear, read as never
    naming the country 'is ZTE banned in the US?' asks about (missed, unplaced). The profile puts
    them at body weight wherever they stand: a place named in passing is weaker than one its
    metadata lists (at summary weight, two tune near misses were answered: 'which US cities
    banned ...' -> Dahua)."""
    return sorted(tagged("country", c) for c in text_places(entry_text(entry)))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """Content tokens of a short, often repeated string (a country, a technology, an id)."""
    return tuple(content_tokens(text))


class EntryEvidence:
    """What SearchIndex reads of an entry for a question; the index sets the tables below."""

    entries: list[Entry]
    by_id: dict[str, int]
    # each entry's unique content tokens per field: names, summary (with places), body
    _fields: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
    profile: Callable[[int], dict[str, float]]  # _profile, cached by the index
    _table: ProfileTable | None  # every profile as one dense table, when small enough

    def _profile(self, i: int) -> dict[str, float]:
        """Each token this entry explains, with how strongly (the best place it occurs)."""
        entry = self.entries[i]
        weights: dict[str, float] = {}
        top = 0.0  # the highest weight put so far

        def put(tokens: Iterable[str], weight: float) -> None:
            nonlocal top
            if weight >= top and weight > 0.0:
                # no token holds more than this weight yet (the places come weakest first): one
                # update in C gives the same dict as the loop (a fifth of a cold profile's cost)
                weights.update(dict.fromkeys(tokens, weight))
                top = weight
                return
            for token in tokens:
                if weights.get(token, 0.0) < weight:
                    weights[token] = weight

        names, summary, body = self._fields[i]
        put(body, W_BODY)
        put(place_tags(entry), W_BODY)
        put(summary, W_SUMMARY)
        for rel in entry.related:
            j = self.by_id.get(rel)
            if j is not None:
                put(self._fields[j][0], W_RELATED)
        places = [t for value in entry.countries for t in _tokens(value)]
        places += [tagged("country", c) for c in entry.countries]
        put(places, W_VENDOR_PLACE if entry.kind == "vendor" else W_META)
        meta = [t for value in entry.technologies for t in _tokens(value)]
        meta += [str(y) for y in entry.years]
        meta += [tagged("tech", t) for t in entry.technologies]
        meta.append(f"kind:{entry.kind}")
        put(meta, W_META)
        put(names, W_NAME)
        put([t for part in entry.id.split("-") for t in _tokens(part)], W_NAME)
        return weights

    def coverage(
        self, i: int, query: QueryAnalysis, weights: dict[str, float], focus: set[str] | None = None
    ) -> tuple[float, float, float, float, float, float]:
        """(share of the question's weight this entry explains, the explained weight itself, the
        weight of name-like words - places, rare names - the entry does not explain at all, the
        specificity of the most specific word it does not explain: what the question may really
        ask, the share explained of the `focus` words alone - the first share without them - and the
        share explained of the words it does not name: what is asked about the name, 1 if nothing)."""
        plan = coverage_plan(query, weights, focus, self._name_like, (W_ALT, W_NAME))
        if plan.total <= 0:
            return 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
        # The same sums, in the same order, as a loop over the words would make (so the same
        # floats), in C: ~50 candidates x ~40 words of a long question made this the search's
        # costliest step. Adding a 0.0 term leaves a sum unchanged.
        get = self.profile(i).get
        best = list(map(get, plan.tokens, repeat(0.0)))
        other = list(map(get, plan.forms, repeat(0.0)))
        if any(other):  # most entries explain none of the other forms
            for col, cap, start, end in plan.alts:
                # another form of the word counts like metadata at best: 'uyghur' -> China must not
                # match a vendor's 'China Electronics' alias as strongly as its own name would
                # (the best capped form is the capped best form: min(cap, .) keeps the order)
                found = min(cap, max(other[start:end]))
                if found > best[col]:
                    best[col] = found
        got = reduce(add, map(mul, plan.weights, best), 0.0)
        absent = [b <= 0.0 for b in best]
        like = plan.like_in_rule if self.entries[i].kind == "rule" else plan.like
        missed = reduce(add, compress(like, absent), 0.0)
        gap = max(0.0, max(compress(plan.specs, absent), default=0.0))
        if plan.in_focus:
            got_focus = reduce(add, map(mul, plan.focus_weights, map(best.__getitem__, plan.focus)), 0.0)
            clause = got_focus / plan.in_focus
        else:
            clause = got / plan.total
        # what is asked besides the name: the words this entry explains less than by its name
        unnamed = [b < W_NAME for b in best]
        in_rest = reduce(add, compress(plan.weights, unnamed), 0.0)
        got_rest = reduce(add, compress(map(mul, plan.weights, best), unnamed), 0.0)
        rest = got_rest / in_rest if in_rest else 1.0
        return got / plan.total, got, missed, gap, clause, rest

    def coverages(
        self, cands: list[int], query: QueryAnalysis, weights: dict[str, float], focus: set[str] | None = None
    ) -> dict[int, tuple[float, float, float, float, float, float]]:
        """`coverage` of each candidate, the same floats, all at once (coverplan.coverages)."""
        plan = coverage_plan(query, weights, focus, self._name_like, (W_ALT, W_NAME))
        if plan.total <= 0 or not cands:
            return {i: self.coverage(i, query, weights, focus) for i in cands}
        rules = [self.entries[i].kind == "rule" for i in cands]
        if self._table is not None:
            found = coverages(plan, [], rules, W_NAME, (self._table, cands))
        else:
            found = coverages(plan, [self.profile(i) for i in cands], rules, W_NAME)
        return dict(zip(cands, found, strict=True))

    @staticmethod
    def _name_like(token: str, query: QueryAnalysis, rule: bool) -> bool:
        """A word whose absence from an entry means the question is about something else: a rare
        name or a year; a place too, except for a rule, which governs exports to any destination.
        Other numbers (an amount, a count) are too easily written differently to count."""
        if token in query.country:
            return not rule
        if not token.isalpha():
            return bool(YEAR_RE.match(token))
        return query.spec.get(token, 0.0) >= NAME_LIKE or token in query.entry_names
