"""The tip flow from the tipster's side, against a moderator or a bystander trying to learn who they are.

An error never hands the tipster a reference to pass on; a preview files once however its buttons
are pressed; and every reply of the flow is ephemeral, so nothing a tipster types or is told reaches
a channel.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.permissions import Actor, Level
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import EPHEMERAL, InteractionHandle
from tests.support.tipping import send_tip

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


async def _tips_in_database(env: DiscordEnv) -> list[tuple[bool, int | None]]:
    from sqlmodel import select

    from bot.store.tables.tips import Tip

    async with env.app.db.sessions() as session:
        return list((await session.exec(select(Tip.anonymous, Tip.reporter_id))).all())


async def test_pressing_both_send_buttons_of_one_preview_files_once(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, tip_max_open_per_member=0)
    preview_handle = await _preview(env)
    preview = await preview_handle.reply()
    # Two presses arrive before either is answered (the second on the still-enabled buttons).
    first = await preview_handle.click("Send anonymously", message=preview)
    second = await preview_handle.click("Send, moderators may contact me", message=preview)
    update = await first.response()
    assert update.type == 7 and all(b.get("disabled") for b in update.data["components"][0]["components"])
    receipt = await first.reply_where(lambda r: "receipt" in r.text().lower())
    assert _receipt(receipt.text())
    refused = await second.followup(1)
    assert refused.ephemeral and "already sent" in refused.text()
    assert await _tips_in_database(env) == [(True, None)], "a second copy (with the member's id) was filed"


def assert_private(handle: InteractionHandle) -> None:
    """Every answer to this interaction reached only the member: ephemeral responses, defers,
    follow-ups, and updates only of messages that were themselves ephemeral."""
    what = handle.describe()
    for callback in handle.callbacks:
        if callback.type in (4, 5):  # a message, or "thinking…" that becomes one
            assert int(callback.data.get("flags") or 0) & EPHEMERAL, f"public reply to {what}"
        elif callback.type in (6, 7):  # an update of the message the component is on
            assert handle.original is not None
            assert int(handle.original.get("flags") or 0) & EPHEMERAL, f"{what} updates a public message"
        else:
            assert callback.type == 9, f"unexpected callback {callback.type} to {what}"  # a modal
    for followup in handle.followups:
        assert int(followup.get("flags") or 0) & EPHEMERAL, f"public follow-up to {what}"


async def test_every_reply_of_the_tip_flow_is_ephemeral(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    flow: list[InteractionHandle] = []
    new = await env.slash("tip new", by="alice")
    flow.append(new)
    too_short = await new.submit({"what": "short"})  # the form refused: says what to fix
    flow.append(too_short)
    assert "fix" in (await too_short.reply()).text()
    edit = await too_short.click("Edit")
    flow.append(edit)
    preview_handle = await edit.submit({"what": WHAT, "vendor": "Acme Vision"})
    flow.append(preview_handle)
    await preview_handle.reply()
    extra = await preview_handle.click("Add anything else")
    flow.append(extra)
    with_extra = await extra.submit({"extra": "Seen at the ministry."})
    flow.append(with_extra)
    tip = await send_tip(with_extra)
    flow.append(tip.press)
    receipt, public_id = tip.receipt, tip.public_id
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    # The question is stored once the card is refreshed (the moderator's answer): before that the
    # tipster's status would not show it, and a reply would race the ask's own status change.
    await (await ask.submit({"text": "Which city?"}, by="mo")).reply()
    unknown = "wrong words here and there too"  # not a receipt: refused
    # (command, options, what the tipster reads, refused: read in an error follow-up, not the answer).
    # Refused is said by the step, never read off the receipt: "wrong" is a receipt word too.
    for command, options, shown, refused in (
        ("tip status", {"receipt": receipt}, "Which city?", False),
        ("tip reply", {"receipt": receipt, "text": "The capital."}, "your answer was added", False),
        ("tip status", {"receipt": unknown}, "receipt", True),
        ("tip reply", {"receipt": unknown, "text": "x"}, "receipt", True),
    ):
        handle = await env.slash(command, by="alice", **options)
        flow.append(handle)
        await handle.response()
        said = await (handle.followup(1) if refused else handle.reply())
        assert shown in said.text(), f"/{command}: {said.text()}"
    in_dm = await env.slash("tip new", by="alice")  # a second preview, cancelled
    flow.append(in_dm)
    cancel_from = await in_dm.submit({"what": WHAT})
    flow.append(cancel_from)
    cancelled = await cancel_from.click("Cancel")
    flow.append(cancelled)
    await cancelled.reply()
    for handle in flow:
        assert_private(handle)


async def test_times_shown_to_moderators_and_in_exports_are_to_the_hour(start_bot: Any) -> None:
    """A card, /triage show, the queue and the exports never show a tip's minute or second: with
    them a moderator could line the tip up with who was active in the server at that moment."""
    from datetime import UTC, datetime

    from bot.clock import FakeClock

    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.app.clock = FakeClock(datetime(2026, 12, 3, 10, 37, 42, 123456, tzinfo=UTC))
    assert env.app.tips.clock is env.app.clock  # the tip service is built on first use
    public_id = (await send_tip(await _preview(env))).public_id
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    assert card.embed["timestamp"].startswith("2026-12-03T10:00:00"), card.embed["timestamp"]
    detail = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    assert "10:00" in detail.text() and "10:37" not in detail.text()
    assert detail.embed["timestamp"].startswith("2026-12-03T10:00:00")
    [record] = await env.app.tips.export_tips()
    assert record["created_at"] == "2026-12-03T10:00:00+00:00"
    cora = Actor(user_id=5, level=Level.COORDINATOR)  # the own view lists tips (a kept copy counts them)
    report = await env.app.summary.report("2026-W49", actor=cora, verbatim=True)
    assert "2026-12-03T10:00+00:00" in report.csv and ":37" not in report.csv
    everything = repr([r.json for r in env.fake.requests if r.json is not None])
    assert "10:37" not in everything and "T10:37" not in everything


async def test_a_refused_form_quotes_the_member_inertly(start_bot: Any) -> None:
    """The form's error quotes the link's host as typed: it must not pose as markup to the tipster."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    refused = await (await _preview(env, source="https://**urgent**||x||")).reply()
    quoted = refused.text().split("Source or evidence link**: ", 1)[1]
    assert "urgent" in quoted and "**urgent" not in quoted and "||x" not in quoted, quoted
