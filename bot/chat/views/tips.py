"""Tip intake (modal -> preview -> send), and what the tips face shares with the review card
(bot/chat/views/review.py): the bot's App, the presser as an Actor, no pings.

The intake view keeps the typed form in memory so Edit re-opens the modal pre-filled and a refusal
never loses text; the message carries it too (bot/chat/render/tipform.py), so a press after the view
is gone (15 minutes, a restart) reopens the form rather than answering "expired".
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, cast

import discord

from bot.chat.errors import SafeModal, SafeView, report_error
from bot.chat.render.tipform import carrier_id, form_of, preview_layout, typed_embeds
from bot.chat.render.tips import form_errors_text, preview_embed, receipt_text
from bot.i18n import _, pgettext
from bot.permissions import Actor, member_actor
from bot.tips.fields import FORM, MORE, TipField, in_step
from bot.tips.intake import TipFormError
from bot.tips.model import Reporter, TipForm
from bot.tips.technology import display_name, known_technologies

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("bot.chat.tips")

NO_MENTIONS = discord.AllowedMentions.none()
INTAKE_TIMEOUT = 15 * 60  # an interaction token lives 15 minutes
FORM_PREFIX = "tipform:"  # the tip form's custom id (errors.TIP_FLOW_PREFIXES knows it too)
EXTRA_PREFIX = "tipextra:"  # the "Anything else" form's
BUTTON_PREFIX = "tipnew:"  # the preview's buttons and menu


class TipsBot(Protocol):
    """What the tips face needs of the bot (ExportWatchBot and its sharded twin): a Protocol, so the
    modules the client loads need not import the client."""

    @property
    def app(self) -> App: ...

    def get_channel(
        self, id: int, /
    ) -> discord.abc.GuildChannel | discord.Thread | discord.abc.PrivateChannel | None: ...

    async def fetch_channel(
        self, channel_id: int, /
    ) -> discord.abc.GuildChannel | discord.abc.PrivateChannel | discord.Thread: ...

    async def wait_until_ready(self) -> None: ...

    @property
    def user(self) -> discord.ClientUser | None: ...

    def is_closed(self) -> bool: ...


def app_of(interaction: discord.Interaction[Any]) -> App:
    """The App of the bot that received `interaction` (every client this face builds carries one)."""
    app: App = interaction.client.app
    return app


def actor_of(interaction: discord.Interaction[Any]) -> Actor:
    roles = getattr(interaction.user, "roles", None)  # a DM caller has none: member level
    return member_actor(interaction.user.id, roles, app_of(interaction).settings)


# --- intake -----------------------------------------------------------------------------------------


class TipModal(SafeModal):
    """The fields of the form step (Discord allows five); the rest are added from the preview step."""

    def __init__(self, form: TipForm | None = None) -> None:
        super().__init__(
            title=pgettext("modal title", "Report a sale, contract or deployment"),
            timeout=INTAKE_TIMEOUT,
            custom_id=f"{FORM_PREFIX}{secrets.token_hex(8)}",  # the prefix marks the tip flow (errors.py)
        )
        self.base = form or TipForm()  # keeps what the later steps gave
        self.inputs = _add_inputs(self, in_step(FORM), self.base)

    def form(self) -> TipForm:
        return replace(self.base, **{name: field.value or "" for name, field in self.inputs.items()})

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await show_preview(interaction, self.form())

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await report_keeping_form(interaction, error, self.form())


def submitted_values(data: Mapping[str, Any]) -> dict[str, str]:
    """A modal submission's text inputs by custom id (in rows, or in labels around them)."""
    values: dict[str, str] = {}
    for component in data.get("components") or []:
        children = component.get("components") or [component.get("component") or {}]
        for child in children:
            name, value = child.get("custom_id"), child.get("value")
            if isinstance(name, str) and isinstance(value, str):
                values[name] = value
    return values


def submitted_form(data: Mapping[str, Any]) -> TipForm | None:
    """The tip form's fields as a submission carries them (rows or labels around text inputs), or
    None if `data` is not the tip form's."""
    if not str(data.get("custom_id", "")).startswith(FORM_PREFIX):
        return None
    names = {spec.name for spec in in_step(FORM)}
    return replace(TipForm(), **{k: v for k, v in submitted_values(data).items() if k in names})


async def recover_form(interaction: discord.Interaction[Any]) -> bool:
    """A tip form the bot no longer holds (it restarted while the member typed, or the form outlived
    discord.py's 15 minutes): everything typed is in the submission, so show its preview rather than
    "expired" with the text gone; an "Anything else" form adds to the form its preview carries.
    False if this is neither (the caller says it expired)."""
    data: Mapping[str, Any] = interaction.data or {}  # the raw payload
    form = submitted_form(data)
    shown = form_of(interaction.message) if tipsters_own(interaction) else None
    if form is None and shown is not None and str(data.get("custom_id", "")).startswith(EXTRA_PREFIX):
        more = {k: v for k, v in submitted_values(data).items() if k in {f.name for f in in_step(MORE)}}
        form = replace(shown, **more)
    if form is None:
        return False
    try:
        await show_preview(interaction, form)
    except Exception as error:  # the same polite, reference-free reply as the live form's (errors.py)
        await report_keeping_form(interaction, error, form)
    return True


class ExtraModal(SafeModal):
    """The fields of the "add more" step, offered on the preview."""

    def __init__(self, view: ConfirmView) -> None:
        super().__init__(
            title=pgettext("modal title", "Anything else"),
            timeout=INTAKE_TIMEOUT,
            custom_id=f"{EXTRA_PREFIX}{secrets.token_hex(8)}",
        )
        self.view = view
        self.inputs = _add_inputs(self, in_step(MORE), view.form)

    def form(self) -> TipForm:
        return replace(self.view.form, **{name: field.value or "" for name, field in self.inputs.items()})

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await show_preview(interaction, self.form())

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await report_keeping_form(interaction, error, self.form())


async def report_keeping_form(
    interaction: discord.Interaction[Any], error: BaseException, form: TipForm
) -> None:
    """The apology for a form that could not be previewed, with Edit: a submitted form closes, and
    without it everything the member typed would be gone (the apology says nothing was lost)."""
    kept, layout = typed_embeds(_kept_title(), form)
    view = ConfirmView(form, None, layout=layout)
    view.only_edit()
    await report_error(interaction, error, view=view, kept=kept)


def _kept_title() -> str:
    return pgettext("embed title", "What you typed, not saved: copy it to try again")


def _add_inputs(
    modal: discord.ui.Modal, specs: tuple[TipField, ...], form: TipForm
) -> dict[str, discord.ui.TextInput[Any]]:
    """One text input per field, pre-filled with what was typed, limits from the field list."""
    inputs: dict[str, discord.ui.TextInput[Any]] = {}
    for spec in specs:
        field: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=spec.label_text,
            custom_id=spec.name,
            style=discord.TextStyle.paragraph if spec.long else discord.TextStyle.short,
            placeholder=spec.placeholder_text or None,
            default=getattr(form, spec.name) or None,
            required=spec.required,
            max_length=spec.limit,
        )
        inputs[spec.name] = field
        modal.add_item(field)
    return inputs


async def show_preview(interaction: discord.Interaction[Any], form: TipForm) -> None:
    """Validate and show the preview; on a problem, say what and keep the form for Edit."""
    tips = app_of(interaction).tips
    try:
        form = tips.validate(form)
    except TipFormError as err:
        # Every field typed, shown in this message: to copy, and for Edit once the bot forgot it.
        kept, layout = typed_embeds(_kept_title(), form)
        view = ConfirmView(form, None, layout=layout)
        view.only_edit()
        await _respond(interaction, content=form_errors_text(err.errors), embeds=kept, view=view)
        return
    inferred = "" if form.technology else await tips.infer_technology(form)
    embed = preview_embed(form, inferred)
    view = ConfirmView(form, tips.new_preview(), inferred, layout=preview_layout(embed))
    await _respond(interaction, content=None, embed=embed, view=view)


def tipsters_own(interaction: discord.Interaction[Any]) -> bool:
    """The pressed message is the presser's own tip form: ephemeral (Discord shows it to no one else)
    and, where Discord says whose interaction it answers, theirs. A form is rebuilt only for its
    tipster: a forged press, or a member pressing a message shown to someone else, gets "expired"."""
    message = interaction.message
    if message is None or not message.flags.ephemeral:
        return False
    meta = message.interaction_metadata
    return meta is None or meta.user.id == interaction.user.id


async def recover_press(interaction: discord.Interaction[Any]) -> bool:
    """A press on a preview, a refused form or an apology the bot no longer holds (15 minutes, a
    restart): the message carries the form (bot/chat/render/tipform.py), so the member gets it back
    in the form, pre-filled, to check and continue; Cancel still cancels. False if the press is not
    the tip flow's or its message carries no form (the caller says it expired)."""
    data: Mapping[str, Any] = interaction.data or {}  # the raw payload
    custom_id = str(data.get("custom_id", ""))
    form = form_of(interaction.message) if custom_id.startswith(BUTTON_PREFIX) else None
    if form is None or not tipsters_own(interaction):
        return False
    if custom_id.startswith("tipnew:cancel"):
        await interaction.response.edit_message(
            content=_("Cancelled; nothing was sent."), embed=None, view=None, allowed_mentions=NO_MENTIONS
        )
        return True
    picked = [v for v in list(data.get("values") or []) if v in known_technologies()]
    if custom_id == "tipnew:tech" and picked:
        form = replace(form, technology=picked[0])
    # Never a send from here: the one-send token went with the view, and the member checks first.
    await interaction.response.send_modal(TipModal(form))
    return True


async def _respond(interaction: discord.Interaction[Any], **kwargs: Any) -> None:
    if interaction.message is not None and interaction.type is discord.InteractionType.modal_submit:
        await interaction.response.edit_message(allowed_mentions=NO_MENTIONS, **kwargs)
    else:
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        await interaction.response.send_message(ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)


class ConfirmView(SafeView):
    """Send anonymously / send allowing contact / add more / edit / cancel."""

    def __init__(self, form: TipForm, preview: str | None, inferred: str = "", *, layout: str = "") -> None:
        super().__init__(timeout=INTAKE_TIMEOUT)
        self.form = form
        self.layout = layout  # which embed slot of the message shows which field (render/tipform.py)
        self.carry()
        self.preview = preview  # the core's one-send token (None: only Edit and Cancel are shown)
        self.inferred = inferred  # the technology intake stores unless the member picks one
        chosen = form.technology or inferred
        # discord.py types a decorated select as its callback; on the instance it is the Select.
        technologies = cast("discord.ui.Select[Any]", self.pick_technology)
        option: discord.SelectOption
        for option in technologies.options:
            option.label = display_name(option.value)  # the value (stored) stays the English
            option.default = option.value == chosen
        # The decorators' labels are the English; each preview speaks its member's language.
        self.send_anonymous.label = pgettext("button", "Send anonymously")
        self.send_named.label = pgettext("button", "Send, moderators may contact me")
        self.add_extra.label = pgettext("button", "Add anything else")
        self.edit.label = pgettext("button", "Edit")
        self.cancel.label = pgettext("button", "Cancel")
        technologies.placeholder = pgettext("placeholder", "Technology (pick one if you know it)")

    def carry(self) -> None:
        """Cancel's custom id carries the form's layout and picked technology, so the message can be
        read back into the form after this view is gone."""
        self.cancel.custom_id = carrier_id(self.layout, self.form.technology)

    def _enable(self, enabled: bool) -> None:
        for item in self.children:  # the preview holds only buttons and the technology menu
            cast("discord.ui.Button[Any] | discord.ui.Select[Any]", item).disabled = not enabled

    def only_edit(self) -> None:
        for item in list(self.children):
            if item not in (self.edit, self.cancel):
                self.remove_item(item)

    async def _send(self, interaction: discord.Interaction[Any], anonymous: bool) -> None:
        app = app_of(interaction)
        # The first press disables every button (the core refuses a second send of this preview too).
        self._enable(False)
        await interaction.response.edit_message(view=self, allowed_mentions=NO_MENTIONS)
        try:
            filed = await app.tips.file_tip(
                self.form,
                reporter=Reporter(interaction.user.id),
                anonymous=anonymous,
                interaction_id=interaction.id,
                preview=self.preview or "",
            )
        except Exception:
            if not self.is_finished():  # refused (cooldown, already sent...): the preview stays usable
                self._enable(True)
                with contextlib.suppress(discord.HTTPException):
                    await interaction.edit_original_response(view=self, allowed_mentions=NO_MENTIONS)
            raise
        self.stop()
        # The tip is committed: from here on nothing may tell the member it failed (they would file
        # again) and the receipt, shown only now, must reach them.
        await deliver_receipt(interaction, receipt_text(filed))
        if not filed.replayed:
            # The card is queued by the core (held a random while); have it looked at now.
            wake_notices(interaction.client)

    @discord.ui.button(
        label="Send anonymously", style=discord.ButtonStyle.success, custom_id="tipnew:anon", row=0
    )
    async def send_anonymous(self, interaction: discord.Interaction[Any], _b: discord.ui.Button[Any]) -> None:
        await self._send(interaction, anonymous=True)

    @discord.ui.button(
        label="Send, moderators may contact me",
        style=discord.ButtonStyle.primary,
        custom_id="tipnew:named",
        row=0,
    )
    async def send_named(self, interaction: discord.Interaction[Any], _b: discord.ui.Button[Any]) -> None:
        await self._send(interaction, anonymous=False)

    @discord.ui.select(
        custom_id="tipnew:tech",
        placeholder="Technology (pick one if you know it)",
        options=[discord.SelectOption(label=t, value=t) for t in known_technologies()],
        row=2,
    )
    async def pick_technology(
        self, interaction: discord.Interaction[Any], select: discord.ui.Select[Any]
    ) -> None:
        """The member confirms or corrects the technology; the core checks it is one it knows."""
        self.form = app_of(interaction).tips.validate(replace(self.form, technology=select.values[0]))
        for option in select.options:
            option.default = option.value == self.form.technology
        embed = preview_embed(self.form, self.inferred)
        self.layout = preview_layout(embed)
        self.carry()
        await interaction.response.edit_message(embed=embed, view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(
        label="Add anything else", style=discord.ButtonStyle.secondary, custom_id="tipnew:extra", row=1
    )
    async def add_extra(self, interaction: discord.Interaction[Any], _b: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(ExtraModal(self))

    @discord.ui.button(label="Edit", style=discord.ButtonStyle.secondary, custom_id="tipnew:edit", row=1)
    async def edit(self, interaction: discord.Interaction[Any], _b: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(TipModal(self.form))

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.danger, custom_id="tipnew:cancel", row=1)
    async def cancel(self, interaction: discord.Interaction[Any], _b: discord.ui.Button[Any]) -> None:
        self.stop()
        await interaction.response.edit_message(
            content=_("Cancelled; nothing was sent."), embed=None, view=None, allowed_mentions=NO_MENTIONS
        )


async def deliver_receipt(interaction: discord.Interaction[Any], text: str) -> None:
    """Show the receipt in place of the preview, or as a new ephemeral message if that edit fails."""
    try:
        await interaction.edit_original_response(
            content=text, embed=None, view=None, allowed_mentions=NO_MENTIONS
        )
        return
    except discord.HTTPException as first:
        status = first.status
    try:
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as second:
        # Never the receipt or the member: the status codes only. The tip itself is filed.
        log.warning("Could not show a tip receipt (HTTP %s, then %s)", status, second.status)


def wake_notices(client: object) -> None:
    """The tips cog's notice pump sends what the core queued (bot/chat/notices.py). Every caller is a
    tips or triage command or view, which exist only once the tips cog's load has made the pump (a
    failed cog load stops the bot before it connects)."""
    pump = getattr(client, "tip_notices", None)
    assert pump is not None, "the tips cog makes the notice pump before any tip can be handled"
    pump.wake()
