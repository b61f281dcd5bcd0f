"""Embeds for entries, answers, the no-answer reply and search pages, always within Discord's limits.

The entry card reuses the core's `entry_description` so `kb check` and Discord agree on the text;
this module only decides layout (badge, colour, footer, related field) and enforces the limits
that depend on layout (the 6000-character total), shortening with a visible read-more hint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import discord

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
from bot.kb.model import Entry, EntryLabel
from bot.kb.present import NO_ANSWER, NOTHING_FOUND, SearchPage
from bot.kb.render import ENGLISH_NOTE, card_leaves_out, entry_description, list_heading, source_markdown
from bot.text import escape_member_text

STATUS_COLOUR = {
    "established": discord.Colour.green(),
    "alleged": discord.Colour.orange(),
    "contested": discord.Colour.red(),
}
STATUS_BADGE = {"established": "🟢 Established", "alleged": "🟠 Alleged", "contested": "🔴 Contested"}
KIND_LABEL = {"rule": "Rule", "vendor": "Vendor", "case": "Case"}
READ_MORE_HINT = "\n\n*Shortened — press **Read more** for the full entry.*"
NO_ANSWER_TITLE = NO_ANSWER
TIP_POINTER = (
    "If you know something the campaign should look into, file it with `/tip` (you can stay anonymous)."
)
# Full-text pages stay well under the description limit so the total (title, footer) fits too.
PAGE_CHARS = 3500
SEARCH_SUMMARY_CHARS = 180


def badge(entry: Entry) -> str:
    return f"{STATUS_BADGE.get(entry.status, entry.status)} · {KIND_LABEL.get(entry.kind, entry.kind)}"


def fit_total(embed: discord.Embed) -> discord.Embed:
    """Trim the description so the whole embed stays within Discord's 6000-character total."""
    excess = len(embed) - EMBED_TOTAL_MAX
    if excess > 0 and embed.description:
        embed.description = shorten(embed.description, max(len(embed.description) - excess, 1))
    excess = len(embed) - EMBED_TOTAL_MAX
    while excess > 0 and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
        excess = len(embed) - EMBED_TOTAL_MAX
    return embed


def _related_value(related: Sequence[Entry]) -> str:
    lines = [f"• {shorten_plain(r.title, 120)} ({KIND_LABEL.get(r.kind, r.kind)})" for r in related]
    value = "\n".join(lines)
    return shorten(value, FIELD_VALUE_MAX)


def has_more(entry: Entry) -> bool:
    """Whether the card leaves something out that "Read more" would show."""
    return len(entry_description(entry)) > DESCRIPTION_MAX or card_leaves_out(entry)


def entry_pages(entry: Entry) -> list[str]:
    """The full entry (body, then sources) as description-sized pages for "Read more"."""
    text = discord_markdown(entry.body) if entry.body.strip() else entry.summary.strip()
    if entry.sources:
        text += "\n\n**Sources**\n" + "\n".join(
            f"{i}. {source_markdown(s)}" for i, s in enumerate(entry.sources, 1)
        )
    return paginate(text, PAGE_CHARS)


def entry_embed(
    entry: Entry,
    *,
    related: Sequence[Entry] = (),
    confidence: float | None = None,
    english_note: bool = False,
) -> discord.Embed:
    """The entry card: summary, key facts, status, sources and review date, as shown for /ask and lookups."""
    description = shorten(entry_description(entry), DESCRIPTION_MAX, marker=READ_MORE_HINT)
    embed = discord.Embed(
        title=shorten_plain(entry.title, TITLE_MAX),
        description=description,
        colour=STATUS_COLOUR.get(entry.status, discord.Colour.blurple()),
    )
    embed.set_author(name=shorten_plain(badge(entry), AUTHOR_MAX))
    if english_note:  # the member asked in another language
        embed.add_field(name="Language", value=ENGLISH_NOTE, inline=False)
    if related:
        embed.add_field(name="Related entries", value=_related_value(related), inline=False)
    footer = [f"Last reviewed {entry.last_reviewed}", f"id: {entry.id}"]
    if confidence is not None:
        footer.append(f"match {round(confidence * 100)}%")
    embed.set_footer(text=shorten_plain(" · ".join(footer), FOOTER_MAX))
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
    embed.set_footer(text=f"Full entry · page {page} of {len(pages)} · last reviewed {entry.last_reviewed}")
    return fit_total(embed)


def question_line(question: str) -> str:
    """The member's question echoed as message content: escaped, no pings, one line."""
    return "**You asked:** " + escape_member_text(question, 1800)


def _alternative_lines(alternatives: Sequence[EntryLabel], limit: int = 10) -> list[str]:
    lines = []
    for alt in list(alternatives)[:limit]:
        kind = KIND_LABEL.get(getattr(alt, "kind", ""), getattr(alt, "kind", ""))
        lines.append(f"• **{shorten_plain(alt.title, 200)}** ({kind}) — `{alt.id}`")
    return lines


def no_answer_embed(question: str, alternatives: Sequence[EntryLabel] = ()) -> discord.Embed:
    """The honest "I don't know": what was asked, what it might have meant, and where to send a tip."""
    parts = [f"You asked: {escape_member_text(question, 1000)}"]
    lines = _alternative_lines(alternatives)
    if lines:
        parts.append("**Did you mean…**\n" + "\n".join(lines))
    parts.append(TIP_POINTER)
    embed = discord.Embed(
        title=NO_ANSWER_TITLE,
        description=shorten("\n\n".join(parts), DESCRIPTION_MAX),
        colour=discord.Colour.light_grey(),
    )
    embed.set_footer(text="Answers come only from the campaign's reviewed, sourced knowledge base.")
    return fit_total(embed)


def list_embed(question: str, items: Sequence[Entry], *, english_note: bool = False) -> discord.Embed:
    """A list answer: every entry the question asks for, each with its badge and one-line summary."""
    blocks = [
        f"**{number}. {shorten_plain(entry.title, 200)}**\n{badge(entry)}\n"
        + shorten_plain(entry.summary, SEARCH_SUMMARY_CHARS)
        for number, entry in enumerate(items, 1)
    ]
    embed = discord.Embed(
        title=shorten_plain(list_heading(len(items)), TITLE_MAX),
        description=shorten("\n\n".join(blocks), DESCRIPTION_MAX),
        colour=discord.Colour.blurple(),
    )
    footer = (
        "Open any of them with the menu below. Answers come only from the campaign's "
        "reviewed, sourced knowledge base."
    )
    embed.set_footer(text=shorten_plain((ENGLISH_NOTE + " " if english_note else "") + footer, FOOTER_MAX))
    return fit_total(embed)


def not_found_embed(kind: str, name: str, suggestions: Sequence[EntryLabel] = ()) -> discord.Embed:
    """A lookup (/vendor, /rule, /case) that matched nothing: say so and offer close names."""
    label = KIND_LABEL.get(kind, kind).lower()
    parts = [f"I have no {label} entry called {escape_member_text(name, 200)}."]
    lines = _alternative_lines(suggestions)
    if lines:
        parts.append("**Closest names**\n" + "\n".join(lines))
    else:
        parts.append(f"Start typing in the name option to see the {label}s I know.")
    parts.append(TIP_POINTER)
    return fit_total(
        discord.Embed(
            title=f"No such {label}",
            description=shorten("\n\n".join(parts), DESCRIPTION_MAX),
            colour=discord.Colour.light_grey(),
        )
    )


def filters_text(filters: Mapping[str, str]) -> str:
    return ", ".join(f"{key}={value}" for key, value in filters.items() if value)


def search_embed(page: SearchPage) -> discord.Embed:
    """A page of search results: numbered titles with badge and a short summary each."""
    title = "Search: " + (escape_member_text(page.query, 200) if page.query.strip() else "all entries")
    if not page.entries:
        description = NOTHING_FOUND + "\n\n" + TIP_POINTER
    else:
        blocks = []
        for number, entry in enumerate(page.entries, page.first_number):
            summary = shorten_plain(entry.summary, SEARCH_SUMMARY_CHARS)
            blocks.append(f"**{number}. {shorten_plain(entry.title, 200)}**\n{badge(entry)}\n{summary}")
        description = shorten("\n\n".join(blocks), DESCRIPTION_MAX)
    embed = discord.Embed(
        title=shorten_plain(title, TITLE_MAX), description=description, colour=discord.Colour.blurple()
    )
    footer = f"Page {page.page} of {page.pages} · {page.total} result{'s' if page.total != 1 else ''}"
    if filters_text(page.filters):
        footer += " · " + filters_text(page.filters)
    embed.set_footer(text=shorten_plain(footer, FOOTER_MAX))
    return fit_total(embed)
