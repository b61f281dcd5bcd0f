"""Property-based input through the loopback Discord: every registered command, option, autocomplete
and modal field gets hostile text within the limits the bot declared (Discord enforces those).

For each example the bot must answer (a message, a defer that is then filled, a modal, or choices),
every request it made must be valid per Discord's OpenAPI spec with mentions switched off (the
fake checks), and nothing may be logged at ERROR. Commands are discovered from what the bot
registered, so a new command or option is fuzzed without touching this file.

Profiles: the quick one (CI, the default) draws 25 examples across everything. The deep one,
`FUZZ_PROFILE=deep python3 -m pytest -q -s tests/fuzz/test_fuzz_discord.py`, runs FUZZ_EXAMPLES
(default 1000) examples for *each* target: every command form, every autocomplete option, and
every modal (all of its fields filled in each example); it prints one `FUZZ` line per target with the
examples it ran (tests/fuzz/profile.py fails a target that ran fewer).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ErrorLogCapture
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    DEFERRED_CHANNEL_MESSAGE,
    LOADING,
    MODAL,
    InteractionHandle,
)
from tests.fakediscord.options import (
    ATTACHMENT,
    BOOLEAN,
    CHANNEL,
    INTEGER,
    MENTIONABLE,
    NUMBER,
    ROLE,
    STRING,
    SUB_COMMAND,
    SUB_COMMAND_GROUP,
    USER,
    command_data,
)
from tests.fuzz.profile import DEADLINE, DEEP, FUZZ, Tally, on_this_loop
from tests.fuzz.strategies import within

PEOPLE = ["alice", "mo", "cora", "ada"]
TRACEBACK = re.compile(r'Traceback \(most recent call last\)|File "[^"]*", line \d+')
REPLY_WITHIN = 10.0


def leaves(command: dict[str, Any]) -> list[tuple[list[str], list[dict[str, Any]]]]:
    """(subcommand path, options) for every invocable form of a top-level command."""
    options = command.get("options") or []
    subs = [o for o in options if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)]
    if not subs:
        return [([], options)]
    out = []
    for sub in subs:
        for path, opts in leaves(sub):
            out.append(([sub["name"], *path], opts))
    return out


def value_for(option: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    if option.get("choices"):
        return st.sampled_from([c["value"] for c in option["choices"]])
    kind = option["type"]
    if kind == STRING:
        return within(int(option.get("max_length", 6000)), min_size=max(int(option.get("min_length", 0)), 1))
    if kind in (INTEGER, NUMBER):
        low, high = option.get("min_value", -(2**53)), option.get("max_value", 2**53)
        return st.integers(int(low), int(high))
    if kind == BOOLEAN:
        return st.booleans()
    if kind in (USER, MENTIONABLE):
        return st.sampled_from(PEOPLE)
    if kind == CHANNEL:
        return st.sampled_from(["general", "review", "summary"])
    if kind == ROLE:
        return st.sampled_from(["member", "moderator"])
    return None  # attachments: not text


Target = tuple[dict[str, Any], list[str], list[dict[str, Any]], str | None]


def targets(commands: list[dict[str, Any]]) -> list[Target]:
    """(command, subcommand path, options, focused option or None): what the deep profile covers."""
    out: list[Target] = []
    for command in commands:
        for path, options in leaves(command):
            out.append((command, path, options, None))
            out += [(command, path, options, o["name"]) for o in options if o.get("autocomplete")]
    return out


def label(target: Target | None) -> str:
    if target is None:
        return "every command, option and autocomplete"
    command, path, _options, focused = target
    return "/" + " ".join([command["name"], *path]) + (f" (autocomplete {focused})" if focused else "")


@st.composite
def invocation(
    draw: st.DrawFn, commands: list[dict[str, Any]], target: Target | None = None
) -> tuple[str, dict[str, Any], str | None]:
    if target is None:
        command = draw(st.sampled_from(commands))
        path, options = draw(st.sampled_from(leaves(command)))
        autocomplete = [o for o in options if o.get("autocomplete")]
        focused = (
            draw(st.sampled_from(autocomplete))["name"] if autocomplete and draw(st.booleans()) else None
        )
    else:
        command, path, options, focused = target
    values: dict[str, Any] = {}
    for option in options:
        strategy = value_for(option)
        if option["type"] == ATTACHMENT or strategy is None:
            continue
        if option["name"] == focused:
            values[option["name"]] = draw(within(int(option.get("max_length", 100))))
        elif option.get("required") or draw(st.booleans()):
            values[option["name"]] = draw(strategy)
    return " ".join([command["name"], *path]), values, focused


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in strings(item)] if isinstance(value, list) else []


class Checkpoint:
    """Where the fake's requests and problems and the ERROR records stood when an example began.

    Each example is judged on what it caused: they accumulate over a run, and judged whole, every
    example after a failing one fails too, so hypothesis would "shrink" to whatever ran next.
    """

    def __init__(self, fake: Any, error_logs: ErrorLogCapture) -> None:
        self.fake, self.error_logs = fake, error_logs
        self.requests, self.problems = len(fake.requests), len(fake.problems)
        self.errors = len(error_logs.records)

    def check(self) -> None:
        """Every request valid, nothing logged at ERROR, no traceback shown: since the checkpoint."""
        problems = self.fake.problems[self.problems :]
        assert not problems, problems
        errors = self.error_logs.records[self.errors :]
        assert not errors, "\n".join(logging.Formatter().format(record) for record in errors)
        no_traceback_shown(self.fake, self.requests)


def no_traceback_shown(fake: Any, since: int) -> None:
    """Nothing the bot sent after request number `since` shows a traceback: an error is one polite
    line with a reference (the traceback goes to the log, which the ERROR check covers)."""
    for request in fake.requests[since:]:
        shown = next((text for text in strings(request.json) if TRACEBACK.search(text)), None)
        assert shown is None, f"{request.method} {request.path} shows a traceback: {shown[:300]}"


def text_inputs(modal: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for component in modal.get("components") or []:
        children = component.get("components") or [component.get("component") or {}]
        found += [c for c in children if c.get("type") == 4]
    return found


async def answered_after_defer(handle: InteractionHandle) -> None:
    """A deferred command answers by editing "thinking..." or with a follow-up (which Discord shows
    in its place); either will do."""
    for _ in range(int(REPLY_WITHIN / 0.02)):
        original = handle.original or {}
        if handle.followups or (original and not int(original.get("flags") or 0) & LOADING):
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"no answer after the defer to {handle.describe()}")


async def answer(env: DiscordEnv, name: str, values: dict[str, Any], focused: str | None, by: str) -> None:
    # Built here rather than with env.slash(), whose own `name` parameter would clash with /vendor's.
    parts = name.split()
    data = command_data(env.fake, env.fake.command(parts[0]), parts[1:], values, focused=focused)
    if focused is not None:
        choices = await (await env.fake.interact(AUTOCOMPLETE, data, by=by)).choices(within=REPLY_WITHIN)
        assert len(choices) <= 25
        return
    handle = await env.fake.interact(APPLICATION_COMMAND, data, by=by)
    callback = await handle.response(within=REPLY_WITHIN)
    if callback.type == DEFERRED_CHANNEL_MESSAGE:
        await answered_after_defer(handle)
    if callback.type == MODAL:
        modal = callback.data
        filled = {}
        for item in text_inputs(modal):
            limit = int(item.get("max_length", 4000))
            filled[item["custom_id"]] = ("Fuzzed text " * 40)[: max(limit, 1)]
        submitted = await handle.submit(filled)
        await submitted.response(within=REPLY_WITHIN)


async def test_every_command_survives_hostile_input(
    discord_env: DiscordEnv, error_logs: ErrorLogCapture
) -> None:
    fake = discord_env.fake
    fake.response_deadline = DEADLINE
    commands = [c for c in fake.commands.get(fake.world.guild_id, []) if c.get("type", 1) == 1]
    assert {"ask", "search", "vendor"} <= {c["name"] for c in commands}

    async def example(call: tuple[str, dict[str, Any], str | None], by: str) -> None:
        name, values, focused = call
        checkpoint = Checkpoint(fake, error_logs)
        await answer(discord_env, name, values, focused, by)
        checkpoint.check()

    on_loop = on_this_loop(example)

    for target in targets(commands) if DEEP else [None]:
        tally = Tally(label(target))
        await asyncio.to_thread(tally.run, command_examples(commands, target, tally, on_loop))


def command_examples(
    commands: list[dict[str, Any]], target: Target | None, tally: Tally, on_loop: Callable[..., None]
) -> Callable[[], None]:
    @FUZZ
    @given(call=invocation(commands, target), by=st.sampled_from(PEOPLE))
    def run(call: tuple[str, dict[str, Any], str | None], by: str) -> None:
        on_loop(call, by)
        tally.ran += 1

    return run


async def test_modal_fields_survive_hostile_input(
    discord_env: DiscordEnv, error_logs: ErrorLogCapture
) -> None:
    """Every text input of every modal a command opens, filled with hostile text within its limits."""
    fake = discord_env.fake
    fake.response_deadline = DEADLINE
    opened: list[tuple[str, dict[str, Any]]] = []
    for command in fake.commands.get(fake.world.guild_id, []):
        for path, options in leaves(command):
            if any(o.get("required") for o in options):
                continue
            name = " ".join([command["name"], *path])
            callback = await (await discord_env.slash(name, by="ada")).response(within=REPLY_WITHIN)
            if callback.type == MODAL:
                opened.append((name, callback.data))
    if not opened:
        pytest.skip("no command opens a modal yet (the tips cog is not registered)")

    async def example(name: str, values: dict[str, str]) -> None:
        checkpoint = Checkpoint(fake, error_logs)
        handle = await discord_env.slash(name, by="alice")
        submitted = await handle.submit(values)
        await submitted.response(within=REPLY_WITHIN)
        checkpoint.check()

    on_loop = on_this_loop(example)

    for choices in [[pick] for pick in opened] if DEEP else [opened]:
        tally = Tally("modal of /" + " / ".join(name for name, _ in choices))
        await asyncio.to_thread(tally.run, modal_examples(choices, tally, on_loop))


def modal_examples(
    choices: list[tuple[str, dict[str, Any]]], tally: Tally, on_loop: Callable[..., None]
) -> Callable[[], None]:
    @FUZZ
    @given(pick=st.sampled_from(choices), data=st.data())
    def run(pick: tuple[str, dict[str, Any]], data: st.DataObject) -> None:
        name, modal = pick
        values = {
            item["custom_id"]: data.draw(
                within(int(item.get("max_length", 4000)), min_size=int(item.get("min_length", 0)))
            )
            for item in text_inputs(modal)
        }
        on_loop(name, values)
        tally.ran += 1

    return run
