"""The fake's message store: what the bot posted, edited, uploaded and deleted, as Discord keeps it.

Mixed into FakeDiscord; routes write through it, tests read channels and wait on it.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from typing import Any

from tests.fakediscord.interactions import DEFAULT_TIMEOUT, LOADING, Reply, wait_until
from tests.fakediscord.routes import Upload
from tests.fakediscord.world import World, now_iso

SUPPRESS_EMBEDS, COMPONENTS_V2 = 1 << 2, 1 << 15  # the only flags an edit may change


class MessageStore:
    world: World
    files: dict[int, bytes]  # attachment id -> bytes
    changed: asyncio.Event  # set on every request; for waiters on channel messages

    base_url: str  # where the fake serves attachments (FakeDiscord's property)

    def keep_uploads(self, uploads: list[Upload]) -> list[dict[str, Any]]:
        attachments = []
        for upload in uploads:
            aid = self.world.ids.next()
            self.files[aid] = upload.data
            url = f"{self.base_url}/attachments/{aid}/{upload.filename}"
            attachments.append(
                {
                    "id": str(aid),
                    "filename": upload.filename,
                    "size": len(upload.data),
                    "url": url,
                    "proxy_url": url,
                    "content_type": upload.content_type,
                }
            )
        return attachments

    def keep_uploads_raw(self, filename: str, content: bytes) -> list[dict[str, Any]]:
        """Store a file a member "uploads" (an attachment option) so the bot can download it."""
        return self.keep_uploads([Upload("file", filename, "application/octet-stream", content)])

    def store_message(self, message: dict[str, Any]) -> None:
        self.world.messages.setdefault(int(message["channel_id"]), {})[int(message["id"])] = message

    def edit_message(
        self, message: dict[str, Any], body: dict[str, Any], uploads: list[Upload]
    ) -> dict[str, Any]:
        """Discord's Edit Message and Edit Webhook Message (docs/resources/message.mdx, webhook.mdx):
        every field is optional and nullable; one left out stays as it was, null (or []) clears it.
        Of the flags only SUPPRESS_EMBEDS can be set and unset, and IS_COMPONENTS_V2 only set; any
        other bit the edit names (EPHEMERAL...) is ignored, as Discord ignores it without error."""
        edited = copy.deepcopy(message)
        for key in ("content", "embeds", "components"):
            if key in body:
                edited[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "attachments" in body:  # only the listed existing attachments stay (none for null), plus uploads
            keep_ids = {str(a.get("id")) for a in body["attachments"] or []}
            edited["attachments"] = [a for a in edited["attachments"] if a["id"] in keep_ids]
        edited["attachments"] += self.keep_uploads(uploads)
        flags = int(edited.get("flags") or 0)
        if body.get("flags") is not None:
            asked = int(body["flags"])
            flags = (flags & ~SUPPRESS_EMBEDS) | (asked & SUPPRESS_EMBEDS) | (asked & COMPONENTS_V2)
        edited["flags"] = flags & ~LOADING
        edited["edited_timestamp"] = now_iso()
        self.store_message(edited)
        return edited

    def delete_message(self, message: dict[str, Any]) -> None:
        self.world.messages.get(int(message["channel_id"]), {}).pop(int(message["id"]), None)

    def reply_for(self, message: dict[str, Any]) -> Reply:
        files = {
            a["filename"]: self.files[int(a["id"])]
            for a in message.get("attachments") or []
            if int(a["id"]) in self.files
        }
        return Reply(message, files)

    def channel_messages(self, channel: str | int) -> list[Reply]:
        cid = self.world.channel_id(channel) if isinstance(channel, str) else channel
        return [self.reply_for(m) for m in self.world.messages.get(cid, {}).values()]

    async def wait_for_message(
        self,
        channel: str | int,
        match: Callable[[Reply], bool] = lambda r: True,
        within: float = DEFAULT_TIMEOUT,
    ) -> Reply:
        """The first message in `channel` (e.g. "review") that satisfies `match`, waiting for it."""

        def ready() -> Reply | None:
            return next((r for r in self.channel_messages(channel) if match(r)), None)

        return await wait_until(
            self.changed,
            ready,
            lambda: (
                f"no matching message in {channel!r} after {within}s; "
                f"have {[r.text()[:80] for r in self.channel_messages(channel)]}"
            ),
            within,
        )
