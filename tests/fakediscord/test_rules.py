"""The loopback Discord refuses what Discord refuses beyond its schema, with Discord's error and body.

Each test sends the bad request itself (raw HTTP, as a buggy bot would) and checks three things: the
status and JSON error Discord answers, that the refusal is recorded, and that an unexpected one
fails the test (it lands in `fake.problems`). The rules and their public references are the
OVERRIDES table in tests/fakediscord/rules.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.fakediscord import FakeDiscord
from tests.fakediscord.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionHandle,
)
from tests.fakediscord.rules import OVERRIDES, TOKEN_LIFETIME

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"


async def call(fake: FakeDiscord, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    if isinstance(body, dict) and ("content" in body or "embeds" in body) and body.get("type") is None:
        body = {**body, "allowed_mentions": NO_PINGS}  # only the rule under test is broken
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "content" in body["data"]:
        body = {**body, "data": {**body["data"], "allowed_mentions": NO_PINGS}}
    headers = {"Authorization": f"Bot {fake.world.token}"}
    async with (
        aiohttp.ClientSession() as session,
        session.request(method, f"{fake.base_url}/api/v10{path}", json=body, headers=headers) as resp,
    ):
        return resp.status, (await resp.json() if resp.status != 204 else None)


def handle_for(fake: FakeDiscord, kind: int, *, message: dict[str, Any] | None = None) -> InteractionHandle:
    """An interaction Discord "sent" (registered with the fake, no bot needed to answer it)."""
    data: dict[str, Any] = {"id": "1", "name": "x", "type": 1, "custom_id": "c", "component_type": 2}
    actor = fake.world.members["alice"]
    payload = fake.interaction_payload(kind, data, by=actor, dm=False, channel="general", message=message)
    handle = InteractionHandle(fake, payload, actor)
    fake.interactions[handle.token] = handle
    return handle


def callback_path(handle: InteractionHandle) -> str:
    return f"/interactions/{handle.id}/{handle.token}/callback"


def webhook_path(fake: FakeDiscord, handle: InteractionHandle, tail: str = "") -> str:
    return f"/webhooks/{fake.world.application_id}/{handle.token}{tail}"


def general(fake: FakeDiscord) -> str:
    return f"/channels/{fake.world.channel_id('general')}/messages"


def refused_as(fake: FakeDiscord, rule: str, status: int, body: Any, want_status: int, code: int) -> None:
    assert status == want_status, body
    assert body["code"] == code, body
    assert fake.refused(rule), f"{rule} not recorded; refusals: {[r.rule for r, _ in fake.refusals]}"
    assert rule in OVERRIDES


def unexpected_fails_the_test(fake: FakeDiscord, rule: str) -> None:
    """Without `expect`, the refusal is a problem the fixture fails the test on; then clean up."""
    assert any(f"({rule}," in p for p in fake.problems), fake.problems
    fake.problems.clear()


NO_PINGS = {"parse": []}
FIELD = {"name": "n", "value": "v"}
FIELD_EMBED = {"title": "card", "fields": [FIELD]}


@pytest.mark.parametrize(
    ("rule", "body", "where"),
    [
        ("content_max", {"content": "x" * 2001}, ["content"]),
        (
            "embed_total",
            {"embeds": [{"description": "d" * 4000}, {"description": "e" * 2001}]},
            ["embeds"],
        ),
        ("field_value_empty", {"embeds": [{"title": "t", "fields": [{"name": "n", "value": ""}]}]}, None),
        (
            "action_rows_max",
            {
                "components": [
                    {"type": 1, "components": [{"type": 2, "style": 1, "label": "b", "custom_id": f"b{i}"}]}
                    for i in range(6)
                ]
            },
            ["components"],
        ),
        (
            "custom_id_unique",
            {
                "components": [
                    {
                        "type": 1,
                        "components": [
                            {"type": 2, "style": 1, "label": "a", "custom_id": "same"},
                            {"type": 2, "style": 1, "label": "b", "custom_id": "same"},
                        ],
                    }
                ]
            },
            None,
        ),
        (
            "link_button",
            {
                "components": [
                    {
                        "type": 1,
                        "components": [
                            {"type": 2, "style": 5, "label": "a", "url": "https://e.org", "custom_id": "x"}
                        ],
                    }
                ]
            },
            None,
        ),
        (
            "link_button",
            {"components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "no id"}]}]},
            None,
        ),
    ],
)
async def test_channel_message_breaking_a_rule_gets_invalid_form_body(
    fake_discord: FakeDiscord, rule: str, body: dict[str, Any], where: list[str] | None
) -> None:
    status, answer = await call(
        fake_discord, "POST", general(fake_discord), body | {"allowed_mentions": NO_PINGS}
    )
    refused_as(fake_discord, rule, status, answer, 400, 50035)
    assert answer["message"] == "Invalid Form Body"
    node = answer["errors"]
    for part in where or []:
        node = node[part]
    assert "_errors" in node or where is None
    assert fake_discord.channel_messages("general") == []  # nothing was posted
    unexpected_fails_the_test(fake_discord, rule)


async def test_edit_and_webhook_routes_apply_the_same_rules(fake_discord: FakeDiscord) -> None:
    fake_discord.expect("content_max", "embed_total")
    status, posted = await call(fake_discord, "POST", general(fake_discord), {"content": "ok"})
    assert status == 200
    status, answer = await call(
        fake_discord, "PATCH", f"{general(fake_discord)}/{posted['id']}", {"content": "y" * 2500}
    )
    refused_as(fake_discord, "content_max", status, answer, 400, 50035)
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    await call(fake_discord, "POST", callback_path(handle), {"type": 5})
    embeds = [{"description": "d" * 4096}, {"description": "d" * 1905}]
    status, answer = await call(
        fake_discord, "PATCH", webhook_path(fake_discord, handle, "/messages/@original"), {"embeds": embeds}
    )
    refused_as(fake_discord, "embed_total", status, answer, 400, 50035)
    assert fake_discord.problems == []  # expected refusals are answered, not failed


async def test_exactly_at_the_limits_is_accepted(fake_discord: FakeDiscord) -> None:
    embeds = [{"description": "d" * 4096}, {"title": "t" * 256, "description": "e" * 1648}]
    status, _ = await call(
        fake_discord, "POST", general(fake_discord), {"content": "c" * 2000, "embeds": embeds}
    )
    assert status == 200 and fake_discord.refusals == []


async def test_empty_message_is_refused_with_50006(fake_discord: FakeDiscord) -> None:
    status, answer = await call(fake_discord, "POST", general(fake_discord), {"content": "   "})
    refused_as(fake_discord, "empty_message", status, answer, 400, 50006)
    unexpected_fails_the_test(fake_discord, "empty_message")


async def test_an_edit_that_would_leave_a_message_empty_is_refused_with_50006(
    fake_discord: FakeDiscord,
) -> None:
    """Every edit route: the message keeps what the edit leaves out, so only the result counts."""
    fake = fake_discord
    status, posted = await call(fake, "POST", general(fake), {"content": "only text"})
    path = f"{general(fake)}/{posted['id']}"
    for emptying in ({"content": ""}, {"content": None}, {"content": "  ", "embeds": [], "components": []}):
        status, answer = await call(fake, "PATCH", path, emptying)
        refused_as(fake, "empty_edit", status, answer, 400, 50006)
        assert answer == {"message": "Cannot send an empty message", "code": 50006}
    assert fake.channel_messages("general")[0].content == "only text"  # unchanged
    unexpected_fails_the_test(fake, "empty_edit")

    fake.expect("empty_edit")
    handle = handle_for(fake, APPLICATION_COMMAND)
    await call(fake, "POST", callback_path(handle), {"type": 4, "data": {"content": "answer"}})
    assert handle.original is not None
    for where in ("/messages/@original", f"/messages/{handle.original['id']}"):
        status, answer = await call(fake, "PATCH", webhook_path(fake, handle, where), {"content": ""})
        refused_as(fake, "empty_edit", status, answer, 400, 50006)
    clicked = handle_for(fake, MESSAGE_COMPONENT, message=posted)
    status, answer = await call(fake, "POST", callback_path(clicked), {"type": 7, "data": {"content": ""}})
    refused_as(fake, "empty_edit", status, answer, 400, 50006)
    assert not clicked.callbacks  # not acknowledged: the member sees "interaction failed"
    assert len(fake.refused("empty_edit")) == 6 and fake.problems == []


async def test_an_edit_that_keeps_something_to_show_is_accepted(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    status, posted = await call(fake, "POST", general(fake), {"content": "text", "embeds": [FIELD_EMBED]})
    path = f"{general(fake)}/{posted['id']}"
    status, _ = await call(fake, "PATCH", path, {"content": ""})  # the embed stays
    assert status == 200
    status, _ = await call(fake, "PATCH", path, {"flags": 4})  # nothing named: all stays
    assert status == 200
    status, answer = await call(fake, "PATCH", path, {"embeds": None})  # now nothing would
    refused_as(fake, "empty_edit", status, answer, 400, 50006)
    unexpected_fails_the_test(fake, "empty_edit")


async def test_autocomplete_choice_value_over_100_is_refused(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, AUTOCOMPLETE)
    body = {"type": 8, "data": {"choices": [{"name": "ok", "value": "v" * 101}]}}
    status, answer = await call(fake_discord, "POST", callback_path(handle), body)
    refused_as(fake_discord, "choice_value_max", status, answer, 400, 50035)
    assert answer["errors"]["data"]["choices"]["0"]["value"]["_errors"]
    assert handle.callbacks == []  # not acknowledged: the member's menu shows nothing
    unexpected_fails_the_test(fake_discord, "choice_value_max")


MODAL_INPUT = {"type": 1, "components": [{"type": 4, "custom_id": "t", "style": 1, "label": "L"}]}


@pytest.mark.parametrize(
    ("kind", "callback", "from_message"),
    [
        (
            MODAL_SUBMIT,
            {"type": 9, "data": {"custom_id": "m", "title": "T", "components": [MODAL_INPUT]}},
            True,
        ),
        (APPLICATION_COMMAND, {"type": 7, "data": {"content": "x"}}, False),
        (APPLICATION_COMMAND, {"type": 6}, False),
        (AUTOCOMPLETE, {"type": 4, "data": {"content": "x"}}, False),
        (MODAL_SUBMIT, {"type": 7, "data": {"content": "x"}}, False),  # modal opened by a slash command
        (APPLICATION_COMMAND, {"type": 8, "data": {"choices": []}}, False),
    ],
)
async def test_callback_type_must_suit_the_interaction(
    fake_discord: FakeDiscord, kind: int, callback: dict[str, Any], from_message: bool
) -> None:
    message = (
        {"id": "5", "channel_id": str(fake_discord.world.channel_id("general"))} if from_message else None
    )
    handle = handle_for(fake_discord, kind, message=message)
    status, answer = await call(fake_discord, "POST", callback_path(handle), callback)
    refused_as(fake_discord, "callback_type", status, answer, 400, 50035)
    assert "type" in answer["errors"]
    unexpected_fails_the_test(fake_discord, "callback_type")


async def test_update_is_fine_for_a_modal_opened_from_a_message(fake_discord: FakeDiscord) -> None:
    status, posted = await call(fake_discord, "POST", general(fake_discord), {"content": "card"})
    handle = handle_for(fake_discord, MODAL_SUBMIT, message=posted)
    status, _ = await call(
        fake_discord, "POST", callback_path(handle), {"type": 7, "data": {"content": "new"}}
    )
    assert status == 200 and fake_discord.refusals == []


async def test_modal_with_six_components_and_duplicate_ids_is_refused(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    modal = {"custom_id": "m", "title": "T", "components": [MODAL_INPUT] * 6}
    status, answer = await call(fake_discord, "POST", callback_path(handle), {"type": 9, "data": modal})
    refused_as(fake_discord, "modal_components", status, answer, 400, 50035)
    assert fake_discord.refused("custom_id_unique")  # the same input six times
    fake_discord.problems.clear()


async def test_late_first_callback_is_unknown_interaction(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    handle.age(3.5)  # Discord sent it 3.5 s ago; nobody answered
    status, answer = await call(fake_discord, "POST", callback_path(handle), {"type": 5})
    refused_as(fake_discord, "deadline", status, answer, 404, 10062)
    unexpected_fails_the_test(fake_discord, "deadline")


async def test_second_callback_is_40060_and_recorded(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    assert (await call(fake_discord, "POST", callback_path(handle), {"type": 5}))[0] == 200
    status, answer = await call(fake_discord, "POST", callback_path(handle), {"type": 5})
    refused_as(fake_discord, "already_acknowledged", status, answer, 400, 40060)
    unexpected_fails_the_test(fake_discord, "already_acknowledged")


async def test_callback_for_an_unknown_interaction_is_10062(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    status, answer = await call(
        fake_discord, "POST", f"/interactions/{handle.id + 1}/{handle.token}/callback", {"type": 5}
    )
    refused_as(fake_discord, "unknown_interaction", status, answer, 404, 10062)
    unexpected_fails_the_test(fake_discord, "unknown_interaction")


async def test_token_expires_after_15_minutes(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, APPLICATION_COMMAND)
    assert (await call(fake_discord, "POST", callback_path(handle), {"type": 5}))[0] == 200
    handle.age(TOKEN_LIFETIME + 1)
    for method, tail, body in (
        ("POST", "", {"content": "late"}),
        ("PATCH", "/messages/@original", {"content": "late"}),
        ("DELETE", "/messages/@original", None),
    ):
        status, answer = await call(fake_discord, method, webhook_path(fake_discord, handle, tail), body)
        assert (status, answer["code"]) == (401, 50027), (method, tail)
    assert len(fake_discord.refused("token_expired")) == 3
    unexpected_fails_the_test(fake_discord, "token_expired")


async def test_followup_before_any_callback_is_refused(fake_discord: FakeDiscord) -> None:
    handle = handle_for(fake_discord, MESSAGE_COMPONENT)
    status, answer = await call(fake_discord, "POST", webhook_path(fake_discord, handle), {"content": "hi"})
    refused_as(fake_discord, "not_acknowledged", status, answer, 404, 10015)
    unexpected_fails_the_test(fake_discord, "not_acknowledged")


async def test_attachment_over_the_size_limit_is_413(fake_discord: FakeDiscord) -> None:
    form = aiohttp.FormData()
    form.add_field(
        "payload_json",
        '{"content": "file", "allowed_mentions": {"parse": []}}',
        content_type="application/json",
    )
    form.add_field("files[0]", b"\0" * (10 * 1024 * 1024 + 1), filename="big.bin")
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{fake_discord.base_url}/api/v10{general(fake_discord)}",
            data=form,
            headers={"Authorization": f"Bot {fake_discord.world.token}"},
        ) as resp,
    ):
        status, answer = resp.status, await resp.json()
    refused_as(fake_discord, "attachment_size", status, answer, 413, 40005)
    unexpected_fails_the_test(fake_discord, "attachment_size")


def test_every_rule_has_a_reference_and_a_test() -> None:
    """The overrides table is the single list: each entry cites Discord's docs and is exercised here."""
    source = Path(__file__).read_text(encoding="utf-8")
    for rule, override in OVERRIDES.items():
        assert override.reference.startswith("docs/") and override.answer[:3].isdigit(), rule
        assert f'"{rule}"' in source, f"no test provokes {rule}"
