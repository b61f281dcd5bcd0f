"""What every face says in /about: what the bot is, what it stores about whom and for how long,
how fresh its knowledge is, and that it is not legal advice.

One copy for Discord and the console. The retention figures come from the live settings, so the
statement cannot drift from what the purge jobs actually do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.i18n import (
    LANGUAGES,
    N_,
    SOURCE_LANGUAGE,
    _,
    all_review_statuses,
    format_list,
    format_number,
    language_name,
    ngettext,
)
from bot.kb.model import KINDS
from bot.kb.present import Overview
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import App

# Marked for the catalogs; shown through `_()` in the reader's language.
NOT_LEGAL_ADVICE = N_("Not legal advice. Check the cited sources before relying on an answer.")
WHAT_IT_IS = N_(
    "ExportWatch answers questions about the export of surveillance technology (rules, vendors and "
    "documented cases) from a curated, sourced knowledge base, and takes tips for the campaign. "
    "Every answer names its sources; when the knowledge base has no sourced answer, it says so."
)


def _days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=format_number(n))


def data_statement(s: Settings) -> str:
    """What is kept about whom and for how long, with the figures of the live settings."""
    hours = ngettext("{n} hour", "{n} hours", s.tip_rate_window_hours).format(
        n=format_number(s.tip_rate_window_hours)
    )
    lines = [
        _(
            "- **Questions**: the text of questions is kept for {days} (for the weekly summary of what "
            "members ask), then erased; only counts remain."
        ).format(days=_days(s.question_log_days)),
        _(
            "- **Tips**: the tip itself is stored for moderators. An anonymous tip is never linked to your "
            "account; to enforce the cooldown and the limit on tips per member, short-lived keyed hashes "
            "that point to no tip are kept (at most {hours}). For a named tip, the link to you is dropped "
            "{days} after the tip closes."
        ).format(hours=hours, days=_days(s.reporter_link_days)),
        _("- **Closed tips** are deleted with their notes {days} after closing.").format(
            days=_days(s.closed_tip_purge_days)
        ),
    ]
    return "\n".join(lines)


def overview(app: App) -> Overview:
    """The knowledge figures /about shows, as of the app's clock and the configured review age."""
    return app.kb.overview(app.clock.now().date(), app.settings.stale_review_days)


def knowledge_line(app: App) -> str:
    """How much the knowledge base holds, how fresh it is, how much is overdue for review."""
    from bot.kb.render import kind_count, reviewed_text

    figures = overview(app)
    parts = [kind_count(kind, figures.counts.get(kind, 0)) for kind in KINDS]
    total = ngettext("{n} entry", "{n} entries", figures.total).format(n=format_number(figures.total))
    line = _("{total} ({parts}).").format(total=total, parts=", ".join(parts))
    if figures.oldest:
        oldest, newest = reviewed_text(figures.oldest), reviewed_text(figures.newest)
        span = oldest if oldest == newest else _("{oldest} to {newest}").format(oldest=oldest, newest=newest)
        line += "\n" + _("Last reviewed: {dates}.").format(dates=span)
    line += "\n" + ngettext(
        "Not reviewed in the last {days} day: {n}.",
        "Not reviewed in the last {days} days: {n}.",
        figures.stale_days,
    ).format(days=format_number(figures.stale_days), n=format_number(figures.stale))
    return line


def translations_line() -> str:
    """Which languages the bot speaks and whether a native speaker has reviewed each catalog (the
    issue's promise: an unreviewed translation says so in /about)."""
    statuses = [s for s in all_review_statuses() if s.language != SOURCE_LANGUAGE]
    names = [language_name(language) for language in LANGUAGES]
    lines = [_("Languages: {languages}.").format(languages=format_list(names))]
    reviewed = [language_name(s.language) for s in statuses if s.reviewed]
    drafted = [language_name(s.language) for s in statuses if not s.reviewed]
    if reviewed:
        lines.append(_("Reviewed by a native speaker: {languages}.").format(languages=format_list(reviewed)))
    if drafted:
        lines.append(
            _("Machine-drafted, not yet reviewed by a native speaker: {languages}.").format(
                languages=format_list(drafted)
            )
        )
    return "\n".join(lines)
