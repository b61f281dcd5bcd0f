"""/ask's answer and rating prompt, sent without reading them back into discord.py's models.

discord.py's `edit_original_response` and `followup.send` parse the message Discord returns into an
`InteractionMessage` / `WebhookMessage` (author, member, embeds, components) and hand the view to
the client's view store; an ephemeral follow-up's view also gets a timeout task that sleeps for 15
minutes, one per rating prompt. /ask never reads the message back, and its views hold only
`DynamicItem`s (and link buttons), which the client dispatches by custom id from the registry
`Ask.cog_load` fills: the parse, the store and the sleeping task are pure cost, on every /ask of a
burst that one event loop answers in turn (issue 15). These send the same request through
discord.py's own webhook adapter (its rate limits, retries and errors as usual) and return nothing.
A view with any other interactive item, or a discord.py whose adapter differs from the one this
was written against, goes the usual way. A view may come prebuilt (bot/chat/views/prebuilt.py: its
rows only; the usual way rebuilds the view), and /ask's defer skips discord.py's parse of the
"thinking..." message Discord returns (`defer_thinking`).
"""

from __future__ import annotations

import inspect
from typing import Any

import discord
from discord.enums import InteractionResponseType
from discord.http import MultipartParameters, handle_message_parameters
from discord.utils import MISSING
from discord.webhook.async_ import AsyncWebhookAdapter, async_context, interaction_response_params

from bot.chat.views.prebuilt import Prebuilt


def _adapter_fits() -> bool:
    """Whether the adapter takes what these calls pass (checked once, at import)."""
    execute = inspect.signature(AsyncWebhookAdapter.execute_webhook).parameters
    edit = inspect.signature(AsyncWebhookAdapter.edit_original_interaction_response).parameters
    callback = inspect.signature(AsyncWebhookAdapter.create_interaction_response).parameters
    needed = {"session", "proxy", "proxy_auth", "payload", "multipart", "files"}
    return (
        needed <= set(edit)
        and needed | {"wait", "with_components"} <= set(execute)
        and {"session", "proxy", "proxy_auth", "params"} <= set(callback)
        and hasattr(discord.InteractionResponse, "_response_type")
    )


ADAPTER_FITS = _adapter_fits()


def _request(
    interaction: discord.Interaction[Any], params: MultipartParameters, view: Any = None
) -> dict[str, Any]:
    """What both adapter calls take besides the ids: the client's session and proxy, and the body
    (a prebuilt view's rows put in as `handle_message_parameters` puts a view's `to_components()`)."""
    http = interaction._state.http
    payload = params.payload
    if isinstance(view, Prebuilt) and payload is not None:
        payload = {**payload, "components": view.rows}
    return {
        "session": interaction._session,
        "proxy": http.proxy,
        "proxy_auth": http.proxy_auth,
        "payload": payload,
        "multipart": params.multipart,
        "files": params.files,
    }


def only_dynamic(view: discord.ui.View | Prebuilt | None) -> bool:
    """Nothing in the view needs the view store: every interactive item is a DynamicItem."""
    if view is None or isinstance(view, Prebuilt):  # prebuilt from views of DynamicItems only
        return True
    return all(
        isinstance(item, discord.ui.DynamicItem) or not item.is_dispatchable()
        for item in view.walk_children()
    )


async def edit_original(
    interaction: discord.Interaction[Any],
    *,
    content: str | None = MISSING,
    embed: discord.Embed | None = MISSING,
    view: discord.ui.View | Prebuilt | None = MISSING,
    allowed_mentions: discord.AllowedMentions | None = None,
) -> None:
    """`interaction.edit_original_response(...)`, without the message it returns."""
    if not ADAPTER_FITS or not only_dynamic(None if view is MISSING else view):
        await interaction.edit_original_response(
            content=content, embed=embed, view=_real(view), allowed_mentions=allowed_mentions
        )
        return
    with handle_message_parameters(
        content=content,
        embed=embed,
        view=MISSING if isinstance(view, Prebuilt) else view,
        allowed_mentions=allowed_mentions,
        previous_allowed_mentions=interaction._state.allowed_mentions,
    ) as params:
        await async_context.get().edit_original_interaction_response(
            interaction.application_id, interaction.token, **_request(interaction, params, view)
        )


async def send_followup(
    interaction: discord.Interaction[Any],
    content: str,
    *,
    view: discord.ui.View | Prebuilt,
    ephemeral: bool,
    allowed_mentions: discord.AllowedMentions = MISSING,
) -> None:
    """`interaction.followup.send(content, view=..., ephemeral=...)`, without the message it returns."""
    if not ADAPTER_FITS or not only_dynamic(view):
        await interaction.followup.send(
            content, view=_real(view) or MISSING, ephemeral=ephemeral, allowed_mentions=allowed_mentions
        )
        return
    flags = discord.MessageFlags._from_value(0)
    flags.ephemeral = ephemeral
    with handle_message_parameters(
        content=content,
        flags=flags,
        view=MISSING if isinstance(view, Prebuilt) else view,
        allowed_mentions=allowed_mentions,
        previous_allowed_mentions=interaction._state.allowed_mentions,
    ) as params:
        await async_context.get().execute_webhook(
            interaction.application_id,
            interaction.token,
            wait=True,  # as discord.py sends every interaction follow-up
            with_components=True,
            **_request(interaction, params, view),
        )


def _real(view: Any) -> Any:
    """The discord.ui.View for discord.py's public path (a Prebuilt builds it; MISSING stays)."""
    return view.view() if isinstance(view, Prebuilt) else view


async def defer_thinking(interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
    """`interaction.response.defer(ephemeral=..., thinking=True)` for a slash command, without the
    `InteractionCallbackResponse` discord.py builds from Discord's reply (it parses the
    "thinking..." message into a `Message`, which /ask never reads). Same request, same errors
    (an HTTPException, 40060 when another process won the claim: bot/chat/cogs/replay.py), and the
    response is marked done as discord.py marks it, so a second response still raises."""
    if not ADAPTER_FITS or interaction.type is not discord.InteractionType.application_command:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        return
    if interaction.response.is_done():
        raise discord.InteractionResponded(interaction)
    deferred = InteractionResponseType.deferred_channel_message
    params = interaction_response_params(type=deferred.value, data={"flags": 64} if ephemeral else None)
    http = interaction._state.http
    await async_context.get().create_interaction_response(
        interaction.id,
        interaction.token,
        session=interaction._session,
        proxy=http.proxy,
        proxy_auth=http.proxy_auth,
        params=params,
    )
    interaction.response._response_type = deferred
