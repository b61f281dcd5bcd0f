"""PostgreSQL stopped mid-run: members get a clear "try again shortly", the bot stays up, and it
recovers by itself when the database returns (no restart).

Needs PostgreSQL binaries, so it runs only in the PostgreSQL pass (TEST_DATABASE_URL set, as
.ci/run does). It starts its own throwaway cluster on another port with
scripts/throwaway-postgres.sh, so the shared test server is never disturbed. Slow (~10 s: initdb).
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App
from tests.dbfixtures import postgres_admin_url
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import DiscordEnv, build_test_app, running_bot, settings_for
from tests.fakediscord.interactions import InteractionHandle

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "throwaway-postgres.sh"
QUESTION = "Which rules control exports of spyware from the EU?"
TIP = {
    "what": "A monitoring centre contract was signed with the interior ministry last spring.",
    "vendor": "Acme Vision",
    "country": "Examplestan",
    "when": "2025",
    "source": "",
}

pytestmark = pytest.mark.skipif(
    postgres_admin_url() is None, reason="PostgreSQL outage test runs only with TEST_DATABASE_URL set"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        self.parent = Path(tempfile.mkdtemp(prefix="ew-outage-"))
        self.parent.chmod(0o755)  # as root the cluster runs as `postgres`, which must reach it
        self.dir = self.parent / "pg"
        self.port = free_port()
        self.url = ""

    def run(self, action: str) -> str:
        args = ["bash", str(SCRIPT), action, str(self.dir)] + ([str(self.port)] if action == "start" else [])
        done = subprocess.run(args, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def start(self) -> None:
        self.url = self.run("start")

    def stop(self) -> None:
        self.run("stop")


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    if shutil.which("pg_ctl") is None and not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        pytest.skip("PostgreSQL binaries (pg_ctl, initdb) are not installed")
    c = Cluster()
    c.start()
    try:
        yield c
    finally:
        c.stop()
        shutil.rmtree(c.parent, ignore_errors=True)


async def any_text(handle: InteractionHandle, within: float = 10.0) -> str:
    """The member-visible outcome of an interaction: its first follow-up or its edited reply."""
    for _ in range(int(within / 0.05)):
        if handle.followups:
            return handle.fake.reply_for(handle.followups[0]).text()
        original = handle.original or {}
        if handle.callbacks and original.get("edited_timestamp") and handle.original_is_response is False:
            return handle.fake.reply_for(original).text()
        if handle.callbacks and handle.callbacks[0].type == 4:
            return handle.fake.reply_for(original).text()
        if handle.callbacks and handle.callbacks[0].type == 5 and not int(original.get("flags") or 0) & 128:
            return handle.fake.reply_for(original).text()
        await asyncio.sleep(0.05)
    raise AssertionError(f"no answer to {handle.describe()}")


async def preview(env: DiscordEnv) -> InteractionHandle:
    opened = await env.slash("tip new", by="alice")
    return await opened.submit(TIP)


async def test_database_outage_is_polite_and_the_bot_recovers(
    fake_discord: FakeDiscord, cluster: Cluster
) -> None:
    settings = settings_for(fake_discord, cluster.url, knowledge_dir=ROOT / "knowledge")
    app = await build_test_app(settings)
    try:
        async with running_bot(fake_discord, app) as running:
            await outage_and_recovery(DiscordEnv(fake_discord, running.bot, app), app, cluster)
    finally:
        await app.close()


async def outage_and_recovery(env: DiscordEnv, app: App, cluster: Cluster) -> None:
    # Sanity: everything works while the database is up.
    first = await (await env.slash("ask", question=QUESTION)).reply()
    assert first.text()

    await asyncio.to_thread(cluster.stop)

    # /ask still answers from knowledge (only the question log and the rating buttons are lost).
    # The public answer does not wait for the log write; the note follows by an edit once it fails.
    asked = await env.slash("ask", question=QUESTION)
    down_ask = await asked.reply_where(lambda r: "rating unavailable" in r.text(), within=20)
    assert "rating unavailable" in down_ask.text()
    # Filing a tip says so clearly and loses nothing the member typed (the preview stays usable).
    shown = await preview(env)
    await shown.reply()
    send = await shown.click("Send anonymously")
    said = (await send.followup(1, within=10)).text()
    lowered = said.lower()
    assert "try again" in lowered and ("unavailable" in lowered or "cannot be reached" in lowered)
    assert "ref " not in said  # an expected outage, not an unexpected error with a reference

    await asyncio.to_thread(cluster.start)

    # No restart: the same bot files the tip and logs questions again.
    again = await shown.click("Send anonymously")
    receipt = (await again.reply_where(lambda r: "receipt" in r.text().lower(), within=10)).text()
    assert "TIP-" in receipt or "receipt" in receipt.lower(), receipt
    exported = await app.tips.export_tips()
    assert [t["what"] for t in exported] == [TIP["what"]]
    outcome = await app.ask(QUESTION)
    assert outcome.question_id is not None
