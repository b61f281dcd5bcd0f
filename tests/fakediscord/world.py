"""The fake Discord's data: one guild with the channels, roles and people the bot's features need.

Payload builders return exactly the shapes discord.py parses (users, members, channels, roles,
messages); keeping them in one place means the REST routes, the gateway and the interaction
helpers all agree on them.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# 2026-01-01 as a Discord snowflake timestamp, so ids look like real ones.
_EPOCH_MS = 1420070400000
_START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000) - _EPOCH_MS


class Snowflakes:
    """Unique, increasing ids; `int` for the Python side, `str` in payloads as Discord sends them."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def next(self) -> int:
        return (_START << 22) | next(self._counter)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class FakeUser:
    id: int
    username: str
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.username.title(),
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass
class FakeMember:
    user: FakeUser
    roles: list[int] = field(default_factory=list)

    def payload(self, *, permissions: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": self.user.payload(),
            "roles": [str(r) for r in self.roles],
            "nick": None,
            "avatar": None,
            "joined_at": "2026-01-01T00:00:00+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
        }
        if permissions is not None:
            data["permissions"] = permissions
        return data


class World:
    """Everything the fake server knows: ids, the guild, DMs and the messages the bot posted.

    People (each a `FakeMember` of the guild): `alice` (plain member), `mo` (moderator role),
    `cora` (coordinator role), `ada` (admin role). Channels: `general`, `review`, `summary`.
    `settings_overrides()` gives the bot settings that match, so permission levels line up.
    """

    def __init__(self) -> None:
        self.ids = Snowflakes()
        self.token = f"fake.{secrets.token_urlsafe(24)}"
        self.application_id = self.ids.next()
        self.bot_user = FakeUser(self.application_id, "exportwatch", bot=True)
        self.owner = FakeUser(self.ids.next(), "owner")
        self.guild_id = self.ids.next()
        self.role_ids = {name: self.ids.next() for name in ("member", "moderator", "coordinator", "admin")}
        self.channels: dict[str, dict[str, Any]] = {}
        for name in ("general", "review", "summary"):
            self.add_channel(name)
        self.members: dict[str, FakeMember] = {}
        for name, role in (
            ("alice", "member"),
            ("mo", "moderator"),
            ("cora", "coordinator"),
            ("ada", "admin"),
        ):
            self.add_member(name, [role])
        self.dm_channels: dict[int, dict[str, Any]] = {}
        # channel id -> message id -> message payload, for everything the bot posted or edited.
        self.messages: dict[int, dict[int, dict[str, Any]]] = {}

    # --- people and places -------------------------------------------------------------------
    def add_member(self, name: str, roles: list[str] | None = None) -> FakeMember:
        """A new guild member; `roles` are names from `role_ids` ("moderator", ...)."""
        user = FakeUser(self.ids.next(), name)
        member = FakeMember(user, [self.role_ids[r] for r in roles or []])
        self.members[name] = member
        return member

    def add_channel(self, name: str, kind: int = 0) -> int:
        """A guild channel of Discord's channel `kind` (0 text, 4 category, 15 forum); its id. One
        added after the bot connected is known to it only through GET /channels/{id}."""
        cid = self.ids.next()
        self.channels[name] = {
            "id": str(cid),
            "type": kind,
            "guild_id": str(self.guild_id),
            "name": name,
            "position": len(self.channels),
            "permission_overwrites": [],
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "parent_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        return cid

    def user(self, name: str) -> FakeUser:
        return self.members[name].user

    def channel_id(self, name: str) -> int:
        return int(self.channels[name]["id"])

    def channel_by_id(self, channel_id: int) -> dict[str, Any] | None:
        for channel in self.channels.values():
            if int(channel["id"]) == channel_id:
                return channel
        for channel in self.dm_channels.values():
            if int(channel["id"]) == channel_id:
                return channel
        return None

    def dm_channel(self, user: FakeUser) -> dict[str, Any]:
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = {
                "id": str(self.ids.next()),
                "type": 1,
                "last_message_id": None,
                "recipients": [user.payload()],
                "flags": 0,
            }
        return self.dm_channels[user.id]

    def settings_overrides(self) -> dict[str, Any]:
        """Settings fields that make the bot's idea of the guild match this world."""
        return {
            "discord_token": self.token,
            "guild_id": self.guild_id,
            "review_channel_id": self.channel_id("review"),
            "summary_channel_id": self.channel_id("summary"),
            "moderator_role_ids": [self.role_ids["moderator"]],
            "coordinator_role_ids": [self.role_ids["coordinator"]],
            "admin_role_ids": [self.role_ids["admin"]],
        }

    # --- payloads ----------------------------------------------------------------------------
    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "ExportWatch",
            "description": "Loopback test application",
            "icon": None,
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": self.owner.payload(),
            "verify_key": "0" * 64,
            "flags": 0,
            "team": None,
            "summary": "",
        }

    def roles_payload(self) -> list[dict[str, Any]]:
        everyone = {"id": str(self.guild_id), "name": "@everyone", "permissions": "2248473465835073"}
        roles = [everyone] + [
            {"id": str(rid), "name": name, "permissions": "0"} for name, rid in self.role_ids.items()
        ]
        for position, role in enumerate(roles):
            role.update(color=0, hoist=False, position=position, managed=False, mentionable=False, flags=0)
        return roles

    def guild_payload(self) -> dict[str, Any]:
        bot_member = FakeMember(self.bot_user).payload()
        return {
            "id": str(self.guild_id),
            "name": "Campaign HQ",
            "icon": None,
            "owner_id": str(self.owner.id),
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "unavailable": False,
            "large": False,
            "joined_at": "2026-01-01T00:00:00+00:00",
            "member_count": len(self.members) + 1,
            "roles": self.roles_payload(),
            "channels": [dict(c) for c in self.channels.values()],
            "members": [bot_member] + [m.payload() for m in self.members.values()],
            "threads": [],
            "emojis": [],
            "stickers": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
        }

    def button_message(
        self, custom_id: str, *, label: str = "Old", channel: str = "general"
    ) -> dict[str, Any]:
        """A message of the bot's with one button the running bot never sent (an older version's, or
        a forged one): what a press on a stale or unknown button arrives on."""
        row = {"type": 1, "components": [{"type": 2, "style": 1, "label": label, "custom_id": custom_id}]}
        return self.message_payload(self.channel_id(channel), {"components": [row]})

    def message_payload(
        self,
        channel_id: int,
        body: dict[str, Any],
        *,
        author: FakeUser | None = None,
        message_id: int | None = None,
        attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A full message object built from a create/edit body, as Discord would return it."""
        author = author or self.bot_user
        return {
            "id": str(message_id or self.ids.next()),
            "channel_id": str(channel_id),
            "type": 0,
            "author": author.payload(),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": attachments or [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": bool(body.get("tts", False)),
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "flags": int(body.get("flags") or 0),
            "webhook_id": str(self.application_id) if author is self.bot_user else None,
            "application_id": str(self.application_id),
        }
