"""One error path for every slash command, button and modal.

discord.py only *logs* exceptions from command, view and modal callbacks, leaving the member with
"The application did not respond". Here a `UserFacingError` becomes its own polite message, and
anything else is logged with a short reference code that the member sees too, so a moderator can
find the log line without the member ever seeing a traceback. The tip flow is the exception: a
tipster who passed a reference on would tie themselves to the log line (and its time), so there
the apology carries no reference and sends nobody to a moderator.

Views and modals must subclass `SafeView` / `SafeModal` (or call `report_error` from their own
`on_error`) to get the same behaviour; the tree's handler is installed by the client.
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
import traceback
from collections.abc import Mapping
from typing import Any

import discord
from discord import app_commands

from bot.chat.render.text import DESCRIPTION_MAX, EMBED_TOTAL_MAX, shorten
from bot.errors import StoreUnavailable, UserFacingError
from bot.i18n import FIRST_STRONG_ISOLATE, N_, POP_DIRECTIONAL_ISOLATE, _, is_rtl
from bot.text import BIDI_CONTROLS, escape_member_text

log = logging.getLogger("bot.chat.errors")

# Set on every send, not only as the client default: a message may quote what a member typed.
NO_MENTIONS = discord.AllowedMentions.none()

MESSAGE_MAX = 2000
STALE_COMMAND_MESSAGE = N_(
    "That command has changed since Discord last refreshed your command list. "
    "Please try again in a minute (restarting Discord refreshes it at once)."
)
UNEXPECTED_MESSAGE = N_(
    "Sorry, something went wrong on our side (ref {ref}). Nothing you sent was lost; "
    "please try again, and give a moderator this reference if it keeps happening."
)
DIDNT_WORK = N_("That didn't work.")
# The tip flow's apology: no reference, no "tell a moderator" (see the module docstring).
UNEXPECTED_PRIVATE_MESSAGE = N_(
    "Sorry, something went wrong on our side. Nothing you sent was lost; please try again in a few minutes."
)
# Custom-id prefixes of the tip flow's own buttons and forms (bot/chat/views/tips.py, review.py).
TIP_FLOW_PREFIXES = ("tipnew:", "tipform:", "tipextra:")


# A pair the core's `isolate()` put around a left-to-right value (a tip id, a command) in
# right-to-left text: nothing inside but plain text on one line, so it cannot reorder anything else.
_ISOLATED_RE = re.compile(
    f"{FIRST_STRONG_ISOLATE}([^{''.join(sorted(BIDI_CONTROLS))}\n]*){POP_DIRECTIONAL_ISOLATE}"
)
# Private-use stand-ins for those isolates while the text is escaped (escaping strips every bidi control).
_OPEN, _CLOSE = "\ue000", "\ue001"


def inert_core_message(text: str) -> str:
    """A core message shown inert (no markup, no pings, no stray bidi controls) with the balanced
    isolates of a right-to-left message kept: without them an Arabic "TIP-0042" or "/tip new" reads
    scrambled. Isolates a member typed are kept only if balanced and empty of other controls."""
    text = text.replace(_OPEN, "").replace(_CLOSE, "")
    if is_rtl():
        text = _ISOLATED_RE.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    shown = escape_member_text(text, one_line=False)
    return shown.replace(_OPEN, FIRST_STRONG_ISOLATE).replace(_CLOSE, POP_DIRECTIONAL_ISOLATE)


def unwrap(error: BaseException) -> BaseException:
    """The exception the callback raised, out of discord.py's wrappers."""
    while isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError) and (
        error.__cause__ is not None or getattr(error, "original", None) is not None
    ):
        error = getattr(error, "original", None) or error.__cause__  # type: ignore[assignment]  # not None: checked above
    return error


# Discord's answers to an initial callback that lost the claim (bot/chat/cogs/replay.py): already
# acknowledged (by another process, after a replay) and unknown interaction (past its 3 s).
ALREADY_ACKNOWLEDGED, UNKNOWN_INTERACTION = 40060, 10062


def lost_the_claim(error: BaseException) -> bool:
    """Discord refused this interaction's initial callback: someone else answers it, or nobody can."""
    error = unwrap(error)
    return isinstance(error, discord.HTTPException) and error.code in (
        ALREADY_ACKNOWLEDGED,
        UNKNOWN_INTERACTION,
    )


def withheld_traceback(error: BaseException) -> str:
    """The stack of `error` and its causes with every exception *message* left out.

    Messages can quote what a member typed: a tip's text in a validation error, or in the
    parameters SQLAlchemy puts in its errors. The frames and exception types are enough to debug.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{frames}{kind.__module__}.{kind.__qualname__} (message withheld)")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\nThe above led to:\n".join(reversed(parts))


def new_ref() -> str:
    return secrets.token_hex(3).upper()


def message_for(error: BaseException, where: str, *, traceable: bool = True) -> str:
    """What to tell the member; logs unexpected errors (with the reference) as a side effect.

    `traceable` False (the tip flow) keeps the reference in the log only.
    """
    error = unwrap(error)
    if isinstance(error, StoreUnavailable):
        # The store's one outage type (bot/store/engine.py): an outage to wait out, not a bug to report.
        log.warning("Database unavailable in %s (%s)", where, error.cause or "no cause")
        return str(error)
    if isinstance(error, UserFacingError):
        # Core messages are plain text that may quote what a member typed: shown inert.
        return inert_core_message(str(error)) or _(DIDNT_WORK)
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        # Discord still shows a command list from before the last sync; not a bug to report.
        log.warning("Stale command used: %s", where)
        return _(STALE_COMMAND_MESSAGE)
    ref = new_ref()
    # The command or component name only: options and modal values may be a tip's text.
    log.error(
        "Unexpected error in %s (ref %s)\n%s", where, ref, withheld_traceback(error), extra={"ref": ref}
    )
    return _(UNEXPECTED_MESSAGE).format(ref=ref) if traceable else _(UNEXPECTED_PRIVATE_MESSAGE)


def describe(interaction: discord.Interaction[Any]) -> str:
    if interaction.command is not None:
        return f"/{interaction.command.qualified_name}"
    data: Mapping[str, Any] = interaction.data or {}  # the raw payload
    custom_id = str(data.get("custom_id", "?"))
    # Custom ids may carry a tip's id after ':'; keep only the stable prefix.
    return f"{interaction.type.name} {custom_id.split(':', 1)[0]}"


def in_tip_flow(interaction: discord.Interaction[Any]) -> bool:
    """`/tip …` and the tip form's own buttons and modals: where a tipster may be anonymous."""
    if interaction.command is not None:
        return interaction.command.qualified_name.split(" ", 1)[0] == "tip"
    data: Mapping[str, Any] = interaction.data or {}  # the raw payload
    custom_id = str(data.get("custom_id", ""))
    return custom_id.startswith(TIP_FLOW_PREFIXES)


# Over the text a refused step gives back: the member's own words, to copy and send again.
TYPED_BACK_SHORTENED = N_("shortened to fit Discord")


def typed_back(title: str, text: str) -> list[discord.Embed]:
    """What a member typed into a step that was refused, given back with the refusal so nothing is
    lost: shown inert (no pings, links or markup), in as many embeds as Discord's limits need.

    Nothing is kept: the text goes out with this one ephemeral message and is then gone from the
    bot, as it would have been without it. A text escapes to at most about three times its length
    (a reply is 1,500 characters at most), so it fits the 6,000 characters of a message's embeds;
    anything longer is cut, and says so.
    """
    shown = escape_member_text(text, one_line=False)
    if not shown:
        return []
    room = EMBED_TOTAL_MAX - len(title)
    if len(shown) > room:
        note = "\n*(" + _(TYPED_BACK_SHORTENED) + ")*"
        shown = escape_member_text(text, room - len(note), one_line=False) + note
    embeds: list[discord.Embed] = []
    while shown:
        piece = shown[:DESCRIPTION_MAX]
        if len(piece) < len(shown):  # cut on a line or a space, never inside an escape ("\\*")
            cut = max(piece.rfind("\n"), piece.rfind(" "))
            if cut > 0:
                piece = piece[: cut + 1]
            elif (len(piece) - len(piece.rstrip("\\"))) % 2:  # an escape's first half
                piece = piece[:-1]
        embeds.append(discord.Embed(description=piece))
        shown = shown[len(piece) :]
    embeds[0].title = title
    return embeds


async def report_error(
    interaction: discord.Interaction[Any],
    error: BaseException,
    *,
    view: discord.ui.View | None = None,
    kept: list[discord.Embed] | None = None,
) -> None:
    """Tell the member, ephemerally, whether or not the interaction was already answered; `view`
    goes with the message (the tip form's Edit, so what was typed is never lost with the error), and
    so does `kept` (`typed_back`: the text of a refused step, to copy and send again)."""
    if lost_the_claim(error):  # nothing was changed, and there is nobody to tell (replay.py)
        code = getattr(unwrap(error), "code", 0)
        # 40060: another process answered (a replay). 10062: too late for Discord's 3 s, worth a look.
        level = logging.INFO if code == ALREADY_ACKNOWLEDGED else logging.WARNING
        log.log(level, "Stopped %s: Discord refused its first answer (code %s)", describe(interaction), code)
        return
    # A core message may quote the member's input, which can be longer than a Discord message.
    text = shorten(
        message_for(error, describe(interaction), traceable=not in_tip_flow(interaction)), MESSAGE_MAX
    )
    extra: dict[str, Any] = {} if view is None else {"view": view}
    if kept:
        extra["embeds"] = kept
    try:
        if interaction.response.is_done():
            await _clear_public_thinking(interaction)
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **extra)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS, **extra
            )
    except discord.HTTPException as exc:
        # The interaction token may have expired (15 min) or Discord is down; nothing more to do.
        log.warning("Could not tell the member about an error in %s: %s", describe(interaction), exc.status)


async def _clear_public_thinking(interaction: discord.Interaction[Any]) -> None:
    """Remove a public "thinking..." message before an error follow-up.

    Discord turns the first follow-up after a deferred reply into that reply, with the defer's
    visibility and its own ephemeral flag ignored: after /ask's public defer the error (which may
    quote the member's input) would be shown to the whole channel. Deleted first, it stays private.
    """
    if interaction.response.type is not discord.InteractionResponseType.deferred_channel_message:
        return
    original = await interaction.original_response()
    if original.flags.loading and not original.flags.ephemeral:
        await interaction.delete_original_response()


class SafeView(discord.ui.View):
    """A view whose callback errors reach the member politely instead of only the log."""

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: Any, /) -> None:
        await report_error(interaction, error)


class SafeModal(discord.ui.Modal):
    """A modal whose submit errors reach the member politely instead of only the log."""

    # discord.py's own Modal.on_error drops BaseView's `item`; this matches Modal, the base that calls it.
    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error)


class SafeTree(app_commands.CommandTree):
    """The command tree with the shared handler (also covers autocomplete failures)."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        if interaction.type is discord.InteractionType.autocomplete:
            # An autocomplete cannot show a message; answering with no choices beats a spinner.
            # Nothing has answered it: discord.py catches an autocomplete's own exceptions itself.
            message_for(error, describe(interaction))
            with contextlib.suppress(discord.HTTPException, discord.InteractionResponded):
                await interaction.response.autocomplete([])
            return
        await report_error(interaction, error)
