"""Buttons and selects under answers and entry cards (search pages: bot/chat/views/search.py).

Every component is a `DynamicItem`: its custom_id carries all it needs (entry id, page, question
id), so buttons keep working after a restart and no per-message state is held in memory (except a
search too long to fit in 100 characters, which falls back to a small bounded cache).
Opening an entry or reading more replies ephemerally: a click in a shared channel must not change
the message everyone else is reading.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.chat.errors import report_error
from bot.chat.render import (
    entry_embed,
    entry_page_embed,
    entry_pages,
    has_more,
    shorten_plain,
)
from bot.chat.render.cards import card_text
from bot.chat.render.text import BUTTON_LABEL_MAX, CUSTOM_ID_MAX, SELECT_OPTION_MAX, SELECT_OPTIONS_MAX
from bot.errors import NotFound
from bot.i18n import N_, _, pgettext
from bot.kb.model import Entry, EntryLabel

if TYPE_CHECKING:
    from bot.app import App, AskOutcome

NO_MENTIONS = discord.AllowedMentions.none()
MAX_RELATED_BUTTONS = 5
ENTRY_ID = r"[a-z0-9-]+"
# Marked for the catalogs, sent through `_()` in the member's language.
RATED = N_("Thanks, your rating is recorded for the weekly summary.")
RATE_PROMPT = N_("Was this answer helpful? (Only you see this; your rating is stored without your name.)")
OLD_RATING_BUTTON = N_(
    "Thank you! This rating button is from an earlier version and no longer records ratings; "
    "ask again with /ask to rate an answer."
)


def _app(interaction: discord.Interaction[Any]) -> App:
    app: App = interaction.client.app
    return app


async def _guarded(interaction: discord.Interaction[Any], action: Callable[[], Awaitable[None]]) -> None:
    """Dynamic items bypass the views' error handler; route their errors to the shared one."""
    try:
        await action()
    except Exception as error:  # report_error logs unexpected ones with a reference
        await report_error(interaction, error)


def _fits(custom_id: str) -> bool:
    return len(custom_id) <= CUSTOM_ID_MAX


def get_entry(app: App, entry_id: str) -> Entry:
    entry = app.kb.get(entry_id)
    if entry is None:
        raise NotFound(
            _("That entry is no longer in the knowledge base (it may have been renamed). Try /search.")
        )
    return entry


# --- items ------------------------------------------------------------------------------------------


class RateButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"rate:(?P<qid>\d+):(?P<vote>[yn])"
):
    """Helpful / not helpful, stored with the question for the weekly summary.

    The custom id carries no member id (it would tie the question-log row to its asker): only the
    asker can press it because it is only ever shown to them (an ephemeral answer or prompt, or a DM).
    """

    def __init__(self, question_id: int, helpful: bool) -> None:
        self.question_id, self.helpful = question_id, helpful
        super().__init__(
            discord.ui.Button(
                label=pgettext("button", "Helpful") if helpful else pgettext("button", "Not helpful"),
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"rate:{question_id}:{'y' if helpful else 'n'}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> RateButton:
        return cls(int(match["qid"]), match["vote"] == "y")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def act() -> None:
            await _app(interaction).rate(self.question_id, self.helpful)
            await interaction.response.send_message(_(RATED), ephemeral=True, allowed_mentions=NO_MENTIONS)

        await _guarded(interaction, act)


class OldRateButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"rate:(?P<qid>\d+):(?P<vote>[yn]):(?P<uid>\d+)"
):
    """Rating buttons posted before ratings stopped carrying the asker's id: answered politely,
    recording nothing (a public message already shows that id; a rating must not be tied to it)."""

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> OldRateButton:
        return cls(discord.ui.Button(label="Rate", custom_id=match.string))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def act() -> None:
            await interaction.response.send_message(
                _(OLD_RATING_BUTTON), ephemeral=True, allowed_mentions=NO_MENTIONS
            )

        await _guarded(interaction, act)


class OpenEntryButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"entry:open:(?P<id>{ENTRY_ID})"
):
    """Open another entry (related, or a "did you mean" suggestion) for the clicker only."""

    def __init__(self, entry_id: str, label: str = "") -> None:
        self.entry_id = entry_id
        super().__init__(
            discord.ui.Button(
                label=shorten_plain(label or pgettext("button", "Open"), BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.primary,
                custom_id=f"entry:open:{entry_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> OpenEntryButton:
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _guarded(interaction, lambda: send_entry(interaction, self.entry_id))


class PickEntrySelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"entry:pick"):
    """A menu of entries (many related entries, or the results on a search page) to open one."""

    def __init__(self, entries: Sequence[Entry] = (), placeholder: str = "") -> None:
        options = [
            discord.SelectOption(
                label=card_text(e).option_label, value=e.id, description=card_text(e).option_description
            )
            # An option's value is at most 100 characters, like a custom id: a longer id is left out.
            for e in [e for e in entries if len(e.id) <= SELECT_OPTION_MAX][:SELECT_OPTIONS_MAX]
        ]
        super().__init__(
            discord.ui.Select(
                custom_id="entry:pick",
                placeholder=placeholder or pgettext("placeholder", "Open an entry…"),
                options=options or [discord.SelectOption(label="-", value="-")],
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PickEntrySelect:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        data: dict[str, Any] = dict(interaction.data or {})
        values = [str(v) for v in data.get("values") or []]
        if not values:
            await interaction.response.defer()
            return
        await _guarded(interaction, lambda: send_entry(interaction, str(values[0])))


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"entry:page:(?P<id>{ENTRY_ID}):(?P<page>\d+)(?P<edit>:e)?",
):
    """ "Read more" on a card opens page 1 for the clicker; Previous/Next on a page turn it in place."""

    def __init__(self, entry_id: str, page: int, *, label: str, edit: bool, disabled: bool = False) -> None:
        self.entry_id, self.page, self.edit = entry_id, page, edit
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"entry:page:{entry_id}:{page}{':e' if edit else ''}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(match["id"], int(match["page"]), label="Page", edit=bool(match["edit"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def act() -> None:
            entry = get_entry(_app(interaction), self.entry_id)
            pages = entry_pages(entry)
            page = min(max(self.page, 1), len(pages))
            embed = entry_page_embed(entry, page, pages)
            view = page_view(entry, page, len(pages))
            if self.edit:
                await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(
                    embed=embed, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
                )

        await _guarded(interaction, act)


# The entry and answer items; bot/chat/views/search.py adds its own for the registered set.
ENTRY_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    RateButton,
    OldRateButton,
    OpenEntryButton,
    PickEntrySelect,
    PageButton,
)


# --- views (plain containers of the items above) -----------------------------------------------------


def rating_view(question_id: int) -> discord.ui.View:
    """Helpful / not helpful for one logged question; only ever shown to the asker."""
    view = discord.ui.View(timeout=None)
    view.add_item(RateButton(question_id, True))
    view.add_item(RateButton(question_id, False))
    return view


def entry_view(
    app: App,
    entry: Entry,
    *,
    question_id: int | None = None,
    related: Sequence[Entry] | None = None,
) -> discord.ui.View:
    """Rating (only on answers just the asker sees), "Read more" when the card leaves text out, related."""
    view = discord.ui.View(timeout=None)
    if question_id is not None:
        view.add_item(RateButton(question_id, True))
        view.add_item(RateButton(question_id, False))
    if has_more(entry) and _fits(f"entry:page:{entry.id}:1"):
        view.add_item(PageButton(entry.id, 1, label=pgettext("button", "Read more"), edit=False))
    related = list(related) if related is not None else app.kb.related(entry)
    related = list({r.id: r for r in related if _fits(f"entry:open:{r.id}")}.values())
    if len(related) > MAX_RELATED_BUTTONS:
        view.add_item(PickEntrySelect(related, placeholder=pgettext("placeholder", "Open a related entry…")))
    else:
        for r in related:
            view.add_item(OpenEntryButton(r.id, r.title))
    return view


RATINGS_OFF_NOTE = N_("rating unavailable right now")


def ratings_off(footer: str) -> str:
    return f"{footer} · {_(RATINGS_OFF_NOTE)}"


def rateable(outcome: AskOutcome) -> int | None:
    """The question-log id an answer may be rated under (`SearchResult.rateable`), else None."""
    return outcome.question_id if outcome.result.rateable else None


def page_view(entry: Entry, page: int, pages: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if pages > 1:
        previous, following = pgettext("button", "◀ Previous"), pgettext("button", "Next ▶")
        view.add_item(PageButton(entry.id, page - 1, label=previous, edit=True, disabled=page <= 1))
        view.add_item(PageButton(entry.id, page + 1, label=following, edit=True, disabled=page >= pages))
    return view


def suggestions_view(suggestions: Sequence[EntryLabel]) -> discord.ui.View | None:
    """Buttons to open "did you mean" entries (anything with `id` and `title`)."""
    items = [s for s in list(suggestions)[:MAX_RELATED_BUTTONS] if _fits(f"entry:open:{s.id}")]
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for s in items:
        view.add_item(OpenEntryButton(s.id, s.title))
    return view


async def send_entry(interaction: discord.Interaction[Any], entry_id: str) -> None:
    """Show an entry card to the clicker only (ephemeral), with its own related/read-more buttons."""
    app = _app(interaction)
    entry = get_entry(app, entry_id)
    related = app.kb.related(entry)
    await interaction.response.send_message(
        embed=entry_embed(entry, related=related),
        view=entry_view(app, entry, related=related),
        ephemeral=True,
        allowed_mentions=NO_MENTIONS,
    )
