"""Embeds and texts for tips. Anonymous tips never show anything about their tipster; a contact-
allowed tip shows the member's mention to moderators only, and on the review card only while the tip
is open (messages use no pings)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import discord

from bot.chat.render.text import CONTENT_MAX, EMBED_TOTAL_MAX
from bot.chat.render.tipform import pieces
from bot.i18n import N_, _, command, format_date, format_number, isolate, ngettext, pgettext
from bot.text import escape_member_text
from bot.tips.fields import BY_NAME, TIP_FIELDS
from bot.tips.intake import FieldError, identity_warning
from bot.tips.model import (
    CLOSED_STATUSES,
    STATUS_LABELS,
    FiledTip,
    MessageView,
    ReceiptStatus,
    TipForm,
    TipView,
)
from bot.tips.queue import shown_status
from bot.tips.technology import display_name

COLOURS = {
    "new": discord.Colour.blue(),
    "claimed": discord.Colour.gold(),
    "needs_info": discord.Colour.orange(),
    "accepted": discord.Colour.green(),
    "rejected": discord.Colour.dark_grey(),
    "duplicate": discord.Colour.light_grey(),
    "void": discord.Colour.darker_grey(),
}


# Where the card's tip text had to be cut so the whole card fits Discord's 6000-character total.
CARD_SHORTENED = N_("shortened to fit Discord; {command} has the full text")


def card_shortened() -> str:
    """The note under a cut tip text, in the card's language."""
    return "\n*(" + _(CARD_SHORTENED).format(command="`python -m bot triage show`") + ")*"


# Where the preview's tip text had to be cut the same way: the member must not think it was lost.
PREVIEW_SHORTENED = N_("shortened here to fit Discord; all of it is sent")


def preview_shortened() -> str:
    """The note under a cut tip text on the preview, in the member's language."""
    return "\n*(" + _(PREVIEW_SHORTENED) + ")*"


WHAT_MAX = 3000


def _quoted(text: str, limit: int | None, *, one_line: bool = False) -> str:
    """Someone's text shown to someone else: no masked links, mentions or formatting of its own.

    A tip's "[ministry file](https://…)" would otherwise look like a link the bot vouches for.
    """
    return escape_member_text(text, limit, one_line=one_line)


def _quoted_or_told(text: str, limit: int, shortened: Callable[[], str], *, one_line: bool = False) -> str:
    """`text` quoted whole, or cut with the `shortened` note when it does not fit `limit`.

    Escaping doubles every hyphen, colon or bracket, so text within its field's limit can pass
    Discord's once escaped: a bare "…" would hide from the tipster (or the moderators) words that
    are sent and stored.
    """
    whole = _quoted(text, None, one_line=one_line)
    if len(whole) <= limit:
        return whole
    note = shortened()
    return _quoted(text, max(limit - len(note), 1), one_line=one_line) + note


def _add_quoted_field(
    embed: discord.Embed,
    name: str,
    text: str,
    limit: int,
    *,
    one_line: bool,
    inline: bool,
    shortened: Callable[[], str],
    whole: bool = False,
) -> None:
    """Add someone's text as a field, unless nothing of it is left to show once made inert.

    Escaping removes bidi controls and folds spaces, so a value of only those becomes empty, and
    Discord refuses a whole message with an empty field value (the card would never be posted).
    `whole` (the preview): a text within its field's limit but beyond Discord's once escaped goes on
    in more fields under the same label, never cut: the preview carries the form (render/tipform.py)
    and a Send after the bot forgot it would file the cut text.
    """
    if whole:
        for piece in pieces(_quoted(text, None, one_line=one_line), limit):
            if piece:
                embed.add_field(name=name, value=piece, inline=inline)
        return
    value = _quoted_or_told(text, limit, shortened, one_line=one_line)
    if value:
        embed.add_field(name=name, value=value, inline=inline)


# Marked here, shown with `_()` in the reader's language (the tipster's on the preview).
TECHNOLOGY_BY = {
    "inferred": N_("inferred from the knowledge base"),
    "tipster": N_("chosen by the tipster"),
    "moderator": N_("set by a moderator"),
    "preview": N_("inferred from the knowledge base; wrong? pick another below"),
}


def _add_tip_fields(embed: discord.Embed, values: object, technology_by: str, *, card: bool) -> None:
    """The tip's fields in the order and layout of bot/tips/fields.py; empty ones are left out."""
    shortened = card_shortened if card else preview_shortened
    for spec in TIP_FIELDS:
        value = getattr(values, spec.name)
        if not spec.on_card or not value:
            continue
        label = spec.shown_as if card else spec.label_text
        note = TECHNOLOGY_BY.get(technology_by, "") if spec.name == "technology" else ""
        if note:  # the bot's own words after the value: not quoted, so not escaped
            shown = value if card else display_name(value)
            embed.add_field(
                name=label, value=f"{_quoted(shown, 100, one_line=True)} ({_(note)})", inline=True
            )
        else:
            _add_quoted_field(
                embed,
                label,
                value,
                1024,
                one_line=not spec.long,
                inline=spec.inline,
                shortened=shortened,
                whole=not card,
            )


def preview_embed(form: TipForm, inferred: str = "") -> discord.Embed:
    """What will be sent, shown to the member before they choose how to send it.

    `inferred` is the technology intake would store when the member picks none (shown as inferred).
    """
    embed = discord.Embed(
        title=pgettext("embed title", "Check your tip before sending"),
        description=_quoted_or_told(form.what, 4000, preview_shortened),
    )
    chosen = form.technology or inferred
    _add_tip_fields(
        embed, replace(form, technology=chosen), "tipster" if form.technology else "preview", card=False
    )
    if not chosen:
        embed.add_field(
            name=BY_NAME["technology"].label_text,
            value=pgettext("embed field", "Not recognised; pick one below if you know it."),
            inline=True,
        )
    embed.add_field(
        name="⚠️ " + pgettext("embed field name", "Protect yourself"), value=identity_warning(), inline=False
    )
    # Not "nobody can see who sent it": Discord itself sees who runs /tip (docs/threat-model.md, 6).
    embed.set_footer(
        text=pgettext(
            "embed footer",
            "If you send it anonymously, the moderators are not told who sent it and the bot keeps "
            "nothing that links it to you; Discord itself still sees who uses its commands.",
        )
    )
    return _fit(embed, form.what, preview_shortened)


def form_errors_text(errors: list[FieldError]) -> str:
    # A message may quote what the member typed (a link's host): shown inert like all member text.
    def label(name: str) -> str:
        spec = BY_NAME.get(name)
        return spec.label_text if spec else name

    lines = [f"• **{label(e.field)}**: {escape_member_text(e.message)}" for e in errors]
    return "\n".join(
        [
            _("Your tip needs a small fix before it can be sent:"),
            *lines,
            _("Press **{button}** — everything you typed is still there.").format(
                button=pgettext("button", "Edit")
            ),
        ]
    )


def receipt_text(filed: FiledTip) -> str:
    """The receipt, shown once. Ids, commands and the receipt words stay left-to-right in Arabic."""
    tip = isolate(f"**{filed.public_id}**")
    if filed.receipt is None:
        return _("This tip was already filed as {tip}; its receipt was shown then.").format(tip=tip)
    if filed.anonymous:
        sent = _("Thank you. Your tip {tip} was sent anonymously.")
    else:
        sent = _("Thank you. Your tip {tip} was sent with permission for moderators to contact you.")
    return "\n\n".join(
        [
            sent.format(tip=tip),
            _("Your receipt (shown only this once — write it down somewhere safe):")
            + "\n"
            + isolate(f"`{filed.receipt}`"),
            _(
                "Use {status} with it to see the status and any question from moderators, and {reply} "
                "to answer. This receipt is the only link between you and your tip: nobody, not even "
                "the moderators, can recover a lost receipt."
            ).format(status=command("tip status"), reply=command("tip reply")),
        ]
    )


# A message too long for /tip status even alone (its escaped form passes Discord's 2,000).
STATUS_SHORTENED = N_("shortened to fit Discord")


def status_text(status: ReceiptStatus) -> str:
    """The tip's state and the latest messages whole, oldest dropped first to stay in one Discord
    message. /tip status is the tipster's only way to read a question, so the newest is never cut
    unless it cannot fit even alone, and then it says so."""
    head = [
        _("{tip} is {status}.").format(tip=isolate(f"**{status.public_id}**"), status=status.status_label)
    ]
    answer = _("Answer with {command} and your receipt.").format(command=command("tip reply"))
    tail = [answer] if status.awaiting_reply else []
    room = CONTENT_MAX - len("\n".join(head + tail)) - 1  # the newline before the messages
    lines: list[str] = []
    for m in reversed(status.messages[-10:]):
        if m.direction == "to_tipster":
            who = _("Moderators asked ({date}):").format(date=format_date(m.at))
        else:
            who = _("You replied ({date}):").format(date=format_date(m.at))
        line = f"> {who} {_quoted(m.body, None, one_line=True)}"
        if not lines and len(line) > room:  # the newest alone is too long: cut, and say so
            note = f" *({_(STATUS_SHORTENED)})*"
            line = f"> {who} {_quoted(m.body, max(room - len(who) - 3 - len(note), 1), one_line=True)}{note}"
        if len(line) + bool(lines) > room:
            break
        lines.insert(0, line)
        room -= len(line) + 1
    return "\n".join(head + lines + tail)


def conversation_text(messages: Sequence[MessageView], room: int) -> str:
    """/triage show's questions and answers, newest kept whole first within `room` characters; one
    too long even alone is cut with the note that says where the full text is."""
    asked, answered = _("Q"), _("A")
    lines: list[str] = []
    for m in reversed(messages[-6:]):
        who = asked if m.direction == "to_tipster" else answered
        line = f"{who}: {_quoted(m.body, None, one_line=True)}"
        if not lines and len(line) > room:
            note = card_shortened()
            line = f"{who}: {_quoted(m.body, max(room - len(who) - 2 - len(note), 1), one_line=True)}{note}"
        if len(line) + bool(lines) > room:
            break
        lines.insert(0, line)
        room -= len(line) + 1
    return "\n".join(lines)


def review_embed(tip: TipView, *, permanent: bool = True) -> discord.Embed:
    """The review-channel card. Moderators only; no tipster identity unless they allowed contact.

    A `permanent` card (the message in the review channel, kept by Discord) names a tipster who
    allowed contact only while the tip is open; `/triage show` (ephemeral) shows it until retention.
    """
    # The status words come from the tip model's list (marked there for translation with the tipster's).
    status = _(STATUS_LABELS[tip.status]) if tip.status in STATUS_LABELS else tip.status
    embed = discord.Embed(
        title=pgettext("embed title", "{tip} — {status}").format(tip=isolate(tip.public_id), status=status),
        description=_quoted_or_told(tip.what, WHAT_MAX, card_shortened),
        colour=COLOURS.get(tip.status, discord.Colour.blue()),
        timestamp=tip.created_at,
    )
    _add_tip_fields(embed, tip, tip.technology_by, card=True)
    if tip.anonymous:
        tipster = pgettext("embed field", "Anonymous (reply only through the receipt: use Ask)")
    elif tip.reporter_id and permanent and tip.status in CLOSED_STATUSES:
        tipster = pgettext("embed field", "Allowed contact (closed: see /triage show until the link expires)")
    elif tip.reporter_id:
        tipster = pgettext("embed field", "{member} allowed contact").format(member=f"<@{tip.reporter_id}>")
    else:
        tipster = pgettext("embed field", "Contact link expired (retention)")
    embed.add_field(name=pgettext("embed field name", "Tipster"), value=tipster, inline=False)
    if tip.claimed_by:
        embed.add_field(
            name=pgettext("embed field name", "Claimed by"), value=f"<@{tip.claimed_by}>", inline=True
        )
    _add_quoted_field(
        embed,
        pgettext("embed field name", "Possible duplicate of"),
        tip.possible_duplicates,
        1024,
        one_line=False,
        inline=False,
        shortened=card_shortened,
    )
    _add_quoted_field(
        embed,
        pgettext("embed field name", "Reason"),
        tip.reason,
        1024,
        one_line=False,
        inline=False,
        shortened=card_shortened,
    )
    if tip.unanswered_question:
        embed.set_footer(text=pgettext("embed footer", "Waiting for the tipster's answer"))
    return _fit(embed, tip.what, card_shortened)


def _fit(embed: discord.Embed, what: str, shortened: Callable[[], str]) -> discord.Embed:
    """Discord refuses a message whose embeds total over 6000 characters, and then the card is never
    refreshed (or the preview never shown): give the tip text whatever room the fields (reason,
    source, anything else...) leave, never the fields, and say under it that it was shortened.
    """
    if len(embed) <= EMBED_TOTAL_MAX:
        return embed
    note = shortened()
    room = EMBED_TOTAL_MAX - (len(embed) - len(embed.description or "")) - len(note)
    embed.description = _quoted(what, max(room, 1)) + note
    return embed


def queue_text(tips: list[TipView], total: int | None = None, room: int = CONTENT_MAX) -> str:
    """One line per tip, whole lines only, within `room` characters; the rest of the `total` the
    queue holds is counted at the end (oldest first: the newest tips would fall off unseen)."""
    if not tips:
        return _("No tips match.")
    lines = [
        f"**{isolate(t.public_id)}** · {shown_status(t.status)} · {format_date(t.created_at, 'short')} · "
        f"{_quoted(t.vendor or '-', 40, one_line=True)} · {_quoted(t.what, 80, one_line=True)}"
        for t in tips
    ]

    def text(shown: int) -> str:
        left = max(total or 0, len(lines)) - shown
        if not left:
            return "\n".join(lines)
        more = ngettext(
            "… and {n} more tip not shown here: narrow it with a status, or use {command}.",
            "… and {n} more tips not shown here: narrow it with a status, or use {command}.",
            left,
        ).format(n=format_number(left), command="`python -m bot triage queue`")
        return "\n".join([*lines[:shown], more])

    shown = len(lines)
    while shown and len(text(shown)) > room:
        shown -= 1
    return text(shown)  # at none shown, the count alone: always within a message
