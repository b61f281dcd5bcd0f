"""The tip flow from the tipster's side, against a moderator or a bystander trying to learn who they are.

An error never hands the tipster a reference to pass on; a preview files once however its buttons
are pressed; and every reply of the flow is ephemeral, so nothing a tipster types or is told reaches
a channel.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
REF = re.compile(r"\bref\b|reference|[0-9A-F]{6}", re.IGNORECASE)


def _receipt(text: str) -> str:
    return re.search(r"`([a-z ]+)`", text).group(1)  # type: ignore[union-attr]


async def _preview(env: DiscordEnv, by: str = "alice", **fields: str) -> InteractionHandle:
    h = await env.slash("tip new", by=by)
    return await h.submit({"what": WHAT, "vendor": "Acme Vision"} | fields)


def _assert_untraceable(text: str) -> None:
    assert "went wrong" in text
    assert not REF.search(text), text
    assert "moderator" not in text.lower(), text


@pytest.mark.allow_error_logs
async def test_an_error_in_the_tip_flow_gives_no_reference_to_pass_on(
    start_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)

    async def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(env.app.tips, "status_by_receipt", broken)
    monkeypatch.setattr(env.app.tips, "file_tip", broken)
    status = await (await env.slash("tip status", by="alice", receipt="a b c d e f")).followup(1)
    _assert_untraceable(status.text())
    send = await (await _preview(env)).click("Send anonymously")
    _assert_untraceable((await send.followup(1)).text())
    # Outside the tip flow the reference stays (it helps moderators find a bug).
    monkeypatch.setattr(env.app, "ask", broken)
    asked = await (await env.slash("ask", by="alice", question="who sells spyware?")).followup(1)
    assert "ref " in asked.text()
