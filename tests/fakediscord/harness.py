"""Start the real bot against a FakeDiscord (used by the test fixtures and the benchmark alike)."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import App
from bot.chat.client import ExportWatchBot, ShardedExportWatchBot, make_bot
from bot.clock import Clock
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import open_database
from tests.fakediscord.interactions import MODAL_SUBMIT, InteractionHandle
from tests.fakediscord.server import FakeDiscord

READY_TIMEOUT = 10.0
_KB_CACHE: dict[Path, KnowledgeService] = {}


async def shared_knowledge(directory: Path) -> KnowledgeService:
    """Knowledge is read-only for chat tests, so parse each directory once per process."""
    if directory not in _KB_CACHE:
        _KB_CACHE[directory] = await KnowledgeService.load(directory)
    return _KB_CACHE[directory]


def settings_for(fake: FakeDiscord, database_url: str, **overrides: Any) -> Settings:
    """Settings matching the fake's guild, ignoring any `.env` on the machine running the tests."""
    values: dict[str, Any] = {**fake.world.settings_overrides(), "database_url": database_url}
    values.setdefault("tip_notice_delay_max_seconds", 0)  # cards at once; the delay is tested in the core
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def build_test_app(
    settings: Settings, *, kb: KnowledgeService | None = None, clock: Clock | None = None
) -> App:
    kb = kb or await shared_knowledge(settings.knowledge_dir)
    db = await open_database(settings.database_url)
    app = App(settings=settings, kb=kb, db=db)
    if clock is not None:
        app.clock = clock
    return app


def routes(bot: ExportWatchBot | ShardedExportWatchBot, payload: dict[str, Any]) -> bool:
    """Whether discord.py in `bot` would hand this press or form to a handler, read the way its
    ViewStore does (discord/ui/view.py: dispatch_view, dispatch_modal): a modal by custom_id; a
    component by a DynamicItem pattern, else by (type, custom_id) on the message or persistently.
    Reads discord.py internals: if they change, this fails loudly rather than waiting on nothing."""
    store = bot._connection._view_store
    data = payload["data"]
    custom_id = str(data["custom_id"])
    if payload["type"] == MODAL_SUBMIT:
        return custom_id in store._modals
    if any(pattern.fullmatch(custom_id) for pattern in store._dynamic_items):
        return True
    key = (int(data["component_type"]), custom_id)
    message_id = int(payload["message"]["id"]) if "message" in payload else None
    return key in store._views.get(message_id, {}) or key in store._views.get(None, {})


@dataclass
class RunningBot:
    bot: ExportWatchBot | ShardedExportWatchBot
    task: asyncio.Task[None]
    ready_seconds: float


@contextlib.asynccontextmanager
async def running_bot(fake: FakeDiscord, app: App, **bot_options: Any) -> AsyncIterator[RunningBot]:
    """The real client, connected to `fake` and READY, closed (gracefully) on exit."""
    bot_options.setdefault("guild_ready_timeout", 0.01)  # one guild, sent right after READY
    bot = make_bot(app, **bot_options)
    token = app.settings.discord_token.get_secret_value() if app.settings.discord_token else ""
    with fake.patch_discord():
        started = time.perf_counter()
        task = asyncio.create_task(bot.start(token))
        ready = asyncio.create_task(bot.ready_event.wait())
        done, _ = await asyncio.wait(
            {task, ready}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            await bot.close()
            if task in done and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
            task.cancel()
            raise AssertionError(f"bot not READY after {READY_TIMEOUT}s; problems: {fake.problems}")
        router = functools.partial(routes, bot)
        fake.routers.append(router)
        try:
            yield RunningBot(bot, task, time.perf_counter() - started)
        finally:
            fake.routers.remove(router)
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError):
                await task


@dataclass
class DiscordEnv:
    """A running bot and the fake it talks to; the `slash`/`autocomplete` shortcuts go to the fake."""

    fake: FakeDiscord
    bot: ExportWatchBot | ShardedExportWatchBot
    app: App

    async def slash(self, name: str, /, **kwargs: Any) -> InteractionHandle:
        return await self.fake.slash(name, **kwargs)

    async def autocomplete(self, name: str, focused: str, /, **kwargs: Any) -> InteractionHandle:
        return await self.fake.autocomplete(name, focused, **kwargs)


StartBot = Callable[..., Awaitable[DiscordEnv]]
