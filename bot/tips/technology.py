"""A tip's technology: inferred from the knowledge base at intake, confirmable by tipster or moderator.

Why: the weekly summary counts tips by technology, yet a tipster is never asked for one, so the
column stayed empty. Only the bot's own vocabulary (the technology words of bot/kb/data/list_words.yaml)
is ever stored, so every group in a summary has a name the bot itself chose and a kept copy quotes
nothing a tipster typed. Inference prefers what the tip itself says: a technology named in its text,
then the technology tags of the vendor's knowledge entry, then of a vendor the text names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.errors import InvalidInput
from bot.i18n import NP_, _, format_list, pgettext
from bot.kb.lists import TECH_WORDS, technology_name
from bot.kb.model import Entry
from bot.kb.text import name_key
from bot.tips.model import TipForm

INFERRED = "inferred"
TIPSTER = "tipster"
MODERATOR = "moderator"
# What a moderator types to clear a wrong inference.
NONE_WORDS = frozenset({"none", "unknown", "-"})
# Shorter words ("ai") are too often part of other languages' words to name a technology alone.
MIN_WORD = 3


def known_technologies() -> tuple[str, ...]:
    """The technologies a tip may be filed under, in the vocabulary's spelling."""
    return tuple(sorted(set(TECH_WORDS.values())))


def canonical(value: str) -> str | None:
    """A known technology however it is spelt ("Face recognition" → "facial recognition"), or None."""
    return technology_name(value) if value.strip() else None


def chosen(value: str) -> str:
    """A moderator's choice in the vocabulary's spelling ("" clears it), or a polite InvalidInput."""
    if value.strip().lower() in NONE_WORDS:
        return ""
    tech = canonical(value)
    if tech is None:
        raise InvalidInput(unknown_message(value))
    return tech


def unknown_message(value: str) -> str:
    shown = " ".join(value.split())[:60]
    return _("“{value}” is not a technology the bot tracks; choose one of: {known}.").format(
        value=shown, known=format_list(display_name(t) for t in known_technologies())
    )


# The vocabulary's technologies as a member reads them (the dropdown on the preview). Only the
# English is ever stored or counted; a technology added to the vocabulary shows in English until
# it is added here and translated.
OPTION = "select option"
_DISPLAYED = (
    NP_("select option", "artificial intelligence"),
    NP_("select option", "biometrics"),
    NP_("select option", "deep packet inspection"),
    NP_("select option", "emotion recognition"),
    NP_("select option", "facial recognition"),
    NP_("select option", "interception"),
    NP_("select option", "internet filtering"),
    NP_("select option", "intrusion software"),
    NP_("select option", "mobile forensics"),
    NP_("select option", "monitoring centre"),
    NP_("select option", "spyware"),
    NP_("select option", "video surveillance"),
)


def display_name(tech: str) -> str:
    """A technology in the current language, for the member's eyes only (never stored)."""
    return pgettext(OPTION, tech) if tech in _DISPLAYED else tech


@dataclass(frozen=True)
class TechnologyIndex:
    """Knowledge entries reduced to vendor names and each vendor's first known technology."""

    vendors: dict[str, str] = field(default_factory=dict)  # name key -> technology


def build_index(entries: Iterable[Entry]) -> TechnologyIndex:
    """Vendor entries' names (id, title, aliases) -> their first tag the vocabulary knows."""
    vendors: dict[str, str] = {}
    for entry in entries:
        if getattr(entry, "kind", "") != "vendor":
            continue
        tech = next((t for tag in entry.technologies if (t := technology_name(tag))), None)
        if tech is None:
            continue
        for name in (entry.id, entry.title, *entry.aliases):
            key = name_key(name)
            if len(key) >= MIN_WORD:
                vendors.setdefault(key, tech)
    return TechnologyIndex(vendors)


def _phrases(key: str, most: int = 3) -> Iterable[str]:
    words = key.split()
    for n in range(most, 0, -1):
        for i in range(len(words) - n + 1):
            yield " ".join(words[i : i + n])


def _named_in(text: str) -> str | None:
    """The technology the text names most often (the first named on a tie)."""
    counts: dict[str, int] = {}
    for phrase in _phrases(name_key(text)):
        tech = TECH_WORDS.get(phrase) if len(phrase) >= MIN_WORD else None
        if tech:
            counts[tech] = counts.get(tech, 0) + 1
    return max(counts, key=lambda t: counts[t]) if counts else None


def _vendor_in(text: str, index: TechnologyIndex) -> str | None:
    padded = f" {name_key(text)} "
    return next((tech for name, tech in index.vendors.items() if f" {name} " in padded), None)


def infer(form: TipForm, index: TechnologyIndex) -> str:
    """The technology a tip is most likely about, in the vocabulary's spelling, or ""."""
    vendor = name_key(form.vendor)
    return (
        _named_in(f"{form.what}\n{form.extra}")
        or index.vendors.get(vendor)
        or (_vendor_in(form.vendor, index) if vendor else None)
        or _vendor_in(form.what, index)
        or ""
    )
