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
from datetime import datetime, tzinfo

import babel.numbers

from bot.clock import shown_time
from bot.i18n import _, babel_locale, format_number, ngettext
from bot.summary.model import STATUSES, Count, TipRow, WeeklySummary
from bot.text import escape_member_text
from bot.tips.model import public_id, status_word

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
        return ["_none_"]
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {label_text(r)} | {r.count} |" for r in rows]
    return lines


def day_statuses(summary: WeeklySummary) -> list[str]:
    """Statuses present in the per-day figures, in workflow order."""
    seen = {s for day in summary.tips.per_day for s in day}
    return [s for s in STATUSES if s in seen] + sorted(seen - set(STATUSES))


def to_markdown(summary: WeeklySummary) -> str:
    t, q, k = summary.tips, summary.questions, summary.knowledge
    out = [
        f"# Weekly summary {summary.week}",
        "",
        f"{summary.first_day:%a %d %b %Y} – {summary.last_day:%a %d %b %Y} ({summary.timezone}); "
        f"generated {summary.generated_at:%Y-%m-%d %H:%M} UTC.",
        "",
        "## Tips",
        "",
        f"- Opened: **{t.opened}**; closed: **{t.closed}**",
        f"- Backlog at the end of the week: **{t.backlog}** open",
    ]
    if t.oldest_open is not None:
        oldest = t.oldest_open
        out.append(
            f"- Oldest open tip: {public_id(oldest.tip_id)}, opened {oldest.created_at:%Y-%m-%d}, "
            f"{oldest.age_days:.1f} days old at the end of the week"
        )
    out += [
        f"- Median time to first action: {hours(t.median_first_action_hours)}; "
        f"to decision: {hours(t.median_decision_hours)} (tips opened this week; "
        f"{t.awaiting_first_action} still awaiting a first action)",
        "",
        "### By status",
        *_table(
            ("Status", "Tips"), (Count(status_word(c.label), c.count, trusted=True) for c in t.by_status)
        ),
        "",
        "### By vendor",
        *_table(("Vendor", "Tips"), t.by_vendor),
        "",
        "### By country",
        *_table(("Country", "Tips"), t.by_country),
        "",
        "### By technology",
        *_table(("Technology", "Tips"), t.by_technology),
        "",
        "### Opened per day (by current status)",
    ]
    statuses = day_statuses(summary)
    out.append("| Day | " + " | ".join(map(status_word, statuses)) + (" | " if statuses else "") + "Total |")
    out.append("|---|" + "---:|" * (len(statuses) + 1))
    for day, counts in zip(summary.days, t.per_day, strict=False):
        cells = [str(counts.get(s, 0)) for s in statuses]
        out.append(f"| {day:%a %d %b} | " + " | ".join([*cells, str(sum(counts.values()))]) + " |")
    out += [
        "",
        "## Questions",
        "",
        f"- Asked: **{q.asked}**; answered: **{q.answered}** ({percent(q.answer_rate)})",
        f"- Rated helpful: **{q.helpful}**; not helpful: **{q.not_helpful}**",
        "",
        "### Most used entries",
        *_table(("Entry", "Answers"), q.top_entries),
        "",
        "### Knowledge gaps (unanswered questions, grouped by similarity)",
    ]
    if q.gaps_withheld:
        out.append(withheld_gaps(summary))
    elif q.gaps:
        for i, gap in enumerate(q.gaps, 1):
            line = f"{i}. {md_escape(gap.question)} — {gap.count} ask{'s' if gap.count != 1 else ''}"
            if gap.examples:
                line += "; also: " + "; ".join(md_escape(e) for e in gap.examples)
            out.append(line)
    else:
        out.append("_none_")
    if q.unanswered_texts_purged:
        out.append(
            f"\n{q.unanswered_texts_purged} unanswered question(s) no longer have their text (retention)."
        )
    out += [
        "",
        "## Knowledge base",
        "",
        f"- Entries: **{k.total}**; reviewed (new or re-reviewed) this week: **{len(k.reviewed)}**; "
        f"stale (last review more than {k.stale_days} days before the week's end): **{len(k.stale)}**",
    ]
    if k.reviewed:
        out.append("- Reviewed: " + ", ".join(f"{md_escape(e.title)} (`{e.id}`)" for e in k.reviewed))
    if k.stale:
        out.append(
            "- Stale: " + ", ".join(f"{md_escape(e.title)} (`{e.id}`, {e.last_reviewed})" for e in k.stale)
        )
    out += ["", "_The knowledge format has no creation date, so new entries count as reviewed._", ""]
    return "\n".join(out)


def _cell(value: object, tz: tzinfo) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return shown_time(value).astimezone(tz).isoformat(timespec="minutes")  # to the hour
    text = " ".join(str(value).split())
    # A cell starting like a formula would be executed by a spreadsheet; a leading quote defuses it.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def to_csv(rows: Iterable[TipRow], tz: tzinfo) -> str:
    """Tips opened or closed in the period. Deliberately no reporter, anonymity flag or free text."""
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


def to_json(summary: WeeklySummary) -> str:
    return json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n"
