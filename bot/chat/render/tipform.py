"""A tip form carried by the message that shows it, so no button of that message ever expires.

A preview, a refused form and the apology for a failed preview are ephemeral messages in the
member's own Discord client, and every press of their buttons brings the whole message back (its
embeds, every component's custom id). The bot used to hold the form in memory for Edit, Send and
"Anything else" (15 minutes, lost on a restart); now the message itself holds it: its embeds show
every typed field (escaped, inert) and one custom id, the carrier on Cancel, says which embed slot
shows which field and which technology the member picked. A press the bot no longer holds rebuilds
the form from that (`form_of`). Nothing is kept anywhere the message was not already: the bot holds
no copy longer than before (docs/threat-model.md, section 11).

What escaping removed (bidirectional controls, runs of spaces in a one-line field) stays removed, and
a text too long for Discord once escaped (far beyond a field's limit in markup characters) comes back
cut, with "…", as it was shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import discord

from bot.chat.render.text import DESCRIPTION_MAX, EMBED_TOTAL_MAX
from bot.i18n import N_, _
from bot.text import escape_member_text, unescaped
from bot.tips.fields import TIP_FIELDS
from bot.tips.model import TipForm
from bot.tips.technology import known_technologies

# Cancel's custom id: `tipnew:cancel:<layout>:<technology>`. The layout has one character per slot
# of the message's embeds (each embed's description, then each of its fields): the field's index in
# TIP_FIELDS, or "_" for a slot that is not a typed field (a heading, the technology, the warning).
CARRIER = "tipnew:cancel:"
SKIP = "_"
# A note the bot puts under a text it had to cut: "\n*(…)*" (never member text: theirs is escaped).
_NOTE_RE = re.compile(r"\n\*\([^\n]*\)\*\Z")
SHORTENED = N_("shortened to fit Discord")


def carrier_id(layout: str, technology: str) -> str:
    """Cancel's custom id for a message whose embed slots are `layout`."""
    return f"{CARRIER}{layout}:{technology}"


def _slots(embeds: Iterable[Any]) -> list[tuple[str, str]]:
    """(name, text) of every slot in order: each embed's description (named by its title), then its
    fields. Works on discord.py's embeds as sent and as a pressed message brings them back."""
    slots: list[tuple[str, str]] = []
    for embed in embeds:
        slots.append((embed.title or "", embed.description or ""))
        slots += [(field.name or "", field.value or "") for field in embed.fields]
    return slots


def preview_layout(embed: discord.Embed) -> str:
    """The layout of a preview (bot/chat/render/tips.py preview_embed), read as it is built, in the
    language it is built in: the description is the tip's text, a field is the typed field whose
    label it bears."""
    by_label = {spec.label_text: str(i) for i, spec in enumerate(TIP_FIELDS) if spec.typed}
    codes = [str(next(i for i, s in enumerate(TIP_FIELDS) if s.name == "what"))]
    codes += [by_label.get(name, SKIP) for name, _text in _slots([embed])[1:]]
    return "".join(codes)


def typed_embeds(title: str, form: TipForm) -> tuple[list[discord.Embed], str]:
    """Every field the member typed, one embed each under its label, inert, within Discord's limits
    for one message, and their layout: given back with a refusal, to copy or to Edit even after the
    bot forgot the form. Only a text far beyond its field's limit in markup characters is cut."""
    shown = {
        i: escape_member_text(getattr(form, spec.name), one_line=not spec.long)
        for i, spec in enumerate(TIP_FIELDS)
        if spec.typed
    }
    shown = {i: text for i, text in shown.items() if text}
    note = "\n*(" + _(SHORTENED) + ")*"

    def total() -> int:
        return len(title) + sum(len(TIP_FIELDS[i].label_text) + len(t) for i, t in shown.items())

    while shown and total() > EMBED_TOTAL_MAX:  # cut the longest, saying so (never in practice)
        longest = max(shown, key=lambda i: len(shown[i]))
        room = max(len(shown[longest]) - (total() - EMBED_TOTAL_MAX) - len(note), 1)
        spec = TIP_FIELDS[longest]
        shown[longest] = escape_member_text(getattr(form, spec.name), room, one_line=not spec.long) + note
    embeds, layout = [discord.Embed(title=title)], SKIP
    for i, text in shown.items():
        for n, piece in enumerate(pieces(text, DESCRIPTION_MAX)):
            embeds.append(discord.Embed(title=None if n else TIP_FIELDS[i].label_text, description=piece))
            layout += str(i)
    return embeds, layout


def pieces(text: str, size: int) -> list[str]:
    """`text` in pieces of at most `size` (descriptions, field values), cut where no white space is
    lost (Discord trims it) and never inside an escape; joined back, the pieces are `text`."""
    cuts: list[str] = []
    while len(text) > size:
        cut = size
        while cut > 1 and (text[cut - 1].isspace() or text[cut].isspace()):
            cut -= 1
        if (len(text[:cut]) - len(text[:cut].rstrip("\\"))) % 2:  # an escape's first half
            cut -= 1
        cuts.append(text[:cut])
        text = text[cut:]
    return [*cuts, text]


def form_of(message: discord.Message | None) -> TipForm | None:
    """The tip form a preview, a refused form or an apology shows (see the module docstring), or
    None if `message` carries none (a message from before the carrier, or not the tip flow's)."""
    if message is None:
        return None
    carrier = next((cid for cid in _custom_ids(message.components) if cid.startswith(CARRIER)), None)
    if carrier is None:
        return None
    layout, _sep, technology = carrier.removeprefix(CARRIER).partition(":")
    slots = _slots(message.embeds)
    if len(slots) != len(layout) or any(c != SKIP and not c.isdigit() for c in layout):
        return None
    texts: dict[int, str] = {}
    for code, (_name, text) in zip(layout, slots, strict=True):
        if code != SKIP and int(code) < len(TIP_FIELDS):
            texts[int(code)] = texts.get(int(code), "") + text
    values = {
        TIP_FIELDS[i].name: unescaped(_NOTE_RE.sub("", text))[: TIP_FIELDS[i].limit]
        for i, text in texts.items()
    }
    picked = technology if technology in known_technologies() else ""
    return replace(TipForm(), **values, technology=picked)


def _custom_ids(components: Sequence[Any]) -> list[str]:
    """Every custom id in a message's components (rows and what they hold)."""
    found: list[str] = []
    for component in components:
        custom_id = getattr(component, "custom_id", None)
        if isinstance(custom_id, str):
            found.append(custom_id)
        found += _custom_ids(getattr(component, "children", []) or [])
    return found
