"""Permission levels, mapped from Discord role ids in the settings and checked in the core.

Faces pass the caller's role ids; the core decides. A DM has no roles, so a DM caller is a member
and is refused every moderator, coordinator and admin command: privileged work happens in the server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from bot.errors import PermissionDenied
from bot.i18n import N_, _
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

    def require(self, needed: Level, action: str = N_("do that")) -> None:
        """Refuse below `needed`. `action` is an English verb phrase marked with N_() by the caller
        ("triage tips"), translated here into the caller's language."""
        if self.level < needed:
            who = _REFUSALS.get(needed, _REFUSALS[Level.ADMIN])
            raise PermissionDenied(_(who).format(action=_(action)))


# A whole sentence per level, so each language words "moderators and above" its own way.
_REFUSALS = {
    Level.MEMBER: N_("Only members and above can {action}."),
    Level.MODERATOR: N_("Only moderators and above can {action}."),
    Level.COORDINATOR: N_("Only coordinators and above can {action}."),
    Level.ADMIN: N_("Only admins and above can {action}."),
}


class HasId(Protocol):
    """A role as a face holds it (a Discord role object): only its id matters here."""

    @property
    def id(self) -> int: ...


def member_actor(user_id: int, roles: Iterable[HasId] | None, settings: Settings) -> Actor:
    """The actor for a person with these roles in the server; no roles (a DM) means member level."""
    return Actor(user_id, level_for((role.id for role in roles or ()), settings))


def system_actor(display_name: str = "") -> Actor:
    """The bot's own work (posting a card, a notice) or the operator at the terminal: admin level,
    with id 0, which no Discord member has, so the audit trail never points at a person."""
    return Actor(user_id=0, level=Level.ADMIN, display_name=display_name)
