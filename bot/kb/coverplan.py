"""What SearchIndex.coverage reads of a query, worked out once per query, not per candidate.

A long question's ~40 words times ~50 candidate entries made coverage the search's costliest step;
with the per-word facts prepared here, coverage sums in C, in the same order as a plain loop (so
the same floats).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain, repeat

import numpy as np

from bot.kb.analysis import QueryAnalysis


@dataclass
class CoveragePlan:
    """A query's words in the weights' order: token, weight, other forms (all in `forms`; per word
    and cap: its column, the cap, its slice of `forms`), the columns in focus with their weights
    and total, specificity, and the weight that counts as missed when absent (0.0 if not
    name-like) for an entry / a rule."""

    total: float
    tokens: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    alts: list[tuple[int, float, int, int]] = field(default_factory=list)
    focus: list[int] = field(default_factory=list)
    focus_weights: list[float] = field(default_factory=list)
    in_focus: float = 0.0
    specs: list[float] = field(default_factory=list)
    like: list[float] = field(default_factory=list)
    like_in_rule: list[float] = field(default_factory=list)


def coverage_plan(
    query: QueryAnalysis,
    weights: dict[str, float],
    focus: set[str] | None,
    name_like: Callable[[str, QueryAnalysis, bool], bool],
    caps: tuple[float, float],
) -> CoveragePlan:
    """The plan for these weights and focus; kept on the query for the same two objects.
    `caps`: what another form of a word counts at most, for a place's other words and otherwise."""
    cached = getattr(query, "_coverage_plan", None)
    if cached is not None and cached[0] is weights and cached[1] is focus:
        kept: CoveragePlan = cached[2]
        return kept
    place_cap, other_cap = caps
    plan = CoveragePlan(sum(weights.values()))
    for col, (token, weight) in enumerate(weights.items()):
        plan.tokens.append(token)
        plan.weights.append(weight)
        forms = query.alts.get(token, ())
        for cap in dict.fromkeys(caps):
            group = [a for a in forms if (place_cap if a in query.places else other_cap) == cap]
            if group:
                plan.alts.append((col, cap, len(plan.forms), len(plan.forms) + len(group)))
                plan.forms += group
        if focus and token in focus:
            plan.focus.append(col)
            plan.focus_weights.append(weight)
            plan.in_focus += weight
        plan.specs.append(query.spec.get(token, 1.0))
        plan.like.append(weight if name_like(token, query, False) else 0.0)
        plan.like_in_rule.append(weight if name_like(token, query, True) else 0.0)
    query._coverage_plan = (weights, focus, plan)  # type: ignore[attr-defined]
    return plan


Coverage = tuple[float, float, float, float, float, float]


class ProfileTable:
    """Every entry's profile (token -> weight) as one dense array, entries by tokens, for a small
    knowledge base: a query's candidates and words are then read in one gather (~6 us) instead of
    a dict lookup per candidate and word (~0.1 ms a long question). The same floats: a cell holds
    the profile's weight, 0.0 where the entry lacks the token (the last column: no entry has it)."""

    def __init__(self, profiles: list[dict[str, float]]) -> None:
        self.columns: dict[str, int] = {}
        for profile in profiles:
            for token in profile:
                self.columns.setdefault(token, len(self.columns))
        self.width = len(self.columns) + 1
        table = np.zeros((len(profiles), self.width))
        for i, profile in enumerate(profiles):
            table[i, [self.columns[t] for t in profile]] = list(profile.values())
        self.cells = table.ravel()
        self.cells.flags.writeable = False

    @staticmethod
    def cells_for(profiles: int, tokens: int) -> int:
        return profiles * (tokens + 1)

    def read(self, rows: list[int], tokens: list[str]) -> np.ndarray:
        """Weights of `tokens` (columns) for the entries `rows`, as a new (rows, tokens) array."""
        absent = self.width - 1
        cols = np.fromiter((self.columns.get(t, absent) for t in tokens), dtype=np.intp, count=len(tokens))
        at = np.asarray(rows, dtype=np.intp)[:, None] * self.width + cols
        found: np.ndarray = self.cells[at]
        return found


def coverages(
    plan: CoveragePlan,
    profiles: list[dict[str, float]],
    rules: list[bool],
    name_weight: float,
    table: tuple[ProfileTable, list[int]] | None = None,
) -> list[Coverage]:
    """SearchIndex.coverage of each candidate (its profile, or its row in `table`; whether it is a
    rule), the same floats, with numpy over all candidates at once: each sum runs along its row in
    order (np.add.accumulate, as the loop's reduce) and a word an entry lacks adds 0.0, which leaves
    a sum unchanged. One by one, a long question's ~50 candidates cost ~0.4 ms of CPU; together
    about 0.25 ms."""
    best_m = _best_weights(plan, profiles, table)
    weights = np.array(plan.weights, dtype=float)
    explained = best_m * weights
    got = np.add.accumulate(explained, axis=1)[:, -1]
    absent = best_m <= 0.0
    like = np.where(np.array(rules)[:, None], np.array(plan.like_in_rule), np.array(plan.like))
    missed = np.add.accumulate(np.where(absent, like, 0.0), axis=1)[:, -1]
    gap = np.where(absent, np.array(plan.specs), 0.0).max(axis=1).clip(min=0.0)
    if plan.in_focus:
        in_focus = best_m[:, plan.focus] * np.array(plan.focus_weights, dtype=float)
        clause = np.add.accumulate(in_focus, axis=1)[:, -1] / plan.in_focus
    else:
        clause = got / plan.total
    unnamed = best_m < name_weight
    in_rest = np.add.accumulate(np.where(unnamed, weights, 0.0), axis=1)[:, -1]
    got_rest = np.add.accumulate(np.where(unnamed, explained, 0.0), axis=1)[:, -1]
    rest = np.divide(got_rest, in_rest, out=np.ones_like(got_rest), where=in_rest != 0.0)
    columns = (got / plan.total, got, missed, gap, clause, rest)
    return list(zip(*(c.tolist() for c in columns), strict=True))


def _best_weights(
    plan: CoveragePlan, profiles: list[dict[str, float]], table: tuple[ProfileTable, list[int]] | None
) -> np.ndarray:
    """Per candidate (row) and word (column), how strongly the entry explains the word: its own
    weight for the word, or an other form's capped weight when higher (as in SearchIndex.coverage).
    Every profile is read in one pass into one array; the other forms are then settled column by
    column for all candidates at once (a Python loop per candidate and form cost ~2 us a candidate)."""
    words = len(plan.tokens)
    columns = plan.tokens + plan.forms
    if table is not None:
        found = table[0].read(table[1], columns)
    else:
        reads = [map(profile.get, columns, repeat(0.0)) for profile in profiles]
        found = np.fromiter(chain.from_iterable(reads), dtype=float, count=len(profiles) * len(columns))
        found = found.reshape(len(profiles), len(columns))
    best = found[:, :words]
    if plan.alts and found[:, words:].any():
        best = best.copy()
        for col, cap, start, end in plan.alts:
            other = np.minimum(cap, found[:, words + start : words + end].max(axis=1))
            np.maximum(best[:, col], other, out=best[:, col])
    return best
