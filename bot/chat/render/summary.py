"""The weekly summary as a Discord embed plus file attachments, within Discord's limits.

Everything members typed (vendor names, questions) is escaped, and mentions are neutralised as
well as disabled (allowed_mentions none), so a summary can never ping anyone.
"""

from __future__ import annotations

import io

import discord

from bot.summary.model import Count, Report, WeeklySummary
from bot.summary.render import hours, label_text, percent, withheld_gaps
from bot.text import escape_member_text
from bot.tips.model import public_id, status_word

FIELD_MAX = 1024
EMBED_MAX = 6000
COLOUR = discord.Colour.dark_teal()


def safe(text: str) -> str:
    return escape_member_text(text)


def clip(text: str, limit: int = FIELD_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def counts_line(counts: list[Count], limit: int = 5) -> str:
    if not counts:
        return "none"
    return clip("\n".join(f"{label_text(c)}: **{c.count}**" for c in counts[:limit]))


def attachment_names(report: Report) -> dict[str, str]:
    week = report.summary.week
    return {"md": f"summary-{week}.md", "csv": f"tips-{week}.csv", "png": f"chart-{week}.png"}


def summary_embed(summary: WeeklySummary, chart_name: str | None = None) -> discord.Embed:
    t, q, k = summary.tips, summary.questions, summary.knowledge
    embed = discord.Embed(
        title=f"Weekly summary {summary.week}",
        description=(
            f"{summary.first_day:%a %d %b} – {summary.last_day:%a %d %b %Y} ({summary.timezone}). "
            "Full report, tips CSV (no tipster identities) and chart attached."
        ),
        colour=COLOUR,
    )
    backlog = f"**{t.backlog}** open at the end of the week"
    if t.oldest_open is not None:
        backlog += f"\noldest: {public_id(t.oldest_open.tip_id)}, {t.oldest_open.age_days:.1f} days"
    embed.add_field(name="Tips", value=f"opened **{t.opened}**\nclosed **{t.closed}**", inline=True)
    embed.add_field(name="Backlog", value=backlog, inline=True)
    embed.add_field(
        name="Triage (median)",
        value=f"first action {hours(t.median_first_action_hours)}\ndecision {hours(t.median_decision_hours)}",
        inline=True,
    )
    statuses = [Count(status_word(c.label), c.count, trusted=True) for c in t.by_status]
    embed.add_field(name="By status", value=counts_line(statuses, 7), inline=True)
    embed.add_field(name="Vendors", value=counts_line(t.by_vendor), inline=True)
    embed.add_field(name="Countries", value=counts_line(t.by_country), inline=True)
    embed.add_field(name="Technologies", value=counts_line(t.by_technology), inline=True)
    embed.add_field(
        name="Questions",
        value=f"asked **{q.asked}**, answered **{q.answered}** ({percent(q.answer_rate)})\n"
        f"helpful {q.helpful} · not helpful {q.not_helpful}",
        inline=True,
    )
    embed.add_field(name="Most used entries", value=counts_line(q.top_entries), inline=True)
    if q.gaps_withheld:
        gaps = withheld_gaps(summary)
    else:
        listed = (f"{i}. {safe(g.question)} ({g.count})" for i, g in enumerate(q.gaps[:5], 1))
        gaps = "\n".join(listed) or "none"
    embed.add_field(name="Knowledge gaps (unanswered)", value=clip(gaps), inline=False)
    embed.add_field(
        name="Knowledge base",
        value=f"{k.total} entries; reviewed this week **{len(k.reviewed)}**; "
        f"stale (> {k.stale_days} days) **{len(k.stale)}**",
        inline=False,
    )
    if chart_name:
        embed.set_image(url=f"attachment://{chart_name}")
    embed.set_footer(text=f"Generated {summary.generated_at:%Y-%m-%d %H:%M} UTC")
    while len(embed) > EMBED_MAX and len(embed.fields) > 3:  # never reached with these limits; a guard
        embed.remove_field(len(embed.fields) - 3)
    return embed


def summary_message(report: Report) -> tuple[discord.Embed, list[discord.File]]:
    """The embed and fresh File objects (a File can be sent only once)."""
    names = attachment_names(report)
    files = [
        discord.File(io.BytesIO(report.markdown.encode()), filename=names["md"]),
        discord.File(io.BytesIO(report.csv.encode()), filename=names["csv"]),
        discord.File(io.BytesIO(report.chart_png), filename=names["png"]),
    ]
    return summary_embed(report.summary, names["png"]), files
