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
was written against, goes the usual way.
"""

from __future__ import annotations

import inspect
from typing import Any

import discord
from discord.http import MultipartParameters, handle_message_parameters
from discord.utils import MISSING
from discord.webhook.async_ import AsyncWebhookAdapter, async_context


def _adapter_fits() -> bool:
    """Whether the adapter takes what these calls pass (checked once, at import)."""
    execute = inspect.signature(AsyncWebhookAdapter.execute_webhook).parameters
    edit = inspect.signature(AsyncWebhookAdapter.edit_original_interaction_response).parameters
    needed = {"session", "proxy", "proxy_auth", "payload", "multipart", "files"}
    return needed <= set(edit) and needed | {"wait", "with_components"} <= set(execute)


ADAPTER_FITS = _adapter_fits()


def _request(interaction: discord.Interaction[Any], params: MultipartParameters) -> dict[str, Any]:
    """What both adapter calls take besides the ids: the client's session and proxy, and the body."""
    http = interaction._state.http
    return {
        "session": interaction._session,
        "proxy": http.proxy,
        "proxy_auth": http.proxy_auth,
        "payload": params.payload,
        "multipart": params.multipart,
        "files": params.files,
    }


def only_dynamic(view: discord.ui.View | None) -> bool:
    """Nothing in the view needs the view store: every interactive item is a DynamicItem."""
    if view is None:
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
    view: discord.ui.View | None = MISSING,
    allowed_mentions: discord.AllowedMentions | None = None,
) -> None:
    """`interaction.edit_original_response(...)`, without the message it returns."""
    if not ADAPTER_FITS or not only_dynamic(None if view is MISSING else view):
        await interaction.edit_original_response(
            content=content, embed=embed, view=view, allowed_mentions=allowed_mentions
        )
        return
    with handle_message_parameters(
        content=content,
        embed=embed,
        view=view,
        allowed_mentions=allowed_mentions,
        previous_allowed_mentions=interaction._state.allowed_mentions,
    ) as params:
        await async_context.get().edit_original_interaction_response(
            interaction.application_id, interaction.token, **_request(interaction, params)
        )


async def send_followup(
    interaction: discord.Interaction[Any],
    content: str,
    *,
    view: discord.ui.View,
    ephemeral: bool,
    allowed_mentions: discord.AllowedMentions = MISSING,
) -> None:
    """`interaction.followup.send(content, view=..., ephemeral=...)`, without the message it returns."""
    if not ADAPTER_FITS or not only_dynamic(view):
        await interaction.followup.send(
            content, view=view, ephemeral=ephemeral, allowed_mentions=allowed_mentions
        )
        return
    flags = discord.MessageFlags._from_value(0)
    flags.ephemeral = ephemeral
    with handle_message_parameters(
        content=content,
        flags=flags,
        view=view,
        allowed_mentions=allowed_mentions,
        previous_allowed_mentions=interaction._state.allowed_mentions,
    ) as params:
        await async_context.get().execute_webhook(
            interaction.application_id,
            interaction.token,
            wait=True,  # as discord.py sends every interaction follow-up
            with_components=True,
            **_request(interaction, params),
        )
