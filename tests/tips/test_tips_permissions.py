"""Every privileged tip action at every level: refused below moderator, allowed from moderator up."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.errors import PermissionDenied
from bot.permissions import Actor, Level
from bot.tips.service import TipService
from tests.tips.conftest import form

Action = Callable[[TipService, Actor, int, int], Awaitable[Any]]

ACTIONS: dict[str, Action] = {
    "claim": lambda t, a, i, _o: t.claim(a, i),
    "release": lambda t, a, i, _o: t.release(a, i),
    "ask": lambda t, a, i, _o: t.ask(a, i, "Which city?"),
    "accept": lambda t, a, i, _o: t.accept(a, i),
    "reject": lambda t, a, i, _o: t.reject(a, i, "no evidence"),
    "duplicate": lambda t, a, i, o: t.mark_duplicate(a, i, o),
    "void": lambda t, a, i, _o: t.void(a, i, "mistake"),
    "note": lambda t, a, i, _o: t.note(a, i, "checking"),
    "set": lambda t, a, i, _o: t.set_status(a, i, "rejected", "no evidence"),
    "queue": lambda t, a, _i, _o: t.queue(a),
    "show": lambda t, a, i, _o: t.show(a, i),
    "draft": lambda t, a, i, _o: t.draft_from_tip(a, i),
}


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("name", list(ACTIONS))
async def test_privileged_action_at_every_level(tips: TipService, name: str, level: Level) -> None:
    tip_id = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    other = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    mod = Actor(user_id=1, level=Level.MODERATOR)
    # Put the tip where the action is allowed, so only the level decides.
    if name == "release":
        await tips.claim(mod, tip_id)
    if name == "draft":
        await tips.accept(mod, tip_id)
    actor = Actor(user_id=99, level=level)
    if level < Level.MODERATOR:
        with pytest.raises(PermissionDenied, match="moderator"):
            await ACTIONS[name](tips, actor, tip_id, other)
        detail = await tips.show(mod, tip_id)
        assert all(e.actor_id != 99 for e in detail.events)
    else:
        await ACTIONS[name](tips, actor, tip_id, other)
