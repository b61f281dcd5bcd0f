"""Acting as members: slash commands, autocomplete, button clicks, modal submits and messages.

Mixed into FakeDiscord; each helper builds the payload Discord would send, dispatches it on the
gateway and returns an `InteractionHandle` for the bot's answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from tests.fakediscord.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    DEFAULT_TIMEOUT,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionHandle,
    modal_submission,
)
from tests.fakediscord.messages import MessageStore
from tests.fakediscord.options import command_data
from tests.fakediscord.rules import ATTACHMENT_SIZE_LIMIT
from tests.fakediscord.world import FakeMember, FakeUser, World

if TYPE_CHECKING:
    from tests.fakediscord.gateway import Gateway
    from tests.fakediscord.server import FakeDiscord

Router = Callable[[dict[str, Any]], bool]
"""Whether a connected bot would route an INTERACTION_CREATE (a press or a form) to a handler."""
ROUTE_POLL = 0.002  # discord.py's view store has no event to wait on; it is read this often


class MemberActions(MessageStore):
    world: World
    gateway: Gateway
    commands: dict[int | None, list[dict[str, Any]]]
    interactions: dict[str, InteractionHandle]
    # One per connected bot (tests/fakediscord/harness.py registers them); empty without a bot.
    routers: list[Router]

    def person(self, who: str | FakeMember | FakeUser) -> FakeMember | FakeUser:
        return self.world.members[who] if isinstance(who, str) else who

    def command(self, name: str, *, dm: bool = False) -> dict[str, Any]:
        """The registered definition of a top-level command (global for DMs, else guild then global)."""
        scopes = [None] if dm else [self.world.guild_id, None]
        for scope in scopes:
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        where = "globally (DMs only see global commands)" if dm else "in the guild or globally"
        registered = {str(k): [c["name"] for c in v] for k, v in self.commands.items()}
        raise AssertionError(f"/{name} is not registered {where}; registered: {registered}")

    async def slash(
        self,
        name: str,
        /,
        *,
        by: str | FakeMember | FakeUser = "alice",
        dm: bool = False,
        channel: str = "general",
        locale: str = "en-US",
        guild_locale: str = "en-US",
        **options: Any,
    ) -> InteractionHandle:
        """Run `/name` (subcommands: "triage list") with option values, as a member or in a DM;
        `locale` is the member's Discord language, `guild_locale` the server's preferred one."""
        parts = name.split()
        command = self.command(parts[0], dm=dm)
        if dm and (command.get("dm_permission") is False or 1 not in (command.get("contexts") or [0, 1, 2])):
            raise AssertionError(f"/{parts[0]} is not allowed in DMs")
        data = command_data(self, command, parts[1:], options)
        return await self.interact(
            APPLICATION_COMMAND, data, by=by, dm=dm, channel=channel, locale=locale, guild_locale=guild_locale
        )

    async def autocomplete(
        self,
        name: str,
        focused: str,
        /,
        *,
        by: str | FakeMember | FakeUser = "alice",
        dm: bool = False,
        channel: str = "general",
        **options: Any,
    ) -> InteractionHandle:
        """Type into option `focused` of `/name`; `options[focused]` is the partial text."""
        parts = name.split()
        data = command_data(self, self.command(parts[0], dm=dm), parts[1:], options, focused=focused)
        return await self.interact(AUTOCOMPLETE, data, by=by, dm=dm, channel=channel)

    async def component(
        self,
        custom_id: str,
        *,
        message: dict[str, Any],
        by: str | FakeMember | FakeUser,
        in_guild: bool = True,
        component_type: int = 2,
        values: list[str] | None = None,
        channel: int | str = "general",
        locale: str = "en-US",
        guild_locale: str = "en-US",
        stale: bool = False,
    ) -> InteractionHandle:
        """Press a button (or choose `values` in a select) on `message`, once the bot would route it
        (see `until_routed`); `stale=True` presses at once a button the bot is not meant to know."""
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if component_type != 2:
            data["values"] = values or []
        return await self.interact(
            MESSAGE_COMPONENT,
            data,
            by=by,
            dm=not in_guild,
            channel=channel,
            message=message,
            locale=locale,
            guild_locale=guild_locale,
            stale=stale,
        )

    async def modal_submit(
        self,
        modal: dict[str, Any],
        values: dict[str, str],
        *,
        by: str | FakeMember | FakeUser,
        in_guild: bool = True,
        channel: int | str = "general",
        message: dict[str, Any] | None = None,
        locale: str = "en-US",
        stale: bool = False,
    ) -> InteractionHandle:
        """Submit `modal`; `message` is the message whose button opened it (Discord sends it along).
        Sent once the bot would route it (`until_routed`), unless `stale`."""
        data = {"custom_id": modal["custom_id"], "components": modal_submission(modal, values)}
        return await self.interact(
            MODAL_SUBMIT,
            data,
            by=by,
            dm=not in_guild,
            channel=channel,
            message=message,
            locale=locale,
            stale=stale,
        )

    def interaction_payload(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        by: FakeMember | FakeUser,
        dm: bool,
        channel: int | str,
        message: dict[str, Any] | None = None,
        locale: str = "en-US",
        guild_locale: str = "en-US",
    ) -> dict[str, Any]:
        world = self.world
        user = by.user if isinstance(by, FakeMember) else by
        payload: dict[str, Any] = {
            "id": str(world.ids.next()),
            "application_id": str(world.application_id),
            "type": kind,
            "data": data,
            "token": f"itok.{world.ids.next()}",
            "version": 1,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "app_permissions": "2248473465835073",
            "locale": locale,
            "entitlements": [],
        }
        if dm:
            chan = world.dm_channel(user)
            payload.update(
                user=user.payload(),
                channel=chan,
                channel_id=chan["id"],
                context=1,
                authorizing_integration_owners={"1": str(user.id)},
            )
        else:
            member = by if isinstance(by, FakeMember) else FakeMember(by)
            chan = world.channels[channel] if isinstance(channel, str) else world.channel_by_id(channel)
            assert chan is not None, f"no channel {channel!r}"
            payload.update(
                guild_id=str(world.guild_id),
                guild_locale=guild_locale,
                channel=chan,
                channel_id=chan["id"],
                member=member.payload(permissions="2248473465835073"),
                guild={"id": str(world.guild_id), "locale": "en-US", "features": []},
                context=0,
                authorizing_integration_owners={"0": str(world.guild_id)},
            )
        if message is not None:
            payload["message"] = message
        return payload

    async def interact(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        by: str | FakeMember | FakeUser = "alice",
        dm: bool = False,
        channel: int | str = "general",
        message: dict[str, Any] | None = None,
        locale: str = "en-US",
        guild_locale: str = "en-US",
        stale: bool = False,
    ) -> InteractionHandle:
        """Dispatch any INTERACTION_CREATE and return its handle (the helpers above build `data`).

        A press or a form waits until the bot would route it (`until_routed`) unless `stale`."""
        actor = self.person(by)
        payload = self.interaction_payload(
            kind,
            data,
            by=actor,
            dm=dm,
            channel=channel,
            message=message,
            locale=locale,
            guild_locale=guild_locale,
        )
        if kind in (MESSAGE_COMPONENT, MODAL_SUBMIT) and not stale:
            await self.until_routed(payload)
        handle = InteractionHandle(cast("FakeDiscord", self), payload, actor)
        self.interactions[handle.token] = handle
        await self.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=payload.get("guild_id"))
        return handle

    async def until_routed(self, payload: dict[str, Any], within: float = DEFAULT_TIMEOUT) -> None:
        """Wait until a connected bot would route this press or form to a handler.

        A member presses a button only once Discord shows it, which is after the bot's request
        that sent it was answered; discord.py stores the message's view (or the modal) only after
        reading that answer. The fake, on the same event loop, knows of the message as soon as the
        request arrives: pressing then, the bot can read the press before its own answer, find no
        view and drop it, a race no member can cause. A view the bot never stores still fails
        here, loudly, instead of as a missing reply five seconds later.
        """
        if not self.routers:
            return
        try:
            async with asyncio.timeout(within):
                # discord.py's view store has no event to wait on (see ROUTE_POLL)
                while not any(routes(payload) for routes in self.routers):  # noqa: ASYNC110
                    await asyncio.sleep(ROUTE_POLL)
        except TimeoutError:
            data = payload["data"]
            what = "form" if payload["type"] == MODAL_SUBMIT else "press"
            where = f" on message {payload['message']['id']}" if "message" in payload else ""
            raise AssertionError(
                f"after {within}s the bot still routes no {what} {data['custom_id']!r}{where}: no view "
                "stored for that message, no DynamicItem matching it, no persistent view or open "
                "modal with that custom_id; discord.py would drop it. A test that presses a stale "
                "button or submits a stale form on purpose passes stale=True."
            ) from None

    async def post_message(
        self,
        content: str,
        *,
        by: str | FakeMember | FakeUser = "alice",
        channel: str = "general",
        dm: bool = False,
        mention_bot: bool = False,
    ) -> int:
        """A member posts a message (MESSAGE_CREATE); returns how many bot sessions received it.

        With `mention_bot`, "<@bot> " is put in front and the bot is listed in `mentions`.
        """
        person = self.person(by)
        user = person.user if isinstance(person, FakeMember) else person
        bot = self.world.bot_user
        text = f"<@{bot.id}> {content}" if mention_bot else content
        channel_id = int(self.world.dm_channel(user)["id"]) if dm else self.world.channel_id(channel)
        message = self.world.message_payload(channel_id, {"content": text}, author=user)
        message["mentions"] = [bot.payload()] if mention_bot else []
        if not dm:
            message["guild_id"] = str(self.world.guild_id)
            member = FakeMember(user) if isinstance(person, FakeUser) else person
            message["member"] = {k: v for k, v in member.payload().items() if k != "user"}
        self.store_message(message)
        return await self.gateway.dispatch_message(message)
