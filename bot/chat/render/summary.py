"""The weekly summary as a Discord embed plus file attachments, within Discord's limits.

Everything members typed (vendor names, questions) is escaped, and mentions are neutralised as
well as disabled (allowed_mentions none), so a summary can never ping anyone.
"""

from __future__ import annotations

import io

import discord

from bot.i18n import _, format_date, format_datetime, format_number, isolate, npgettext, pgettext
from bot.summary.model import Count, Report, WeeklySummary
from bot.summary.render import (
    DAY,
    DAY_YEAR,
    format_decimal,
    hours,
    label_text,
    percent,
    withheld_breakdown,
    withheld_gaps,
)
from bot.text import escape_member_text
from bot.tips.model import public_id
from bot.tips.queue import shown_status

FIELD_MAX = 1024
EMBED_MAX = 6000
COLOUR = discord.Colour.dark_teal()


def safe(text: str) -> str:
    return escape_member_text(text)


def clip(text: str, limit: int = FIELD_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def counts_line(counts: list[Count], limit: int = 5) -> str:
    if not counts:
        return _("none")
    return clip("\n".join(f"{label_text(c)}: **{format_number(c.count)}**" for c in counts[:limit]))


def attachment_names(report: Report) -> dict[str, str]:
    week = report.summary.week
    return {"md": f"summary-{week}.md", "csv": f"tips-{week}.csv", "png": f"chart-{week}.png"}


def _bold(n: int) -> str:
    return f"**{format_number(n)}**"


def summary_embed(summary: WeeklySummary, chart_name: str) -> discord.Embed:
    """The post's embed in the current language (the team's for the weekly post, the coordinator's
    for /summary); figures and dates in that language's formats."""
    t, q, k = summary.tips, summary.questions, summary.knowledge
    embed = discord.Embed(
        title=pgettext("embed title", "Weekly summary {week}").format(week=isolate(summary.week)),
        description=pgettext(
            "embed description",
            "{first} – {last} ({timezone}). "
            "Full report, tips CSV (no tipster identities) and chart attached.",
        ).format(
            first=format_date(summary.first_day, DAY),
            last=format_date(summary.last_day, DAY_YEAR),
            timezone=isolate(summary.timezone),
        ),
        colour=COLOUR,
    )
    backlog = pgettext("embed field", "{n} open at the end of the week").format(n=_bold(t.backlog))
    if t.oldest_open is not None:
        days = t.oldest_open.age_days
        backlog += "\n" + npgettext(
            "embed field", "oldest: {tip}, {days} day", "oldest: {tip}, {days} days", round(days)
        ).format(tip=isolate(public_id(t.oldest_open.tip_id)), days=format_decimal(days))
    embed.add_field(
        name=pgettext("embed field name", "Tips"),
        value=pgettext("embed field", "opened {opened}\nclosed {closed}").format(
            opened=_bold(t.opened), closed=_bold(t.closed)
        ),
        inline=True,
    )
    embed.add_field(name=pgettext("embed field name", "Backlog"), value=backlog, inline=True)
    embed.add_field(
        name=pgettext("embed field name", "Triage (median)"),
        value=pgettext("embed field", "first action {first}\ndecision {decision}").format(
            first=hours(t.median_first_action_hours), decision=hours(t.median_decision_hours)
        ),
        inline=True,
    )
    if t.breakdown_withheld:  # a kept post of a week with few tips does not split them
        embed.add_field(name="\u200b", value=withheld_breakdown(), inline=False)
    else:
        statuses = [Count(shown_status(c.label), c.count, trusted=True) for c in t.by_status]
        embed.add_field(
            name=pgettext("embed field name", "By status"), value=counts_line(statuses, 7), inline=True
        )
        embed.add_field(
            name=pgettext("embed field name", "Vendors"), value=counts_line(t.by_vendor), inline=True
        )
        embed.add_field(
            name=pgettext("embed field name", "Countries"), value=counts_line(t.by_country), inline=True
        )
        embed.add_field(
            name=pgettext("embed field name", "Technologies"), value=counts_line(t.by_technology), inline=True
        )
    embed.add_field(
        name=pgettext("embed field name", "Questions"),
        value=pgettext(
            "embed field",
            "asked {asked}, answered {answered} ({rate})\nhelpful {helpful} · not helpful {not_helpful}",
        ).format(
            asked=_bold(q.asked),
            answered=_bold(q.answered),
            rate=percent(q.answer_rate),
            helpful=format_number(q.helpful),
            not_helpful=format_number(q.not_helpful),
        ),
        inline=True,
    )
    embed.add_field(
        name=pgettext("embed field name", "Most used entries"), value=counts_line(q.top_entries), inline=True
    )
    if q.gaps_withheld:
        gaps = withheld_gaps(summary)
    else:
        listed = (
            f"{format_number(i)}. {safe(g.question)} ({format_number(g.count)})"
            for i, g in enumerate(q.gaps[:5], 1)
        )
        gaps = "\n".join(listed) or _("none")
    embed.add_field(
        name=pgettext("embed field name", "Knowledge gaps (unanswered)"), value=clip(gaps), inline=False
    )
    embed.add_field(
        name=pgettext("embed field name", "Knowledge base"),
        value=npgettext(
            "embed field",
            "{total} entry; reviewed this week {reviewed}; stale (> {days} days) {stale}",
            "{total} entries; reviewed this week {reviewed}; stale (> {days} days) {stale}",
            k.total,
        ).format(
            total=format_number(k.total),
            reviewed=_bold(len(k.reviewed)),
            days=format_number(k.stale_days),
            stale=_bold(len(k.stale)),
        ),
        inline=False,
    )
    embed.set_image(url=f"attachment://{chart_name}")  # every report carries its chart
    embed.set_footer(
        text=pgettext("embed footer", "Generated {time} UTC").format(
            time=format_datetime(summary.generated_at, "short")
        )
    )
    # Reached by the longest summaries in the wordier languages (test_render_limits_property.py).
    while len(embed) > EMBED_MAX and len(embed.fields) > 3:
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
