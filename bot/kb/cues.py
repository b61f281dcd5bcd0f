"""Ranking nudges among the near-ties at the top of a ranking: the kind of entry a question asks
for, and whether it asks about the current or an earlier state of things. Kept apart from the
engine's evidence so the nudges and their sizes have one home."""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.model import Entry
from bot.kb.query import QueryAnalysis

# Ranking nudges among near-ties (within CUE_MARGIN of the best): a question that asks for a kind
# of entry ("what are the rules ...") or for the current/old state of things ("the new regulation",
# "the previous regime") prefers entries of that kind / about later or earlier years.
CUE_MARGIN = 0.15
KIND_CUE = 0.065  # 0.05 before BM25 weighed 0.5 of the score: near-ties are wider now
TIME_CUE = 0.06
FACT_CUE = 0.065  # a near-tie that holds the kind of fact asked, as KIND_CUE for the kind of entry
NEW_WORDS = frozenset(
    {"now", "new", "current", "currently", "today", "nowadays", "latest", "recast", "present", "updated"}
)
OLD_WORDS = frozenset(
    {"old", "previous", "former", "formerly", "earlier", "original", "until", "past", "older"}
)
# Words that put what follows them in time: 'before the recast' asks about the old regulation,
# 'after brexit' or 'after 2021' about what came later
BEFORE_WORDS = frozenset({"before", "prior", "pre"})
AFTER_WORDS = frozenset({"after", "since", "post"})
_ARTICLES = frozenset({"the", "a", "an", "its", "this", "that"})
# (entry index, rank score, the model's features) of a candidate, as the engine ranks them
Rows = list[tuple[int, float, list[float]]]


def cued(
    entries: Sequence[Entry],
    mean_year: Sequence[float | None],
    query: QueryAnalysis,
    ranked: Rows,
    exact: dict[int, float],
) -> Rows:
    """Apply the kind and time cues to the near-ties at the top. An entry of the kind asked for
    that the question names by its own title or alias gets the kind cue twice: 'who makes
    Pegasus' asks for the vendor whose product it is, not the cases that mention it most."""
    if not ranked:
        return ranked
    forms = (f for alts in query.alts.values() for f in alts)
    kinds = {f.split(":", 1)[1] for f in forms if f.startswith(("kind:", "cue:"))}
    words = set(query.raw) - set(query.country)  # 'new zealand' is no new thing
    direction = time_direction([w for w in query.raw if w in words])
    if not kinds and not direction:
        return ranked
    best = max(r[1] for r in ranked)
    near = [r for r in ranked if r[1] >= best - CUE_MARGIN]
    when = {i: year for i, _, _ in near if (year := mean_year[i]) is not None}
    lo, hi = min(when.values(), default=0.0), max(when.values(), default=0.0)
    out: Rows = []
    for i, score, x in ranked:
        if score >= best - CUE_MARGIN:
            entry = entries[i]
            if entry.kind in kinds:
                score += KIND_CUE * (2 if i in exact else 1)
            if direction and hi > lo and i in when:
                recency = (when[i] - lo) / (hi - lo)
                score += TIME_CUE * (recency if direction > 0 else 1.0 - recency)
        out.append((i, score, x))
    return out


def time_direction(words: list[str]) -> int:
    """+1 when a question asks about the later state of things, -1 the earlier, 0 neither or both.
    'before' and 'after' point too ('the dual-use regulation from before 2021' asks for the old
    one: it got the 2021 recast at 0.95), and a new word after 'before' ('before the recast')
    points back, not forward."""
    new = old = False
    prev: str | None = None  # the last word that was not an article
    for n, w in enumerate(words):
        if w in BEFORE_WORDS:
            old = True
        elif w in AFTER_WORDS:
            new = new or words[n + 1 : n + 2] != ["when"]  # 'since when' asks a date
        elif w in NEW_WORDS and prev not in BEFORE_WORDS:
            new = True
        elif w in OLD_WORDS:
            old = True
        if w not in _ARTICLES:
            prev = w
    return int(new) - int(old)
