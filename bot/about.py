"""What every face says in /about: what the bot is, what it stores about whom and for how long,
how fresh its knowledge is, and that it is not legal advice.

One copy for Discord and the console. The retention figures come from the live settings, so the
statement cannot drift from what the purge jobs actually do.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.settings import Settings
from bot.summary.knowledge import reviewed_on

NOT_LEGAL_ADVICE = "Not legal advice. Check the cited sources before relying on an answer."

KIND_NAMES = {"rule": "rules", "vendor": "vendors", "case": "cases"}
WHAT_IT_IS = (
    "ExportWatch answers questions about the export of surveillance technology (rules, vendors and "
    "documented cases) from a curated, sourced knowledge base, and takes tips for the campaign. "
    "Every answer names its sources; when the knowledge base has no sourced answer, it says so."
)


def data_statement(s: Settings) -> str:
    return (
        f"- **Questions**: the text of questions is kept for {s.question_log_days} days (for the weekly "
        "summary of what members ask), then erased; only counts remain.\n"
        "- **Tips**: the tip itself is stored for moderators. An anonymous tip is never linked to your "
        "account; to enforce the cooldown and the limit on tips per member, short-lived keyed hashes "
        f"that point to no tip are kept (at most {s.tip_rate_window_hours} hours). "
        "For a named tip, the link to you is dropped "
        f"{s.reporter_link_days} days after the tip closes.\n"
        f"- **Closed tips** are deleted with their notes {s.closed_tip_purge_days} days after closing."
    )


def stale_count(app: Any) -> int:
    """Entries not reviewed within STALE_REVIEW_DAYS (an unreadable date counts as stale)."""
    stale_before = app.clock.now().date() - timedelta(days=app.settings.stale_review_days)
    stale = 0
    for entry in app.kb.entries():
        parsed = reviewed_on(entry.last_reviewed)
        if parsed is None or parsed[0] < stale_before:
            stale += 1
    return stale


def knowledge_line(app: Any) -> str:
    counts = app.kb.counts()
    parts = [f"{counts.get(kind, 0)} {label}" for kind, label in KIND_NAMES.items()]
    freshness = app.kb.freshness()
    line = f"{sum(counts.values())} entries ({', '.join(parts)})."
    if freshness:
        line += f"\nLast reviewed: {freshness}."
    line += f"\nNot reviewed in the last {app.settings.stale_review_days} days: {stale_count(app)}."
    return line
