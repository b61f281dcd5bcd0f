"""Embeds for entries, answers, the no-answer reply and search pages, always within Discord's limits.

The entry card reuses the core's `entry_description` so `kb check` and Discord agree on the text;
this module only decides layout (badge, colour, footer, related field) and enforces the limits
that depend on layout (the 6000-character total), shortening with a visible read-more hint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import discord

from bot.chat.render.cards import badge, card_text
from bot.chat.render.text import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_VALUE_MAX,
    FOOTER_MAX,
    TITLE_MAX,
    discord_markdown,
    paginate,
    shorten,
    shorten_plain,
)
from bot.i18n import N_, SOURCE_LANGUAGE, _, command, current, format_number, ngettext, pgettext
from bot.kb.model import Entry, EntryLabel
from bot.kb.present import NO_ANSWER, NO_MATCH_HINT, NOTHING_FOUND, SearchPage
from bot.kb.render import (
    ENGLISH_NOTE,
    LIST_ENGLISH_NOTE,
    PARTIAL_NOTE,
    kind_label,
    list_heading,
    reviewed_text,
    source_markdown,
)
from bot.kb.smalltalk_reply import reply
from bot.text import escape_member_text

STATUS_COLOUR = {
    "established": discord.Colour.green(),
    "alleged": discord.Colour.orange(),
    "contested": discord.Colour.red(),
}
NO_ANSWER_TITLE = NO_ANSWER  # the English msgid; shown as `_(NO_ANSWER)`
# Frame words, marked for the catalogs and translated where shown; entry text stays English.
# {command} is the tip command as the member's Discord names it (`/hinweis neu` in German).
TIP_POINTER = N_(
    "If you know something the campaign should look into, file it with `{command}` (you can stay anonymous)."
)
KB_ONLY = N_("Answers come only from the campaign's reviewed, sourced knowledge base.")
SUMMARIES_LEFT_OUT = N_("Entries shown without a summary did not fit here: open them with the menu below.")
# The member's first ask quoted on a card (SearchResult.partial): the note stays well under a field's 1024.
PARTIAL_MAX = 400
# Full-text pages stay well under the description limit so the total (title, footer) fits too.
PAGE_CHARS = 3500


def tip_pointer() -> str:
    """Where to send a tip, naming the command as the member's Discord shows it."""
    return _(TIP_POINTER).format(command=command("tip new"))


def english_note_shown(asked_in_another_language: bool) -> bool:
    """The note that the entry is in English: when the question was not in English, or the member
    reads the bot in another language."""
    return asked_in_another_language or current() != SOURCE_LANGUAGE


def fit_total(embed: discord.Embed) -> discord.Embed:
    """Trim the description so the whole embed stays within Discord's 6000-character total.

    The description is the only part that can carry the excess: the rest of every card built here
    (title 256, author 256, footer 2048, at most two short fields) stays well under 6000 on its own.
    """
    excess = len(embed) - EMBED_TOTAL_MAX
    if excess > 0 and embed.description:
        embed.description = shorten(embed.description, max(len(embed.description) - excess, 1))
    return embed


def _related_value(related: Sequence[Entry]) -> str:
    """Whole lines only: past the field's limit, how many more the menu under the card holds (a cut
    line ending in "…" hid that the card has more related entries than it shows)."""
    lines = [card_text(r).related_line for r in related]
    shown = len(lines)
    while shown:
        rest = len(lines) - shown
        more = [ngettext("…and {n} more in the menu below", "…and {n} more in the menu below", rest)]
        value = "\n".join(lines[:shown] + ([more[0].format(n=format_number(rest))] if rest else []))
        if len(value) <= FIELD_VALUE_MAX:
            return value
        shown -= 1
    return shorten("\n".join(lines), FIELD_VALUE_MAX)  # one title longer than the field: cut it


def has_more(entry: Entry) -> bool:
    """Whether the card leaves something out that "Read more" would show."""
    return card_text(entry).has_more


def entry_pages(entry: Entry) -> list[str]:
    """The full entry (body, then sources) as description-sized pages for "Read more"."""
    text = discord_markdown(entry.body) if entry.body.strip() else entry.summary.strip()
    if entry.sources:
        text += (
            "\n\n**"
            + _("Sources")
            + "**\n"
            + "\n".join(f"{i}. {source_markdown(s)}" for i, s in enumerate(entry.sources, 1))
        )
    return paginate(text, PAGE_CHARS)


def entry_embed(
    entry: Entry,
    *,
    related: Sequence[Entry] = (),
    english_note: bool = False,
    partial: str = "",
) -> discord.Embed:
    """The entry card: summary, key facts, status, sources and review date, as shown for /ask and lookups.

    No "match 84%" in the footer: a member cannot read a search score, and the card is the answer
    (the score stays in `python -m bot ask` and its --json, for those who tune the search)."""
    card = card_text(entry)  # the parts that do not depend on the question, built once
    embed = discord.Embed(
        title=card.title,
        description=card.description,
        colour=STATUS_COLOUR.get(entry.status, discord.Colour.blurple()),
    )
    embed.set_author(name=card.author)
    if english_note_shown(english_note):
        embed.add_field(name=pgettext("embed field name", "Language"), value=_(ENGLISH_NOTE), inline=False)
    if partial:  # the member's own words: inert (no ping, no markup)
        note = _(PARTIAL_NOTE).format(ask=escape_member_text(partial, PARTIAL_MAX))
        embed.add_field(name=pgettext("embed field name", "Your question"), value=note, inline=False)
    if related:
        embed.add_field(
            name=pgettext("embed field name", "Related entries"), value=_related_value(related), inline=False
        )
    embed.set_footer(text=shorten_plain(" · ".join(card.footer), FOOTER_MAX))
    return fit_total(embed)


def entry_page_embed(entry: Entry, page: int, pages: Sequence[str] | None = None) -> discord.Embed:
    """Page `page` (1-based) of the full entry text, for the "Read more" flow."""
    pages = list(pages) if pages is not None else entry_pages(entry)
    page = min(max(page, 1), len(pages))
    embed = discord.Embed(
        title=shorten_plain(entry.title, TITLE_MAX),
        description=pages[page - 1],
        colour=STATUS_COLOUR.get(entry.status, discord.Colour.blurple()),
    )
    embed.set_author(name=shorten_plain(badge(entry), AUTHOR_MAX))
    footer = _("Full entry · page {page} of {pages} · last reviewed {date}").format(
        page=page, pages=len(pages), date=reviewed_text(entry.last_reviewed)
    )
    embed.set_footer(text=shorten_plain(footer, FOOTER_MAX))
    return fit_total(embed)


def question_line(question: str) -> str:
    """The member's question echoed as message content: escaped, no pings, one line."""
    return "**" + _("You asked:") + "** " + escape_member_text(question, 1800)


def _alternative_lines(alternatives: Sequence[EntryLabel], limit: int = 10) -> list[str]:
    """'• **Title** (Kind)': titles only. The buttons under the message open them; a raw id
    (`case-pegasus-mexico-2017`) meant nothing to a member (member14)."""
    lines = []
    for alt in list(alternatives)[:limit]:
        kind = kind_label(getattr(alt, "kind", ""))
        lines.append(f"• **{shorten_plain(alt.title, 200)}** ({kind})")
    return lines


def no_answer_embed(alternatives: Sequence[EntryLabel] = ()) -> discord.Embed:
    """The honest "I don't know": what the question might have meant, and where to send a tip. The
    question itself is the message's content line (`question_line`), above the embed: repeated in
    here it was the first thing a member read twice (review14)."""
    parts = []
    lines = _alternative_lines(alternatives)
    if lines:
        parts.append("**" + _("Did you mean…") + "**\n" + "\n".join(lines))
    else:
        parts.append(_(NO_MATCH_HINT).format(search=f"`{command('search')}`"))
    parts.append(tip_pointer())
    embed = discord.Embed(
        title=shorten_plain(_(NO_ANSWER), TITLE_MAX),
        description=shorten("\n\n".join(parts), DESCRIPTION_MAX),
        colour=discord.Colour.light_grey(),
    )
    embed.set_footer(text=_(KB_ONLY))
    return fit_total(embed)


def talk_embed(text: str) -> discord.Embed:
    """The reply to small talk ("hi", "thanks", "what can you do?"): the core's words, nothing else."""
    return discord.Embed(description=shorten(text, DESCRIPTION_MAX), colour=discord.Colour.blurple())


def _room_left(embed: discord.Embed) -> int:
    """Characters a description may take beside the embed's other parts (Discord's 6000 total), so
    items are laid out to fit rather than cut afterwards by `fit_total`."""
    return min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - len(embed))


def items_description(items: Sequence[Entry], first_number: int, budget: int) -> str:
    """Numbered list or search items, each with its whole summary (`item_summary`: never a prefix).

    Items whose summaries do not fit within `budget` follow by number, title and badge only, with a
    line saying how to read them; the menu under every list and search page opens each entry.
    """
    cards = [card_text(entry) for entry in items]  # titles, badges and summaries built once per entry
    heads = [
        f"**{number}. {card.list_title}**\n{card.author}" for number, card in enumerate(cards, first_number)
    ]
    whole = [f"{head}\n{card.summary}" for head, card in zip(heads, cards, strict=True)]

    def layout(shown: int) -> str:
        """The first `shown` items whole, the rest by title and badge under a line saying why."""
        if shown == len(items):
            return "\n\n".join(whole)
        rest = "\n".join(head.replace("\n", " · ", 1) for head in heads[shown:])
        note = "*" + _(SUMMARIES_LEFT_OUT) + "*"
        return "\n\n".join([*whole[:shown], rest, note])

    shown = len(items)
    while shown and len(layout(shown)) > budget:
        shown -= 1
    return layout(shown)  # titles alone over budget (far more items than a list holds): fit_total cuts


def list_embed(
    question: str, items: Sequence[Entry], *, english_note: bool = False, more: str = ""
) -> discord.Embed:
    """A list answer: every entry the question asks for, each with its badge and whole summary;
    `more` says how to browse them all when it shows only the first ones (render.more_lines)."""
    embed = discord.Embed(
        title=shorten_plain(list_heading(len(items)), TITLE_MAX), colour=discord.Colour.blurple()
    )
    footer = _("Open any of them with the menu below.") + " " + _(KB_ONLY)
    note = _(LIST_ENGLISH_NOTE) + " " if english_note_shown(english_note) else ""
    embed.set_footer(text=shorten_plain((more + " " if more else "") + note + footer, FOOTER_MAX))
    embed.description = items_description(items, 1, _room_left(embed))
    return fit_total(embed)


def not_found_embed(kind: str, name: str, suggestions: Sequence[EntryLabel] = ()) -> discord.Embed:
    """A lookup (/vendor, /rule, /case) that matched nothing: say so and offer close names."""
    title, missing, hint = _not_found_words(kind)
    parts = [missing.format(name=escape_member_text(name, 200))]
    lines = _alternative_lines(suggestions)
    if lines:
        parts.append("**" + _("Closest names") + "**\n" + "\n".join(lines))
    else:
        parts.append(hint)
    parts.append(tip_pointer())
    return fit_total(
        discord.Embed(
            title=shorten_plain(title, TITLE_MAX),
            description=shorten("\n\n".join(parts), DESCRIPTION_MAX),
            colour=discord.Colour.light_grey(),
        )
    )


def _not_found_words(kind: str) -> tuple[str, str, str]:
    """Title, "no such entry" sentence ({name}) and typing hint for a lookup of `kind`; one sentence
    per kind, because a kind word changes the grammar around it in most languages."""
    if kind == "vendor":
        return (
            pgettext("embed title", "No such vendor"),
            _("I have no vendor entry called {name}."),
            _("Start typing a name to see the vendors I know."),
        )
    if kind == "rule":
        return (
            pgettext("embed title", "No such rule"),
            _("I have no rule entry called {name}."),
            _("Start typing a name to see the rules I know."),
        )
    return (
        pgettext("embed title", "No such case"),
        _("I have no case entry called {name}."),
        _("Start typing a name to see the cases I know."),
    )


def filters_text(filters: Mapping[str, str]) -> str:
    """'kind=vendor, year=2019' with the option names and choices as the member's Discord shows them
    (the command tree's own translations)."""
    shown = []
    for key, value in filters.items():
        if value:
            name = pgettext("option name", key)
            shown.append(f"{name}={pgettext('choice', value) if key == 'kind' else value}")
    return _(", ").join(shown)


def search_embed(page: SearchPage) -> discord.Embed:
    """A page of search results: numbered titles with badge and whole summary each; small talk
    ("/search hi") gets the core's reply, as /ask does."""
    if page.talk is not None:
        return talk_embed(reply(page.talk))
    words = escape_member_text(page.query, 200) if page.query.strip() else _("all entries")
    title = pgettext("embed title", "Search: {query}").format(query=words)
    embed = discord.Embed(title=shorten_plain(title, TITLE_MAX), colour=discord.Colour.blurple())
    footer = page.position()
    if filters_text(page.filters):
        footer += " · " + filters_text(page.filters)
    embed.set_footer(text=shorten_plain(footer, FOOTER_MAX))
    if not page.entries:
        embed.description = _(NOTHING_FOUND) + "\n\n" + tip_pointer()
    else:
        embed.description = items_description(page.entries, page.first_number, _room_left(embed))
    return fit_total(embed)
