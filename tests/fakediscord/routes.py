"""The REST routes the bot uses, keyed by Discord's own path templates from the OpenAPI spec.

Each handler takes the fake and the parsed request and returns (status, JSON body). A path the
bot calls that is not here is answered 404 and fails the test: the fake lacks a feature, or the
bot does something unplanned.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tests.fakediscord.interactions import (
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    EPHEMERAL,
    LOADING,
    UPDATE_MESSAGE,
    Callback,
)
from tests.fakediscord.rules import (
    TOKEN_LIFETIME,
    Refusal,
    callback_refusals,
    edit_refusals,
    upload_refusals,
)

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord


@dataclass
class Upload:
    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Incoming:
    """A request as the handlers see it (also what the recorder keeps)."""

    method: str
    path: str
    template: str | None
    params: dict[str, str]
    query: dict[str, str]
    json: Any
    uploads: list[Upload] = field(default_factory=list)
    authorization: str | None = None
    status: int = 0
    violations: list[str] = field(default_factory=list)
    at: float = 0.0


Result = tuple[int, Any]
Handler = Callable[["FakeDiscord", Incoming], Awaitable[Result]]
ROUTES: dict[tuple[str, str], Handler] = {}
# Interaction callbacks and webhooks are authorised by their token in the path, not a bot token.
TOKEN_IN_PATH = ("/interactions/", "/webhooks/")


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        ROUTES[(method, template)] = fn
        return fn

    return register


def not_found(what: str, code: int = 10008) -> Result:
    return 404, {"message": f"Unknown {what}", "code": code}


# --- identity and gateway ---------------------------------------------------------------------
@route("GET", "/users/@me")
async def get_me(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, fake.world.bot_user.payload()


@route("GET", "/oauth2/applications/@me")
async def get_application(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, fake.world.application_payload()


@route("GET", "/gateway")
async def get_gateway(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, {"url": fake.gateway_url}


@route("GET", "/gateway/bot")
async def get_gateway_bot(fake: FakeDiscord, req: Incoming) -> Result:
    limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
    return 200, {"url": fake.gateway_url, "shards": 1, "session_start_limit": limit}


# --- application commands ---------------------------------------------------------------------
def _store_commands(
    fake: FakeDiscord, guild_id: int | None, body: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    stored = []
    previous = {c["name"]: c for c in fake.commands.get(guild_id, [])}
    for command in body or []:
        item = copy.deepcopy(command)
        item.setdefault("type", 1)
        item["id"] = previous.get(item["name"], {}).get("id") or str(fake.world.ids.next())
        item["application_id"] = str(fake.world.application_id)
        item["version"] = str(fake.world.ids.next())
        item.setdefault("description", "")
        item.setdefault("default_member_permissions", None)
        item.setdefault("nsfw", False)
        if guild_id is not None:
            item["guild_id"] = str(guild_id)
        stored.append(item)
    fake.commands[guild_id] = stored
    return stored


@route("PUT", "/applications/{application_id}/commands")
async def put_global_commands(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, _store_commands(fake, None, req.json)


@route("GET", "/applications/{application_id}/commands")
async def get_global_commands(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, fake.commands.get(None, [])


@route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
async def put_guild_commands(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, _store_commands(fake, int(req.params["guild_id"]), req.json)


@route("GET", "/applications/{application_id}/guilds/{guild_id}/commands")
async def get_guild_commands(fake: FakeDiscord, req: Incoming) -> Result:
    return 200, fake.commands.get(int(req.params["guild_id"]), [])


# --- interaction responses ----------------------------------------------------------------------
@route("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
async def interaction_callback(fake: FakeDiscord, req: Incoming) -> Result:
    handle = fake.interactions.get(req.params["interaction_token"])
    if handle is None or str(handle.id) != req.params["interaction_id"]:
        return fake.refuse(
            req, [Refusal("unknown_interaction", "Unknown interaction", status=404, code=10062)]
        )
    if handle.callbacks:
        return fake.refuse(
            req,
            [Refusal("already_acknowledged", "Interaction has already been acknowledged.", code=40060)],
        )
    if req.at - handle.dispatched_at > fake.response_deadline:
        # Discord forgets an interaction nobody answered within 3 s: the member saw it fail.
        return fake.refuse(req, [Refusal("deadline", "Unknown interaction", status=404, code=10062)])
    refusals = upload_refusals([len(u.data) for u in req.uploads])
    refusals += callback_refusals(handle.payload, req.json, has_files=bool(req.uploads))
    body = req.json if isinstance(req.json, dict) else {}
    if body.get("type") == UPDATE_MESSAGE and handle.original is not None:
        refusals += edit_refusals(handle.original, body.get("data") or {}, has_files=bool(req.uploads))
    if refusals:
        return fake.refuse(req, refusals)
    kind, data = int(body.get("type", 0)), body.get("data") or {}
    handle.callbacks.append(Callback(kind, data, req.at))
    interaction = {"id": str(handle.id), "type": handle.payload["type"]}
    resource: dict[str, Any] = {"type": kind}
    channel_id = int(handle.payload["channel_id"])
    if kind in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE):
        flags = int(data.get("flags") or 0) | (LOADING if kind == DEFERRED_CHANNEL_MESSAGE else 0)
        message = fake.world.message_payload(
            channel_id, {**data, "flags": flags}, attachments=fake.keep_uploads(req.uploads)
        )
        fake.store_message(message)
        handle.original, handle.original_is_response = message, True
        resource["message"] = message
        interaction.update(
            response_message_id=message["id"],
            response_message_loading=bool(flags & LOADING),
            response_message_ephemeral=bool(flags & 64),
        )
    elif kind == UPDATE_MESSAGE and handle.original is not None:
        handle.original = fake.edit_message(handle.original, data, req.uploads)
        handle.original_edits += 1
        resource["message"] = handle.original
    return 200, {"interaction": interaction, "resource": resource}


def _handle_for_webhook(fake: FakeDiscord, req: Incoming) -> Any:
    if int(req.params["webhook_id"]) != fake.world.application_id:
        return None
    return fake.interactions.get(req.params["webhook_token"])


def _token_refusal(fake: FakeDiscord, req: Incoming, handle: Any) -> Result | None:
    """Discord's 15-minute limit on an interaction token (follow-ups and @original alike)."""
    if req.at - handle.dispatched_at > TOKEN_LIFETIME:
        return fake.refuse(req, [Refusal("token_expired", "Invalid Webhook Token", status=401, code=50027)])
    return None


@route("POST", "/webhooks/{webhook_id}/{webhook_token}")
async def post_followup(fake: FakeDiscord, req: Incoming) -> Result:
    handle = _handle_for_webhook(fake, req)
    if handle is None:
        return not_found("Webhook", 10015)
    if (expired := _token_refusal(fake, req, handle)) is not None:
        return expired
    if not handle.callbacks:
        return fake.refuse(req, [Refusal("not_acknowledged", "Unknown Webhook", status=404, code=10015)])
    original = handle.original
    if (
        handle.callbacks[0].type == DEFERRED_CHANNEL_MESSAGE
        and original is not None
        and not original.get("_deleted")
        and int(original.get("flags") or 0) & LOADING
    ):
        # Discord: the first follow-up after a deferred "thinking" reply edits that message instead
        # of posting one, and keeps the defer's visibility (its own ephemeral flag is ignored).
        body = {**(req.json or {}), "flags": int(original.get("flags") or 0) & EPHEMERAL}
        edited = fake.edit_message(original, body, req.uploads)
        handle.original = edited
        handle.original_edits += 1
        handle.followups.append(edited)
        return 200, edited
    message = fake.world.message_payload(
        int(handle.payload["channel_id"]), req.json or {}, attachments=fake.keep_uploads(req.uploads)
    )
    fake.store_message(message)
    handle.followups.append(message)
    return 200, message


def _webhook_message(fake: FakeDiscord, req: Incoming) -> tuple[Any, dict[str, Any] | None]:
    handle = _handle_for_webhook(fake, req)
    if handle is None:
        return None, None
    wanted = req.params.get("message_id", "@original")
    if wanted == "@original":
        original = handle.original
        return handle, None if original is None or original.get("_deleted") else original
    for message in [*handle.followups, handle.original]:
        if message is not None and message["id"] == wanted and not message.get("_deleted"):
            return handle, message
    return handle, None


def _replace(handle: Any, edited: dict[str, Any]) -> None:
    """The handle's view of a message after an edit (the original may also be the first follow-up)."""
    if handle.original is not None and handle.original["id"] == edited["id"]:
        handle.original = edited
        handle.original_edits += 1
    handle.followups = [edited if m["id"] == edited["id"] else m for m in handle.followups]


@route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")
@route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def get_webhook_message(fake: FakeDiscord, req: Incoming) -> Result:
    handle, message = _webhook_message(fake, req)
    if handle is not None and (expired := _token_refusal(fake, req, handle)) is not None:
        return expired
    return (200, message) if message is not None else not_found("Message")


@route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")
@route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def edit_webhook_message(fake: FakeDiscord, req: Incoming) -> Result:
    handle, message = _webhook_message(fake, req)
    if handle is not None and (expired := _token_refusal(fake, req, handle)) is not None:
        return expired
    if message is None:
        return not_found("Message")
    if refusals := edit_refusals(message, req.json or {}, has_files=bool(req.uploads)):
        return fake.refuse(req, refusals)
    edited = fake.edit_message(message, req.json or {}, req.uploads)
    _replace(handle, edited)
    return 200, edited


@route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")
@route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def delete_webhook_message(fake: FakeDiscord, req: Incoming) -> Result:
    handle, message = _webhook_message(fake, req)
    if handle is not None and (expired := _token_refusal(fake, req, handle)) is not None:
        return expired
    if message is None:
        return not_found("Message")
    fake.delete_message(message)
    gone = {**message, "_deleted": True}
    if handle.original is not None and handle.original["id"] == message["id"]:
        handle.original = gone
    handle.followups = [gone if m["id"] == message["id"] else m for m in handle.followups]
    return 204, None


# --- channels, messages, DMs --------------------------------------------------------------------
@route("POST", "/channels/{channel_id}/messages")
async def create_message(fake: FakeDiscord, req: Incoming) -> Result:
    channel_id = int(req.params["channel_id"])
    if fake.world.channel_by_id(channel_id) is None:
        return not_found("Channel", 10003)
    message = fake.world.message_payload(
        channel_id, req.json or {}, attachments=fake.keep_uploads(req.uploads)
    )
    message["webhook_id"] = None
    fake.store_message(message)
    return 200, message


@route("GET", "/channels/{channel_id}/messages")
async def list_messages(fake: FakeDiscord, req: Incoming) -> Result:
    """Channel history, newest first, as Discord returns it (`limit`, `before` supported)."""
    channel_id = int(req.params["channel_id"])
    if fake.world.channel_by_id(channel_id) is None:
        return not_found("Channel", 10003)
    limit = max(1, min(100, int(req.query.get("limit", 50))))
    before = int(req.query["before"]) if "before" in req.query else None
    stored = fake.world.messages.get(channel_id, {})
    ids = sorted((i for i in stored if before is None or i < before), reverse=True)[:limit]
    return 200, [stored[i] for i in ids if not stored[i].get("_deleted")]


def _channel_message(fake: FakeDiscord, req: Incoming) -> dict[str, Any] | None:
    """The stored message a /channels/{channel_id}/messages/{message_id} route names, if any."""
    return fake.world.messages.get(int(req.params["channel_id"]), {}).get(int(req.params["message_id"]))


@route("GET", "/channels/{channel_id}/messages/{message_id}")
async def get_message(fake: FakeDiscord, req: Incoming) -> Result:
    message = _channel_message(fake, req)
    return (200, message) if message else not_found("Message")


@route("PATCH", "/channels/{channel_id}/messages/{message_id}")
async def edit_message(fake: FakeDiscord, req: Incoming) -> Result:
    message = _channel_message(fake, req)
    if message is None:
        return not_found("Message")
    if refusals := edit_refusals(message, req.json or {}, has_files=bool(req.uploads)):
        return fake.refuse(req, refusals)
    return 200, fake.edit_message(message, req.json or {}, req.uploads)


@route("DELETE", "/channels/{channel_id}/messages/{message_id}")
async def delete_message(fake: FakeDiscord, req: Incoming) -> Result:
    message = _channel_message(fake, req)
    if message is None:
        return not_found("Message")
    fake.delete_message(message)
    return 204, None


@route("POST", "/channels/{channel_id}/typing")
async def typing(fake: FakeDiscord, req: Incoming) -> Result:
    return 204, None


@route("GET", "/channels/{channel_id}")
async def get_channel(fake: FakeDiscord, req: Incoming) -> Result:
    channel = fake.world.channel_by_id(int(req.params["channel_id"]))
    return (200, channel) if channel else not_found("Channel", 10003)


@route("POST", "/users/@me/channels")
async def create_dm(fake: FakeDiscord, req: Incoming) -> Result:
    recipient = int((req.json or {}).get("recipient_id", 0))
    for member in fake.world.members.values():
        if member.user.id == recipient:
            return 200, fake.world.dm_channel(member.user)
    return not_found("User", 10013)


@route("GET", "/users/{user_id}")
async def get_user(fake: FakeDiscord, req: Incoming) -> Result:
    for member in fake.world.members.values():
        if str(member.user.id) == req.params["user_id"]:
            return 200, member.user.payload()
    return not_found("User", 10013)


@route("GET", "/guilds/{guild_id}/members/{user_id}")
async def get_member(fake: FakeDiscord, req: Incoming) -> Result:
    for member in fake.world.members.values():
        if str(member.user.id) == req.params["user_id"]:
            return 200, member.payload()
    return not_found("Member", 10007)
