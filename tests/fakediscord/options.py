"""Turn `slash("triage list", status="open")` into the `data` Discord sends for that command.

Option types come from the command as the bot registered it, so a test cannot send an option the
bot never declared, and values are shaped the way Discord shapes them (users, channels and roles
as ids plus `resolved` objects).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.fakediscord.world import FakeMember, FakeUser

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 9, 10, 11


def command_data(
    fake: FakeDiscord,
    command: dict[str, Any],
    path: list[str],
    values: dict[str, Any],
    *,
    focused: str | None = None,
) -> dict[str, Any]:
    """The interaction `data` for `command`, walking `path` through subcommand groups/subcommands."""
    resolved: dict[str, dict[str, Any]] = {}
    data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": command.get("type", 1)}
    if "guild_id" in command:
        data["guild_id"] = command["guild_id"]
    container = data
    definitions = command.get("options") or []
    for name in path:
        sub = next(
            (o for o in definitions if o["name"] == name and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)),
            None,
        )
        assert sub is not None, f"/{command['name']} has no subcommand {name!r}"
        option: dict[str, Any] = {"name": name, "type": sub["type"], "options": []}
        container.setdefault("options", []).append(option)
        container, definitions = option, sub.get("options") or []
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in definitions):
        raise AssertionError(
            f"/{command['name']} {' '.join(path)} needs a subcommand; have {[o['name'] for o in definitions]}"
        )
    options = []
    for key, value in values.items():
        definition = next((o for o in definitions if o["name"] == key), None)
        have = [o["name"] for o in definitions]
        where = f"/{command['name']} {' '.join(path)}".strip()
        assert definition is not None, f"{where} has no option {key!r}; have {have}"
        kind = definition["type"]
        option = {
            "name": key,
            "type": kind,
            "value": value if key == focused else _value(fake, kind, value, resolved),
        }
        if key == focused:
            option["focused"] = True
        options.append(option)
    missing = [o["name"] for o in definitions if o.get("required") and o["name"] not in values]
    assert focused is not None or not missing, f"/{command['name']}: required options missing: {missing}"
    container["options"] = options
    if resolved:
        data["resolved"] = resolved
    return data


def _value(fake: FakeDiscord, kind: int, value: Any, resolved: dict[str, dict[str, Any]]) -> Any:
    world = fake.world
    if kind in (USER, MENTIONABLE) and isinstance(value, str | FakeMember | FakeUser):
        person = fake.person(value)
        user = person.user if isinstance(person, FakeMember) else person
        resolved.setdefault("users", {})[str(user.id)] = user.payload()
        if isinstance(person, FakeMember):
            member = person.payload(permissions="0")
            member.pop("user")
            resolved.setdefault("members", {})[str(user.id)] = member
        return str(user.id)
    if kind == CHANNEL:
        channel = world.channels[value] if isinstance(value, str) else world.channel_by_id(int(value))
        assert channel is not None, f"no channel {value!r}"
        resolved.setdefault("channels", {})[channel["id"]] = {
            k: channel[k] for k in ("id", "type", "name", "permission_overwrites") if k in channel
        } | {"permissions": "2248473465835073"}
        return channel["id"]
    if kind == ROLE:
        rid = world.role_ids[value] if isinstance(value, str) else int(value)
        role = next(r for r in world.roles_payload() if r["id"] == str(rid))
        resolved.setdefault("roles", {})[str(rid)] = role
        return str(rid)
    if kind == ATTACHMENT:
        filename, content = value
        (attachment,) = fake.keep_uploads_raw(filename, content)
        resolved.setdefault("attachments", {})[attachment["id"]] = attachment
        return attachment["id"]
    return value
