"""What every face says in /about: what the bot is, what it stores about whom and for how long,
how fresh its knowledge is, and that it is not legal advice.

One copy for Discord and the console. The retention figures come from the live settings, so the
statement cannot drift from what the purge jobs actually do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kb.present import Overview
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import App

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


def overview(app: App) -> Overview:
    """The knowledge figures /about shows, as of the app's clock and the configured review age."""
    return app.kb.overview(app.clock.now().date(), app.settings.stale_review_days)


def knowledge_line(app: App) -> str:
    figures = overview(app)
    parts = [f"{figures.counts.get(kind, 0)} {label}" for kind, label in KIND_NAMES.items()]
    line = f"{figures.total} entries ({', '.join(parts)})."
    if figures.freshness:
        line += f"\nLast reviewed: {figures.freshness}."
    line += f"\nNot reviewed in the last {figures.stale_days} days: {figures.stale}."
    return line
