"""The review card's persistent buttons and the forms they open.

Review buttons are DynamicItems (`tip:<action>:<id>`) registered at start, so they work after a
restart; every press and modal submit goes through the core, which checks the level. The card is the
team's: it and its forms speak the team's language, whoever pressed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import discord
from babel.support import LazyProxy

from bot.chat.errors import SafeModal, report_error, typed_back
from bot.chat.render.tips import review_embed
from bot.chat.views.tips import NO_MENTIONS, actor_of, app_of
from bot.i18n import isolate, lazy_pgettext, pgettext, use_locale
from bot.permissions import system_actor
from bot.tips.intake import QUESTION_MAX, REASON_MAX
from bot.tips.model import TipView, card_actions, public_id
from bot.tips.triage import require_triage

if TYPE_CHECKING:
    from bot.app import App

# The core's action names as the card's custom ids spell them (ids on posted cards must not change).
BUTTON_OF = {"duplicate": "dup"}
# The card's buttons, in English here and in the team's language on the card ("button" context).
LABELS = {
    "claim": lazy_pgettext("button", "Claim"),
    "ask": lazy_pgettext("button", "Ask the tipster"),
    "accept": lazy_pgettext("button", "Accept"),
    "reject": lazy_pgettext("button", "Reject"),
    "dup": lazy_pgettext("button", "Duplicate of…"),
    "note": lazy_pgettext("button", "Note"),
}
STYLES = {
    "accept": discord.ButtonStyle.success,
    "reject": discord.ButtonStyle.danger,
    "claim": discord.ButtonStyle.primary,
}


def kept_title(action: str) -> str:
    """The heading over a moderator's text given back with a refusal, in the presser's language."""
    titles = {
        "ask": pgettext("embed title", "Your question, not sent: copy it to send again"),
        "note": pgettext("embed title", "Your note, not saved: copy it to add again"),
    }
    return titles.get(action, pgettext("embed title", "What you typed, not saved: copy it to try again"))


def review_view(tip: TipView) -> discord.ui.View:
    """The card's buttons: the actions the core would accept on the tip as it stands."""
    view = discord.ui.View(timeout=None)
    for action in card_actions(tip.status):
        view.add_item(ReviewButton(BUTTON_OF.get(action, action), tip.id))
    return view


async def post_for_review(channel: Any, app: App, tip_id: int) -> None:
    """Post the card to the review channel (the notice pump's, a text channel) and remember its
    message id (system work, no actor)."""
    tip = (await app.tips.show(system_actor(), tip_id)).tip
    with use_locale(app.settings.team_language):  # the review channel speaks the team's language
        embed, view = review_embed(tip), review_view(tip)
    message = await channel.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
    await app.tips.set_review_message(tip_id, message.id)


async def refresh_card(interaction: discord.Interaction[Any], tip: TipView) -> None:
    """Update the card the button was pressed on (or say what happened if it cannot be edited).

    The card is the team's, whoever pressed: it stays in the team's language, not the presser's.
    """
    app = app_of(interaction)
    detail = await app.tips.show(actor_of(interaction), tip.id)
    with use_locale(app.settings.team_language):
        embed, view = review_embed(detail.tip), review_view(detail.tip)
    await interaction.edit_original_response(  # the press or form was deferred before the change
        embed=embed, view=view, allowed_mentions=NO_MENTIONS
    )


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"tip:(?P<action>claim|ask|accept|reject|dup|note):(?P<id>\d+)",
):
    def __init__(self, action: str, tip_id: int) -> None:
        self.action, self.tip_id = action, tip_id
        super().__init__(
            discord.ui.Button(
                label=str(LABELS[action]),
                style=STYLES.get(action, discord.ButtonStyle.secondary),
                custom_id=f"tip:{action}:{tip_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ReviewButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            actor = actor_of(interaction)
            require_triage(actor)  # refuse before opening any modal
            tips = app_of(interaction).tips
            if self.action in ("claim", "accept"):
                # Acknowledge before the change: Discord's acknowledgement is the claim (replay.py).
                await interaction.response.defer()
                change = tips.claim if self.action == "claim" else tips.accept
                await refresh_card(interaction, await change(actor, self.tip_id))
            else:
                # The form continues the card, so it speaks the card's (the team's) language.
                with use_locale(app_of(interaction).settings.team_language):
                    modal = TriageTextModal(self.action, self.tip_id)
                await interaction.response.send_modal(modal)
        except Exception as error:  # dynamic items bypass view error handlers
            await report_error(interaction, error)


class TriageTextModal(SafeModal):
    """The text a button needs: a question, a reason, the original tip's id, or a note."""

    # Translated when the modal is built, in the language then current (the team's).
    PROMPTS: ClassVar[dict[str, tuple[LazyProxy, LazyProxy | str, int, bool]]] = {
        "ask": (
            lazy_pgettext("modal label", "Question for the tipster"),
            lazy_pgettext("placeholder", "They read it with their receipt; no names."),
            QUESTION_MAX,
            True,
        ),
        "reject": (
            lazy_pgettext("modal label", "Reason (moderators only)"),
            lazy_pgettext("placeholder", "Why it is not taken further"),
            REASON_MAX,
            False,
        ),
        "dup": (lazy_pgettext("modal label", "Duplicate of which tip?"), "TIP-0012", 20, True),
        "note": (
            lazy_pgettext("modal label", "Note (moderators only)"),
            lazy_pgettext("placeholder", "What you checked or found"),
            QUESTION_MAX,
            True,
        ),
    }
    TITLES: ClassVar[dict[str, LazyProxy]] = {
        "ask": lazy_pgettext("modal title", "Ask the tipster — {tip}"),
        "reject": lazy_pgettext("modal title", "Reject — {tip}"),
        "dup": lazy_pgettext("modal title", "Duplicate of… — {tip}"),
        "note": lazy_pgettext("modal title", "Note — {tip}"),
    }

    def __init__(self, action: str, tip_id: int) -> None:
        label, placeholder, limit, required = self.PROMPTS[action]
        super().__init__(
            title=str(self.TITLES[action]).format(tip=isolate(public_id(tip_id))),
            custom_id=f"tipmodal:{action}:{tip_id}",
        )
        self.action, self.tip_id = action, tip_id
        self.text: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=str(label),
            custom_id="text",
            placeholder=str(placeholder),
            max_length=limit,
            required=required,
            style=discord.TextStyle.short if action == "dup" else discord.TextStyle.paragraph,
        )
        self.add_item(self.text)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        """A refused form (the tip closed meanwhile, a mistyped id) gives back what was typed."""
        await report_error(
            interaction, error, kept=typed_back(kept_title(self.action), self.text.value or "")
        )

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await submit_triage_text(interaction, self.action, self.tip_id, self.text.value or "")


async def submit_triage_text(
    interaction: discord.Interaction[Any], action: str, tip_id: int, text: str
) -> None:
    """The form's text through the core (which checks the level), then the card refreshed."""
    tips, actor = app_of(interaction).tips, actor_of(interaction)
    require_triage(actor)  # a refusal is the answer itself, not a follow-up
    await interaction.response.defer()  # before the change: the acknowledgement is the claim
    if action == "ask":
        tip = await tips.ask(actor, tip_id, text)
    elif action == "reject":
        tip = await tips.reject(actor, tip_id, text)
    elif action == "dup":
        tip = await tips.mark_duplicate(actor, tip_id, text)
    else:
        tip = await tips.note(actor, tip_id, text)
    await refresh_card(interaction, tip)


_TRIAGE_FORM = re.compile(r"tipmodal:(?P<action>ask|reject|dup|note):(?P<id>\d+)")


async def recover_triage_form(interaction: discord.Interaction[Any], values: dict[str, str]) -> bool:
    """A card's form the bot no longer holds (sent after a restart): its custom id names the action
    and the tip, and the submission carries the text, so it is done as if the form were live rather
    than answered "expired" with the question, reason or note gone. False if not a card's form."""
    data: Mapping[str, Any] = interaction.data or {}  # the raw payload
    match = _TRIAGE_FORM.fullmatch(str(data.get("custom_id", "")))
    if match is None:
        return False
    action, text = match["action"], values.get("text", "")
    try:
        await submit_triage_text(interaction, action, int(match["id"]), text)
    except Exception as error:  # the live form's own answer (on_error above)
        await report_error(interaction, error, kept=typed_back(kept_title(action), text))
    return True
