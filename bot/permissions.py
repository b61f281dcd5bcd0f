"""Permission levels, mapped from Discord role ids in the settings and checked in the core.

Faces pass the caller's role ids; the core decides. A DM has no roles, so a DM caller is a member
unless `admin_user_ids`-style overrides are added later: privileged work happens in the server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from bot.errors import PermissionDenied
from bot.settings import Settings


class Level(IntEnum):
    MEMBER = 0
    MODERATOR = 1
    COORDINATOR = 2
    ADMIN = 3


def level_for(role_ids: Iterable[int], settings: Settings) -> Level:
    """The highest level any of the caller's roles grants."""
    roles = set(role_ids)
    if roles & set(settings.admin_role_ids):
        return Level.ADMIN
    if roles & set(settings.coordinator_role_ids):
        return Level.COORDINATOR
    if roles & set(settings.moderator_role_ids):
        return Level.MODERATOR
    return Level.MEMBER


@dataclass(frozen=True)
class Actor:
    """Who is acting: a stable opaque id for audit (never shown for anonymous tipsters) and a level."""

    user_id: int
    level: Level
    display_name: str = ""

    def require(self, needed: Level, action: str = "do that") -> None:
        if self.level < needed:
            raise PermissionDenied(f"Only {needed.name.lower()}s and above can {action}.")
