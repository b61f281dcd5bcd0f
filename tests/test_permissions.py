"""Who may do what is decided from the member's roles in one place, and the bot's own work is
never attributed to a person."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.app import App
from bot.errors import PermissionDenied
from bot.kb.service import KnowledgeService
from bot.permissions import Level, member_actor, system_actor
from bot.settings import Settings
from tests.support.knowledge import add_vendor, editable_knowledge

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


async def test_only_an_admin_reloads_knowledge_whichever_face_asks(tmp_path: Path) -> None:
    """The level is the core's to check: a face that forgot to ask still cannot reload for a
    moderator or coordinator (a reload swaps what every member is told)."""
    kb_dir = editable_knowledge(tmp_path)
    db: Any = None  # a reload never touches the database
    app = App(settings=SETTINGS, kb=await KnowledgeService.load(kb_dir), db=db)
    add_vendor(kb_dir)
    for role in (None, 11, 22):
        with pytest.raises(PermissionDenied, match="Only admins"):
            await app.reload_knowledge(member_actor(5, roles(role) if role else None, SETTINGS), "test")
    assert app.kb.get("zenith-optics") is None
    assert await app.reload_knowledge(member_actor(5, roles(33), SETTINGS), "test") == []
    assert app.kb.get("zenith-optics") is not None
