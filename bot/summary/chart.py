"""The chart image: tips opened per local day, stacked by status (matplotlib, Agg backend).

Rendering takes tens of milliseconds of CPU, so callers run it with asyncio.to_thread.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.i18n import SOURCE_LANGUAGE, _, current, format_date, is_rtl, use_locale
from bot.summary.model import WeeklySummary
from bot.summary.render import day_statuses
from bot.tips.queue import shown_status

COLOURS = {
    "new": "#4C72B0",
    "claimed": "#8172B2",
    "needs_info": "#CCB974",
    "accepted": "#55A868",
    "rejected": "#C44E52",
    "duplicate": "#8C8C8C",
    "void": "#D0D0D0",
}


def render_chart(summary: WeeklySummary) -> bytes:
    """PNG bytes. A `Figure` (not pyplot) so concurrent renders in threads share no global state.

    Labels are in the current language, except right-to-left ones: matplotlib neither shapes nor
    reorders Arabic script, so an Arabic chart would be illegible; it is drawn in English instead.
    """
    with use_locale(SOURCE_LANGUAGE if is_rtl() else current()):
        return _render(summary)


def _render(summary: WeeklySummary) -> bytes:
    fig = Figure(figsize=(8, 4), dpi=100)
    ax = fig.subplots()
    labels = [f"{format_date(d, 'EEE')}\n{format_date(d, 'dd MMM')}" for d in summary.days]
    # Numeric positions with text tick labels: strings as x values made matplotlib warn, once per
    # status, that they look like dates ("categorical units").
    x = list(range(len(labels)))
    bottoms = [0] * len(labels)
    statuses = day_statuses(summary)
    for status in statuses:
        values = [day.get(status, 0) for day in summary.tips.per_day]
        ax.bar(x, values, bottom=bottoms, label=shown_status(status), color=COLOURS.get(status))
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    ax.set_xticks(x, labels)
    ax.set_title(
        _("Tips opened per day by status, {week} ({timezone})").format(
            week=summary.week, timezone=summary.timezone
        )
    )
    ax.set_ylabel(_("tips"))
    locator = ax.yaxis.get_major_locator()  # the default AutoLocator is a MaxNLocator
    if isinstance(locator, MaxNLocator):
        locator.set_params(integer=True)
    if statuses:
        ax.set_ylim(0, max(max(bottoms), 1) * 1.3)  # headroom so the legend never covers a bar
        ax.legend(loc="upper left", fontsize="small", ncols=min(len(statuses), 4))
    else:
        withheld = summary.tips.breakdown_withheld
        empty = _("too few tips this week to show") if withheld else _("no tips this week")
        ax.text(0.5, 0.5, empty, ha="center", va="center", transform=ax.transAxes)
        ax.set_ylim(0, 1)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
