"""The child side of bench/discord_latency.py: FakeDiscord in its own process (the other core),
with a small control API the bot's process drives: fire a burst of member questions, check the
requests' schemas once the burst has settled, report problems. Its timestamps are the bench's clock.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kbeval.blind import TUNE_FILES, load_blind  # noqa: E402
from bench.kbeval.evaluation import load_questions  # noqa: E402
from bot.questions.service import ASK_MAX  # noqa: E402
from tests.fakediscord import FakeDiscord, InteractionHandle  # noqa: E402


def member_questions(seed: int = 15) -> list[str]:
    """Every question of the tune files (blind and eval, never a test set), shuffled: ~1,800 varied
    member-style questions (long, casual, misspelt, other languages, out of scope), so a burst asks
    100 different ones and no cache keyed on the question text can serve the bench's repeats."""
    texts = [q.text for path in TUNE_FILES for q in load_blind(path)]
    texts += [
        q.text for path in sorted((ROOT / "tests" / "kb").glob("eval_*.yaml")) for q in load_questions(path)
    ]
    unique = [t for t in dict.fromkeys(texts) if 0 < len(t.strip()) <= ASK_MAX]
    random.Random(seed).shuffle(unique)
    return unique


# --- the child: FakeDiscord plus a small control API ------------------------------------------
async def burst(fake: FakeDiscord, command: str, n: int, questions: Iterator[str]) -> dict[str, Any]:
    """n concurrent invocations; latencies in ms to the callback and to the final answer."""

    def options() -> dict[str, str]:
        return {"question": next(questions)} if command == "ask" else {}

    fake.defer_validation = True  # schema checks wait for `/check`, after the bot has settled
    first = len(fake.requests)
    cpu = time.process_time()
    handles: list[InteractionHandle] = await asyncio.gather(
        *(fake.slash(command, by="alice", **options()) for _ in range(n))
    )
    results = await asyncio.gather(*(h.reply(within=30) for h in handles), return_exceptions=True)
    fake_cpu = time.process_time() - cpu
    edits: dict[str, float] = {}  # token -> the last edit of its reply so far
    for r in fake.requests[first:]:
        token = r.params.get("webhook_token")
        if r.method == "PATCH" and token is not None:
            edits[token] = r.at
    callbacks, finals, stamps, errors = [], [], [], 0
    for handle, result in zip(handles, results, strict=True):
        if isinstance(result, BaseException) or not handle.callbacks:
            errors += 1
            continue
        callback = handle.callbacks[0].at
        final = edits.get(handle.token, callback)
        callbacks.append((callback - handle.dispatched_at) * 1000)
        finals.append((final - handle.dispatched_at) * 1000)
        stamps.append((handle.token, handle.dispatched_at, callback, final))
    return {
        "callbacks": callbacks,
        "finals": finals,
        "errors": errors,
        "stamps": stamps,
        "fake_cpu": fake_cpu,
    }


async def serve_fake() -> None:
    questions = itertools.cycle(member_questions())  # drawn in turn, across bursts
    fake = await FakeDiscord().start()

    async def world(_: web.Request) -> web.Response:
        overrides = fake.world.settings_overrides()
        return web.json_response({"settings": overrides, "base": fake.base_url, "gateway": fake.gateway_url})

    async def run_burst(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response(await burst(fake, body["command"], body["n"], questions))

    async def check(_: web.Request) -> web.Response:
        fake.check_deferred()  # the last burst's requests, its tail included, off the clock
        return web.json_response({})

    async def state(_: web.Request) -> web.Response:
        fake.check_deferred()
        return web.json_response(
            {
                "problems": fake.problems,
                "commands": [c["name"] for c in fake.commands.get(fake.world.guild_id, [])],
            }
        )

    app = web.Application()
    app.router.add_get("/world", world)
    app.router.add_post("/burst", run_burst)
    app.router.add_get("/state", state)
    app.router.add_post("/check", check)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(site._server.sockets[0].getsockname()[1], flush=True)  # type: ignore[union-attr]
    await asyncio.Event().wait()
