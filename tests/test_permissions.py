"""Who may do what is decided from the member's roles in one place, and the bot's own work is
never attributed to a person."""

from __future__ import annotations

from types import SimpleNamespace

from bot.permissions import Level, member_actor, system_actor
from bot.settings import Settings

SETTINGS = Settings(_env_file=None, moderator_role_ids=[11], coordinator_role_ids=[22], admin_role_ids=[33])


def roles(*ids: int) -> list[SimpleNamespace]:
    return [SimpleNamespace(id=i) for i in ids]


def test_the_highest_role_wins_and_no_roles_is_a_member() -> None:
    assert member_actor(5, roles(11, 22), SETTINGS).level is Level.COORDINATOR
    assert member_actor(5, roles(99), SETTINGS).level is Level.MEMBER
    assert member_actor(5, None, SETTINGS).level is Level.MEMBER  # a DM carries no roles
    assert member_actor(5, roles(33), SETTINGS).user_id == 5


def test_the_system_actor_is_no_member() -> None:
    actor = system_actor("cli")
    assert actor.level is Level.ADMIN and actor.user_id == 0 and actor.display_name == "cli"
