"""The parts of an entry card that depend only on the entry and the member's language, built once.

Every /ask that answers with an entry card used to rebuild its description from the entry's
Markdown twice (once for the card, once to decide on "Read more"), with the review date formatted
by babel each time: about a fifth of the event loop's CPU per /ask that is not the search or
Discord's HTTP (bench/README.md, issue 15). In a burst of 100 questions that work delays every
later member's answer, so it is computed once per entry and language and reused.

Keyed by the entry object itself (held weakly, so the identity check cannot match a recycled id):
a `/kb reload` builds new entry objects, so a reloaded entry never gets its old card, and entries
of a replaced index are not kept alive by the cache. Entries are never changed in place.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass

from bot.chat.render.text import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    SELECT_OPTION_MAX,
    TITLE_MAX,
    shorten,
    shorten_plain,
)
from bot.i18n import _, current, isolate, pgettext
from bot.kb.model import Entry
from bot.kb.render import (
    card_leaves_out,
    entry_description,
    item_summary,
    kind_label,
    reviewed_text,
    status_word,
)

STATUS_EMOJI = {"established": "🟢", "alleged": "🟠", "contested": "🔴"}
# Entries x languages a card is kept for; the shipped knowledge has a few hundred entries.
CACHED_MAX = 4096


@dataclass(frozen=True, slots=True)
class CardText:
    """An entry card's text that does not depend on the question asked."""

    title: str
    description: str  # shortened to Discord's limit, with the read-more hint when cut
    author: str  # the status/kind badge
    has_more: bool  # whether "Read more" would show something the card leaves out
    footer: tuple[str, ...]  # "Last reviewed <date>", "id: <id>"
    # The entry as one item of a list answer, a search page, a "Related entries" field or a menu.
    summary: str  # whole, never a prefix (bot.kb.render.item_summary)
    list_title: str
    related_line: str  # "• Title (Kind)"
    option_label: str
    option_description: str  # "Kind · Status"


def badge(entry: Entry) -> str:
    """'🔴 Contested · Case', in the member's language."""
    emoji = STATUS_EMOJI.get(entry.status, "")
    return f"{emoji} {status_word(entry.status)} · {kind_label(entry.kind)}".strip()


def read_more_hint() -> str:
    """Put after a shortened card; names the button as the member sees it."""
    button = pgettext("button", "Read more")
    return "\n\n*" + _("Shortened — press **{button}** for the full entry.").format(button=button) + "*"


def build_card(entry: Entry) -> CardText:
    """The card's fixed text, freshly built in the current language (what the cache holds)."""
    full = entry_description(entry)
    marker = badge(entry)
    return CardText(
        title=shorten_plain(entry.title, TITLE_MAX),
        description=shorten(full, DESCRIPTION_MAX, marker=read_more_hint()),
        author=shorten_plain(marker, AUTHOR_MAX),
        has_more=len(full) > DESCRIPTION_MAX or card_leaves_out(entry),
        footer=(
            _("Last reviewed {date}").format(date=reviewed_text(entry.last_reviewed)),
            f"id: {isolate(entry.id)}",
        ),
        summary=item_summary(entry),
        list_title=shorten_plain(entry.title, 200),
        related_line=f"• {shorten_plain(entry.title, 120)} ({kind_label(entry.kind)})",
        option_label=shorten_plain(entry.title, SELECT_OPTION_MAX),
        option_description=shorten_plain(
            f"{kind_label(entry.kind)} · {status_word(entry.status)}", SELECT_OPTION_MAX
        ),
    )


_cards: OrderedDict[tuple[int, str], tuple[weakref.ref[Entry], CardText]] = OrderedDict()


def card_text(entry: Entry) -> CardText:
    """`build_card(entry)` in the current language, built at most once per live entry object."""
    key = (id(entry), current())
    held = _cards.get(key)
    if held is not None and held[0]() is entry:
        _cards.move_to_end(key)
        return held[1]
    card = build_card(entry)
    _cards[key] = (weakref.ref(entry), card)
    if len(_cards) > CACHED_MAX:
        _cards.popitem(last=False)
    return card


def forget_cards() -> None:
    """Drop every cached card (tests; nothing in the bot needs it, a reload makes new entries)."""
    _cards.clear()
