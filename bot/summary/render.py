"""Renderings of a `WeeklySummary`: Markdown for reading, CSV for spreadsheets, JSON for tools.

Pure functions of the data, shared by the CLI and Discord. User-typed text (vendor names,
questions) is escaped for Markdown, and CSV cells that a spreadsheet would run as a formula are
defused.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo

import babel.numbers

from bot.clock import shown_time
from bot.i18n import _, babel_locale, format_date, format_number, ngettext
from bot.summary.model import STATUSES, Count, TipRow, WeeklySummary
from bot.text import escape_member_text
from bot.tips.model import public_id
from bot.tips.queue import shown_status

CSV_COLUMNS = (
    "tip",
    "status",
    "created_at",
    "first_action_at",
    "decided_at",
    "closed_at",
    "vendor",
    "country",
    "technology",
    "duplicate_of",
)


def md_escape(text: str) -> str:
    """Text typed by members, made inert in Markdown (and on one line, for tables and lists)."""
    return escape_member_text(text)


def label_text(count: Count) -> str:
    """A figure's label as shown: our own words as they are, a member's spelling made inert."""
    return count.label if count.trusted else md_escape(count.label)


# Babel date patterns for the summary's days: "Mon 17 Nov" / "Mo. 17 Nov." / "lun. 17 nov."
DAY = "EEE dd MMM"
DAY_YEAR = "EEE dd MMM yyyy"


def format_decimal(value: float) -> str:
    """One decimal, in the current language's digits and separators: 2.5 / 2,5."""
    return babel.numbers.format_decimal(value, format="#,##0.0", locale=babel_locale())


def withheld_breakdown() -> str:
    """What a kept copy of a week with few tips says instead of splitting them (service.py)."""
    return _(
        "Too few tips were opened this week to split them by status, vendor, country, technology or "
        "day in a copy that is kept: the figures would describe the tips one by one. Coordinators see "
        "them with /summary."
    )


def withheld_gaps(summary: WeeklySummary) -> str:
    """The gaps of a kept copy: how many, and where a coordinator reads them (never the words)."""
    q = summary.questions
    if not q.gap_groups:
        return _("none")
    groups = ngettext(
        "{n} group of similar unanswered questions ({asks}).",
        "{n} groups of similar unanswered questions ({asks}).",
        q.gap_groups,
    ).format(
        n=format_number(q.gap_groups),
        asks=ngettext("{n} ask", "{n} asks", q.gap_asks).format(n=format_number(q.gap_asks)),
    )
    return groups + " " + _("Coordinators read them with /summary; they are not kept in posts or files.")


def hours(value: float | None) -> str:
    if value is None:
        return _("n/a")
    if value < 48:
        return _("{n} h").format(n=format_decimal(value))
    days = value / 24
    return ngettext("{n} day", "{n} days", round(days)).format(n=format_decimal(days))


def percent(value: float | None) -> str:
    if value is None:
        return _("n/a")
    return babel.numbers.format_percent(value, locale=babel_locale())


def _table(header: tuple[str, str], rows: Iterable[Count]) -> list[str]:
    rows = list(rows)
    if not rows:
        return [_none_line()]
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {label_text(r)} | {format_number(r.count)} |" for r in rows]
    return lines


def _none_line() -> str:
    return "_" + _("none") + "_"


def _b(n: int) -> str:
    return f"**{format_number(n)}**"


def day_statuses(summary: WeeklySummary) -> list[str]:
    """Statuses present in the per-day figures, in workflow order."""
    seen = {s for day in summary.tips.per_day for s in day}
    return [s for s in STATUSES if s in seen] + sorted(seen - set(STATUSES))


def to_markdown(summary: WeeklySummary) -> str:
    """The full report in the current language (the team's for the weekly post)."""
    t, q, k = summary.tips, summary.questions, summary.knowledge
    out = [
        "# " + _("Weekly summary {week}").format(week=summary.week),
        "",
        _("{first} – {last} ({timezone}); generated {time} UTC.").format(
            first=format_date(summary.first_day, DAY_YEAR),
            last=format_date(summary.last_day, DAY_YEAR),
            timezone=summary.timezone,
            time=f"{summary.generated_at:%Y-%m-%d %H:%M}",
        ),
        "",
        "## " + _("Tips"),
        "",
        "- " + _("Opened: {opened}; closed: {closed}").format(opened=_b(t.opened), closed=_b(t.closed)),
        "- " + _("Backlog at the end of the week: {n} open").format(n=_b(t.backlog)),
    ]
    if t.oldest_open is not None:
        oldest = t.oldest_open
        out.append(
            "- "
            + _("Oldest open tip: {tip}, opened {date}, {days} days old at the end of the week").format(
                tip=public_id(oldest.tip_id),
                date=f"{oldest.created_at:%Y-%m-%d}",
                days=format_decimal(oldest.age_days),
            )
        )
    out += [
        "- "
        + _(
            "Median time to first action: {first}; to decision: {decision} (tips opened this week; "
            "{waiting} still awaiting a first action)"
        ).format(
            first=hours(t.median_first_action_hours),
            decision=hours(t.median_decision_hours),
            waiting=format_number(t.awaiting_first_action),
        ),
    ]
    if t.breakdown_withheld:
        out += ["", withheld_breakdown()]
    else:
        out += _breakdown(summary)
    out += [
        "",
        "## " + _("Questions"),
        "",
        "- "
        + _("Asked: {asked}; answered: {answered} ({rate})").format(
            asked=_b(q.asked), answered=_b(q.answered), rate=percent(q.answer_rate)
        ),
        "- "
        + _("Rated helpful: {helpful}; not helpful: {not_helpful}").format(
            helpful=_b(q.helpful), not_helpful=_b(q.not_helpful)
        ),
        "",
        "### " + _("Most used entries"),
        *_table((_("Entry"), _("Answers")), q.top_entries),
        "",
        "### " + _("Knowledge gaps (unanswered questions, grouped by similarity)"),
    ]
    if q.gaps_withheld:
        out.append(withheld_gaps(summary))
    elif q.gaps:
        for i, gap in enumerate(q.gaps, 1):
            asks = ngettext("{n} ask", "{n} asks", gap.count).format(n=format_number(gap.count))
            line = f"{format_number(i)}. {md_escape(gap.question)} — {asks}"
            if gap.examples:
                line += _("; also: ") + "; ".join(md_escape(e) for e in gap.examples)
            out.append(line)
    else:
        out.append(_none_line())
    if q.unanswered_texts_purged:
        n = q.unanswered_texts_purged
        out.append(
            "\n"
            + ngettext(
                "{n} unanswered question no longer has its text (retention).",
                "{n} unanswered questions no longer have their text (retention).",
                n,
            ).format(n=format_number(n))
        )
    out += [
        "",
        "## " + _("Knowledge base"),
        "",
        "- "
        + _(
            "Entries: {total}; reviewed (new or re-reviewed) this week: {reviewed}; "
            "stale (last review more than {days} days before the week's end): {stale}"
        ).format(
            total=_b(k.total),
            reviewed=_b(len(k.reviewed)),
            days=format_number(k.stale_days),
            stale=_b(len(k.stale)),
        ),
    ]
    if k.reviewed:
        out.append("- " + _("Reviewed: ") + ", ".join(f"{md_escape(e.title)} (`{e.id}`)" for e in k.reviewed))
    if k.stale:
        out.append(
            "- "
            + _("Stale: ")
            + ", ".join(f"{md_escape(e.title)} (`{e.id}`, {e.last_reviewed})" for e in k.stale)
        )
    out += [
        "",
        "_" + _("The knowledge format has no creation date, so new entries count as reviewed.") + "_",
        "",
    ]
    return "\n".join(out)


def _breakdown(summary: WeeklySummary) -> list[str]:
    """The week's tips split by status, vendor, country, technology and day."""
    t = summary.tips
    out = [
        "",
        "### " + _("By status"),
        *_table(
            (_("Status"), _("Tips")),
            (Count(shown_status(c.label), c.count, trusted=True) for c in t.by_status),
        ),
        "",
        "### " + _("By vendor"),
        *_table((_("Vendor"), _("Tips")), t.by_vendor),
        "",
        "### " + _("By country"),
        *_table((_("Country"), _("Tips")), t.by_country),
        "",
        "### " + _("By technology"),
        *_table((_("Technology"), _("Tips")), t.by_technology),
        "",
        "### " + _("Opened per day (by current status)"),
    ]
    statuses = day_statuses(summary)
    day, total = _("Day"), _("Total")
    out.append(
        f"| {day} | " + " | ".join(map(shown_status, statuses)) + (" | " if statuses else "") + f"{total} |"
    )
    out.append("|---|" + "---:|" * (len(statuses) + 1))
    for date_, counts in zip(summary.days, t.per_day, strict=False):
        cells = [format_number(counts.get(s, 0)) for s in statuses]
        row_total = format_number(sum(counts.values()))
        out.append(f"| {format_date(date_, DAY)} | " + " | ".join([*cells, row_total]) + " |")
    return out


def _cell(value: object, tz: tzinfo) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return shown_time(value).astimezone(tz).isoformat(timespec="minutes")  # to the hour
    text = " ".join(str(value).split())
    # A cell starting like a formula would be executed by a spreadsheet; a leading quote defuses it.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def to_csv(rows: Iterable[TipRow], tz: tzinfo) -> str:
    """Tips opened or closed in the period, one row each: only for the coordinator's own (ephemeral)
    view, never a kept copy (to_counts_csv). Deliberately no reporter, anonymity flag or free text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(
            [
                public_id(r.id),
                r.status,
                *(_cell(v, tz) for v in (r.created_at, r.first_action_at, r.decided_at, r.closed_at)),
                *(_cell(v, tz) for v in (r.vendor, r.country, r.technology)),
                public_id(r.duplicate_of) if r.duplicate_of else "",
            ]
        )
    return buf.getvalue()


COUNT_COLUMNS = ("figure", "label", "count")


def to_counts_csv(summary: WeeklySummary) -> str:
    """The CSV of a kept copy (the weekly post, `summary --out`): the week's tip figures, no row per tip.

    A kept copy outlives the tips it covers; a row per tip (number, hours, vendor, country, status)
    would keep in Discord, tip by tip, what retention purges. Labels are the bot's own words there.
    """
    t = summary.tips
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COUNT_COLUMNS)
    writer.writerows([("tips", "opened", t.opened), ("tips", "closed", t.closed)])
    for figure, counts in (
        ("status", t.by_status),
        ("vendor", t.by_vendor),
        ("country", t.by_country),
        ("technology", t.by_technology),
    ):
        writer.writerows((figure, _cell(c.label, UTC), c.count) for c in counts)
    return buf.getvalue()


def to_json(summary: WeeklySummary) -> str:
    return json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n"
