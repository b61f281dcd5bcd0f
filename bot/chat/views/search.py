"""Search pages: previous / next buttons that edit the page in place, and the page builder.

Split from bot/chat/views/answer.py (entry cards and answers), whose items it reuses: the paging
state rides in the custom_id, or a small bounded cache when the search is too long for 100 characters.
"""

from __future__ import annotations

import re
import secrets
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import discord

from bot.chat.i18n import public_language
from bot.chat.render import search_embed
from bot.chat.views.answer import ENTRY_ITEMS, NO_MENTIONS, PickEntrySelect, _app, _fits, _guarded
from bot.errors import NotFound
from bot.i18n import _, pgettext
from bot.kb.filters import Filters, SearchQuery
from bot.kb.present import SearchPage

if TYPE_CHECKING:
    from bot.app import App

SEARCH_PAGE_SIZE = 5


class _SearchCache:
    """Searches too long for a custom_id, by a short token; bounded, so memory cannot grow."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[str, SearchQuery] = OrderedDict()

    def put(self, query: SearchQuery) -> str:
        token = secrets.token_urlsafe(9)
        self._items[token] = query
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> SearchQuery:
        query = self._items.get(token)
        if query is None:
            raise NotFound(_("This search has expired (the bot restarted). Please run /search again."))
        return query


SEARCHES = _SearchCache()


def search_state(query: SearchQuery) -> str:
    """The compact state for a paging custom_id; a cache token when the search is too long."""
    state = query.encode()
    if _fits(f"search:999:{state}"):
        return state
    return "~" + SEARCHES.put(query)


def query_from_state(state: str) -> SearchQuery:
    return SEARCHES.get(state[1:]) if state.startswith("~") else SearchQuery.decode(state)


class SearchPageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"search:(?P<page>\d+):(?P<state>.*)"
):
    """Previous / next page of a search, edited in place."""

    def __init__(self, page: int, state: str, *, label: str, disabled: bool = False) -> None:
        self.page, self.state = page, state
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"search:{page}:{state}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SearchPageButton:
        return cls(int(match["page"]), match["state"], label="Page")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def act() -> None:
            query = query_from_state(self.state)
            shared = interaction.message is not None and not interaction.message.flags.ephemeral
            with public_language(interaction, public=shared):  # the channel's message, not the presser's
                page, view = search_page(_app(interaction), query, self.page, state=self.state)
                embed = search_embed(page)
            await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NO_MENTIONS)

        await _guarded(interaction, act)


class BrowseButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"browse:(?P<state>.*)"):
    """Page 1 of a search, in a message of its own for the presser (ephemeral): the answer it sits
    under keeps its list and its rating buttons (editing the answer in place, as a page button does,
    dropped both, and on a public answer changed the channel's message for everyone)."""

    def __init__(self, state: str) -> None:
        self.state = state
        super().__init__(
            discord.ui.Button(
                label=browse_label(), style=discord.ButtonStyle.secondary, custom_id=f"browse:{state}"
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> BrowseButton:
        return cls(match["state"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def act() -> None:
            page, view = search_page(_app(interaction), query_from_state(self.state), 1, state=self.state)
            extra: dict[str, Any] = {} if view is None else {"view": view}
            await interaction.response.send_message(
                embed=search_embed(page), ephemeral=True, allowed_mentions=NO_MENTIONS, **extra
            )

        await _guarded(interaction, act)


# Every dynamic item of the answer and search views (registered by the ask cog).
DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (*ENTRY_ITEMS, SearchPageButton, BrowseButton)


def search_page(
    app: App, query: SearchQuery, page: int, *, state: str | None = None
) -> tuple[SearchPage, discord.ui.View | None]:
    """Page `page` (1-based, clamped by the core) of a search and its paging view."""
    result = app.kb.page(query, page, SEARCH_PAGE_SIZE)
    if not result.entries:
        return result, None
    view = discord.ui.View(timeout=None)
    if result.pages > 1:
        state = state or search_state(query)
        previous, following = pgettext("button", "◀ Previous"), pgettext("button", "Next ▶")
        view.add_item(
            SearchPageButton(result.page - 1, state, label=previous, disabled=not result.has_previous)
        )
        view.add_item(SearchPageButton(result.page + 1, state, label=following, disabled=not result.has_next))
    view.add_item(
        PickEntrySelect(result.entries, placeholder=pgettext("placeholder", "Open one of these entries…"))
    )
    return result, view


def browse_label() -> str:
    """The button under a list of every entry of a kind cut short, and the footer's name for it."""
    return pgettext("button", "Browse them all")


def browse_button(kind: str | None) -> BrowseButton:
    """Page 1 of /search over every entry of `kind` (None: every kind), alphabetical as /search
    browses with no words: "list every vendor you have" shows the first vendors and this."""
    return BrowseButton(search_state(SearchQuery("", Filters.of(kind=kind))))
