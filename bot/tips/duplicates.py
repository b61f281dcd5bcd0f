"""Possible-duplicate hints: a new tip compared with open tips and knowledge entries (rapidfuzz).

A hint, not a decision: moderators see "possible duplicate of TIP-0012 / knowledge entry idemia" and
decide. Vendor similarity weighs most (tips about the same company and country are what moderators
want grouped); the free text breaks ties and catches tips that name no vendor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.kb.model import Entry
from bot.tips.model import TipForm, public_id

THRESHOLD = 72.0
MAX_HINTS = 3
HINTS_MAX_CHARS = 1000  # the column size


@dataclass(frozen=True)
class Candidate:
    """An open tip or a knowledge entry reduced to what is compared, pre-processed once."""

    label: str
    names: tuple[str, ...]
    countries: tuple[str, ...]
    text: str


class EntryLike(Protocol):
    id: str
    title: str
    aliases: list[str]
    countries: list[str]
    summary: str


def tip_candidate(tip_id: int, vendor: str, country: str, what: str) -> Candidate:
    return Candidate(
        public_id(tip_id), _processed([vendor]), _processed([country]), default_process(what[:400])
    )


def entry_candidates(entries: Iterable[Entry]) -> list[Candidate]:
    """Knowledge entries (rule entries are about law, not sales: only vendors and cases are compared)."""
    out: list[Candidate] = []
    for entry in entries:
        if getattr(entry, "kind", "case") == "rule":
            continue
        names = (entry.title, *entry.aliases)
        out.append(
            Candidate(
                f"knowledge entry {entry.id}",
                _processed(names),
                _processed(entry.countries),
                default_process(entry.summary),
            )
        )
    return out


def _processed(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(p for p in (default_process(v) for v in values) if p)


def _full_score(country: str, cand: Candidate, name_score: float, text_score: float) -> float:
    country_score = 100.0 if country and country in cand.countries else 0.0
    return 0.55 * name_score + 0.15 * country_score + 0.30 * text_score


def find_duplicates(form: TipForm, candidates: Sequence[Candidate], *, threshold: float = THRESHOLD) -> str:
    """The hint string stored on the tip: the best few matches, best first; empty if none.

    The wide passes run inside rapidfuzz (C) over the distinct names and the gated texts; only the
    few that pass the vendor gate get the weighted score in Python, so hundreds of open tips stay cheap.
    """
    vendor, country, what = (
        default_process(form.vendor),
        default_process(form.country),
        default_process(form.what),
    )
    # Open tips repeat the same few vendors: each distinct name is scored once, not once per tip.
    by_name: dict[str, list[int]] = {}
    for i, c in enumerate(candidates):
        for n in c.names:
            by_name.setdefault(n, []).append(i)
    if vendor:
        # Without a vendor match there is no duplicate, however similar the prose.
        hits = process.extract(
            vendor, list(by_name), scorer=fuzz.token_set_ratio, score_cutoff=80, limit=None
        )
    else:
        # No vendor typed: a known name (4+ letters) appearing in the text still counts.
        long_names = [n for n in by_name if len(n) >= 4]
        hits = process.extract(what, long_names, scorer=fuzz.partial_ratio, score_cutoff=95, limit=None)
    best: dict[int, float] = {}
    for name, score_, _pos in hits:
        for idx in by_name[name]:
            best[idx] = max(best.get(idx, 0.0), score_)
    order = sorted(best)  # candidate order (newest open tips first) breaks score ties
    texts = {i: candidates[i].text for i in order if candidates[i].text}
    text_scores = {i: s for _t, s, i in process.extract(what, texts, scorer=fuzz.token_set_ratio, limit=None)}
    scored = [
        (_full_score(country, candidates[i], best[i], text_scores.get(i, 0.0)), candidates[i].label)
        for i in order
    ]
    if not vendor:
        nameless = [i for i, c in enumerate(candidates) if not c.names and i not in best]
        nameless_texts = [candidates[i].text for i in nameless]
        for _t, text_score, pos in process.extract(
            what, nameless_texts, scorer=fuzz.token_set_ratio, score_cutoff=85, limit=None
        ):
            cand = candidates[nameless[pos]]
            country_score = 100.0 if country and country in cand.countries else 0.0
            scored.append((0.75 * text_score + 0.25 * country_score, cand.label))
    scored.sort(key=lambda sc: -sc[0])
    labels = list(dict.fromkeys(label for s, label in scored if s >= threshold))[:MAX_HINTS]
    return " / ".join(labels)[:HINTS_MAX_CHARS]
