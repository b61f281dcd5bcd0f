"""Possible-duplicate hints: a new tip compared with open tips and knowledge entries (rapidfuzz).

A hint, not a decision: moderators see "possible duplicate of TIP-0012 / knowledge entry idemia" and
decide. Vendor similarity weighs most (tips about the same company and country are what moderators
want grouped); the free text breaks ties and catches tips that name no vendor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.tips.model import TipForm, public_id

THRESHOLD = 72.0
MAX_HINTS = 3
HINTS_MAX_CHARS = 1000  # the column size


@dataclass(frozen=True)
class Candidate:
    """An open tip or a knowledge entry reduced to what is compared."""

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
        public_id(tip_id), (vendor,) if vendor else (), (country,) if country else (), what[:400]
    )


def entry_candidates(entries: Iterable[Any]) -> list[Candidate]:
    """Knowledge entries (rule entries are about law, not sales: only vendors and cases are compared)."""
    out: list[Candidate] = []
    for entry in entries:
        if getattr(entry, "kind", "case") == "rule":
            continue
        names = (entry.title, *entry.aliases)
        out.append(
            Candidate(f"knowledge entry {entry.id}", tuple(names), tuple(entry.countries), entry.summary)
        )
    return out


def _processed(values: Sequence[str]) -> list[str]:
    return [p for p in (default_process(v) for v in values) if p]


def score(form: TipForm, cand: Candidate) -> float:
    """0..100: how likely `form` describes the same thing as `cand`."""
    vendor = default_process(form.vendor)
    names = _processed(cand.names)
    text_score = fuzz.token_set_ratio(form.what, cand.text, processor=default_process) if cand.text else 0.0
    country = default_process(form.country)
    countries = _processed(cand.countries)
    country_score = 100.0 if country and country in countries else 0.0
    if vendor and names:
        vendor_score = max(fuzz.token_set_ratio(vendor, n) for n in names)
        # Without a vendor match there is no duplicate, however similar the prose.
        if vendor_score < 80:
            return 0.0
        return 0.55 * vendor_score + 0.15 * country_score + 0.30 * text_score
    if not vendor and names:
        # No vendor typed: a known name appearing in the text still counts.
        mentioned = (
            max(fuzz.partial_ratio(n, default_process(form.what)) for n in names if len(n) >= 4)
            if any(len(n) >= 4 for n in names)
            else 0.0
        )
        if mentioned >= 95:
            return 0.55 * mentioned + 0.15 * country_score + 0.30 * text_score
    return 0.75 * text_score + 0.25 * country_score if text_score >= 85 else 0.0


def find_duplicates(form: TipForm, candidates: Iterable[Candidate], *, threshold: float = THRESHOLD) -> str:
    """The hint string stored on the tip: the best few matches, best first; empty if none."""
    scored = sorted(((score(form, c), c.label) for c in candidates), key=lambda sc: -sc[0])
    labels = [label for s, label in scored if s >= threshold][:MAX_HINTS]
    hint = " / ".join(labels)
    return hint[:HINTS_MAX_CHARS]
