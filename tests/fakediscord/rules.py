"""What Discord enforces beyond its OpenAPI file: the overrides table and the checks behind it.

The schema check (spec.py) catches what the published schema can express; Discord is stricter in
places the schema leaves open (it allows 4000-character channel messages and 6000-character choice
values, has no total embed size, no uniqueness of custom ids...). Each rule below is one such
place: what Discord refuses, with the error it answers, and the public page that says so (paths in
github.com/discord/discord-api-docs). A refused request gets that error's status and JSON body, and
fails the test unless the test said it expects that rule (`with fake.expect("embed_total"): ...`).

The table is `OVERRIDES` below (rule id -> what Discord refuses, its answer, the reference).

The 3-second deadline is measured on the fake's clock from the moment the INTERACTION_CREATE was
written to the socket; `handle.age(seconds)` moves an interaction into the past for the tests of
the deadline and of token expiry without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONTENT_MAX = 2000
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
CHOICE_VALUE_MAX = 100
MODAL_COMPONENTS_MAX = 5
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
RESPONSE_DEADLINE = 3.0
TOKEN_LIFETIME = 15 * 60
LINK = 5  # button style
_MSG = "docs/resources/message.mdx"
_CODES = "docs/topics/opcodes-and-status-codes.md"
_COMPONENTS = "docs/components/reference.mdx"
_RESPONDING = "docs/interactions/receiving-and-responding.mdx"


@dataclass(frozen=True)
class Override:
    """One place where Discord is stricter than its OpenAPI file."""

    refuses: str
    answer: str  # HTTP status, Discord's JSON error code (and the errors-tree path for 50035)
    reference: str  # in github.com/discord/discord-api-docs


OVERRIDES: dict[str, Override] = {
    "content_max": Override(
        "content over 2000 characters, channel messages included (the spec allows 4000 there)",
        "400, 50035 at content",
        f"{_MSG}, Create Message: content 'up to 2000 characters'",
    ),
    "embed_total": Override(
        "a message whose embeds together hold over 6000 characters (title, description, "
        "field names and values, footer text, author name)",
        "400, 50035 at embeds",
        f"{_MSG}, Embed Limits: 'the combined sum of characters ... must not exceed 6000'",
    ),
    "field_value_empty": Override(
        "an embed field whose name or value is empty (the spec has no minimum length)",
        "400, 50035 at embeds.N.fields.M.value",
        f"{_MSG}, Embed Field Structure: name and value required",
    ),
    "empty_message": Override(
        "a new message with no content, embed, component, sticker, poll or file",
        "400, 50006 Cannot send an empty message",
        f"{_CODES}, JSON error codes: 50006",
    ),
    "empty_edit": Override(
        "an edit (channel message, webhook or @original, an UPDATE_MESSAGE callback) that would "
        "leave the message with no content, embed, component, attachment, sticker or poll",
        "400, 50006 Cannot send an empty message",
        f"{_MSG}, Create Message: 'At least one of content, embeds, sticker_ids, components, "
        "files[n], or poll is required'; Edit Message: every field 'optional and nullable', so the "
        f'rule is on the result; {_CODES}: 50006. Observed: PATCH {{"content": ""}} on a '
        "content-only message returns it (discord-api-docs issue #7785, 2025; PR #2243 notes the "
        "same for Edit Webhook Message); the ways around it reported there are filed as bugs",
    ),
    "action_rows_max": Override(
        "more than 5 action rows in a (non-components-v2) message (the spec allows 40)",
        "400, 50035 at components",
        f"{_COMPONENTS}, Legacy Message Component Behavior: 'up to 5 action rows as top-level components'",
    ),
    "custom_id_unique": Override(
        "two components of one message or modal sharing a custom_id",
        "400, 50035 at components",
        f"{_COMPONENTS}, Custom ID: 'must be unique per component'",
    ),
    "link_button": Override(
        "a link button with a custom_id or without a url; a non-link button without a custom_id",
        "400, 50035 at components",
        f"{_COMPONENTS}, Button: 'Link buttons ... cannot have a custom_id'",
    ),
    "choice_value_max": Override(
        "an autocomplete string choice value over 100 characters (the spec allows 6000)",
        "400, 50035 at data.choices.N.value",
        "docs/interactions/application-commands.mdx, Application Command Option Choice: value up to 100",
    ),
    "modal_components": Override(
        "a modal with more than 5 top-level components (the spec allows 40)",
        "400, 50035 at data.components",
        f"{_RESPONDING}, Interaction Callback Data, Modal: 'Between 1 and 5 (inclusive) components'",
    ),
    "attachment_size": Override(
        "a file over the interaction's attachment_size_limit (10 MiB by default)",
        "413, 40005 Request entity too large",
        f"docs/reference.mdx, Uploading Files; {_CODES}: 40005",
    ),
    "callback_type": Override(
        "a callback type the interaction cannot take: a modal for a modal submit, an update "
        "(6/7) for a slash command or for a modal not opened from a message, anything but 8 "
        "for autocomplete",
        "400, 50035 at type",
        f"{_RESPONDING}, Interaction Callback Type (which types each interaction accepts)",
    ),
    "deadline": Override(
        "the initial callback more than 3 s after the interaction was sent",
        "404, 10062 Unknown interaction",
        f"{_RESPONDING}, Interaction Callback: 'must send an initial response within 3 seconds'",
    ),
    "token_expired": Override(
        "follow-ups and @original reads, edits, deletes more than 15 minutes after it",
        "401, 50027 Invalid Webhook Token",
        f"{_RESPONDING}, Interaction Callback: 'Interaction tokens are valid for 15 minutes'",
    ),
    "already_acknowledged": Override(
        "a second initial callback for one interaction",
        "400, 40060 Interaction has already been acknowledged",
        f"{_CODES}, JSON error codes: 40060",
    ),
    "unknown_interaction": Override(
        "a callback for an interaction id/token Discord never sent",
        "404, 10062 Unknown interaction",
        f"{_CODES}, JSON error codes: 10062",
    ),
    "not_acknowledged": Override(
        "a follow-up before any initial callback",
        "404, 10015 Unknown Webhook",
        f"{_RESPONDING}, Followup Messages (need an initial response first)",
    ),
}


@dataclass(frozen=True)
class Refusal:
    """One rule a request broke: which, where in the body, and what Discord answers."""

    rule: str
    message: str
    path: tuple[str, ...] = ()
    status: int = 400
    code: int = 50035

    def __post_init__(self) -> None:
        assert self.rule in OVERRIDES, f"rule {self.rule!r} is not in the documented OVERRIDES table"

    def body(self) -> dict[str, Any]:
        if self.code != 50035:
            return {"message": self.message, "code": self.code}
        return {"message": "Invalid Form Body", "code": 50035, "errors": errors_tree([self])}


def errors_tree(refusals: list[Refusal]) -> dict[str, Any]:
    """Discord's nested `errors` object: {"embeds": {"0": {"_errors": [{"code", "message"}]}}}."""
    tree: dict[str, Any] = {}
    for refusal in refusals:
        node = tree
        for part in refusal.path or ("_body",):
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": refusal.rule.upper(), "message": refusal.message})
    return tree


def invalid_form(refusals: list[Refusal]) -> dict[str, Any]:
    return {"message": "Invalid Form Body", "code": 50035, "errors": errors_tree(refusals)}


# --- message bodies -----------------------------------------------------------------------------
def embed_length(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward the 6000 total: title, description, fields, footer, author."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for field in embed.get("fields") or []:
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def _walk_components(
    items: list[dict[str, Any]], where: tuple[str, ...]
) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    found: list[tuple[dict[str, Any], tuple[str, ...]]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        here = (*where, str(i))
        found.append((item, here))
        found += _walk_components(item.get("components") or [], (*here, "components"))
        for key in ("component", "accessory"):
            if isinstance(item.get(key), dict):
                found += _walk_components([item[key]], (*here, key))
    return found


def component_refusals(components: list[dict[str, Any]], where: tuple[str, ...]) -> list[Refusal]:
    """Unique custom ids, link buttons with a url and no custom_id, other buttons with a custom_id."""
    out: list[Refusal] = []
    seen: dict[str, tuple[str, ...]] = {}
    for item, path in _walk_components(components, where):
        custom_id = item.get("custom_id")
        if item.get("type") == 2:
            if item.get("style") == LINK and (custom_id or not item.get("url")):
                out.append(
                    Refusal("link_button", "A link button has a url and no custom_id", (*path, "custom_id"))
                )
            elif item.get("style") not in (LINK, 6) and not custom_id:
                out.append(
                    Refusal("link_button", "A non-link button requires a custom_id", (*path, "custom_id"))
                )
        if custom_id:
            if custom_id in seen:
                out.append(
                    Refusal(
                        "custom_id_unique",
                        f"Component custom id {custom_id!r} is duplicated",
                        (*path, "custom_id"),
                    )
                )
            seen[custom_id] = path
    return out


def message_refusals(body: Any, *, new: bool, has_files: bool, where: tuple[str, ...] = ()) -> list[Refusal]:
    """A message create or edit body (channel, webhook, or a callback's `data`) against Discord's rules.

    `new` is a message being created (empty ones are refused); an edit may leave fields out.
    """
    if not isinstance(body, dict):
        return []
    out: list[Refusal] = []
    content = body.get("content")
    if isinstance(content, str) and len(content) > CONTENT_MAX:
        out.append(Refusal("content_max", f"Must be {CONTENT_MAX} or fewer in length.", (*where, "content")))
    embeds = body.get("embeds") or []
    if isinstance(embeds, list):
        total = sum(embed_length(e) for e in embeds if isinstance(e, dict))
        if total > EMBED_TOTAL_MAX:
            out.append(
                Refusal(
                    "embed_total",
                    f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX} ({total})",
                    (*where, "embeds"),
                )
            )
        for i, embed in enumerate(e for e in embeds if isinstance(e, dict)):
            for j, field in enumerate(embed.get("fields") or []):
                for key in ("name", "value"):
                    if not str(field.get(key) or "").strip():
                        out.append(
                            Refusal(
                                "field_value_empty",
                                "This field is required",
                                (*where, "embeds", str(i), "fields", str(j), key),
                            )
                        )
    components = body.get("components") or []
    if isinstance(components, list):
        flags = int(body.get("flags") or 0)
        if not flags & (1 << 15) and len(components) > ACTION_ROWS_MAX:
            out.append(
                Refusal(
                    "action_rows_max",
                    f"Must be {ACTION_ROWS_MAX} or fewer in length.",
                    (*where, "components"),
                )
            )
        out += component_refusals(components, (*where, "components"))
    if new and not has_files:
        visible = (
            (isinstance(content, str) and content.strip())
            or embeds
            or components
            or body.get("sticker_ids")
            or body.get("poll")
            or body.get("attachments")
        )
        if not visible:
            out.append(Refusal("empty_message", "Cannot send an empty message", status=400, code=50006))
    return out


def edit_refusals(message: dict[str, Any], body: Any, *, has_files: bool) -> list[Refusal]:
    """An edit of `message` whose result would show nothing (Discord: 50006, like an empty create).

    A field the edit leaves out stays as it was; null or empty clears it; `attachments` lists the
    files to keep (new uploads are `has_files`)."""
    if not isinstance(body, dict):
        return []

    def after(key: str) -> Any:
        return body[key] if key in body else message.get(key)

    content = after("content")
    visible = (
        (isinstance(content, str) and content.strip())
        or after("embeds")
        or after("components")
        or after("attachments")
        or has_files
        or message.get("sticker_items")
        or message.get("poll")
    )
    if visible:
        return []
    return [Refusal("empty_edit", "Cannot send an empty message", status=400, code=50006)]


def upload_refusals(sizes: list[int], limit: int = ATTACHMENT_SIZE_LIMIT) -> list[Refusal]:
    if any(size > limit for size in sizes):
        return [Refusal("attachment_size", "Request entity too large", status=413, code=40005)]
    return []


# --- interaction callbacks ----------------------------------------------------------------------
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
ALLOWED_CALLBACKS = {
    PING: {1},
    APPLICATION_COMMAND: {4, 5, 9},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5, 6, 7},
}


def callback_refusals(interaction: dict[str, Any], body: Any, *, has_files: bool = False) -> list[Refusal]:
    """The callback type must suit the interaction; its data must follow the message/modal rules."""
    if not isinstance(body, dict):
        return []
    kind, data = int(body.get("type") or 0), body.get("data") or {}
    itype = int(interaction["type"])
    allowed = set(ALLOWED_CALLBACKS.get(itype, set()))
    if itype == MODAL_SUBMIT and "message" not in interaction:
        allowed -= {6, 7}  # only a modal opened from a component has a message to update
    if kind not in allowed:
        return [
            Refusal(
                "callback_type",
                f"Interaction callback type {kind} is not valid for interaction type {itype}",
                ("type",),
            )
        ]
    out: list[Refusal] = []
    if kind in (4, 7):
        out += message_refusals(data, new=kind == 4, has_files=has_files, where=("data",))
    elif kind == 8:
        for i, choice in enumerate(data.get("choices") or []):
            value = choice.get("value") if isinstance(choice, dict) else None
            if isinstance(value, str) and len(value) > CHOICE_VALUE_MAX:
                out.append(
                    Refusal(
                        "choice_value_max",
                        f"Must be {CHOICE_VALUE_MAX} or fewer in length.",
                        ("data", "choices", str(i), "value"),
                    )
                )
    elif kind == 9:
        components = data.get("components") or []
        if len(components) > MODAL_COMPONENTS_MAX:
            out.append(
                Refusal(
                    "modal_components",
                    f"Must be {MODAL_COMPONENTS_MAX} or fewer in length.",
                    ("data", "components"),
                )
            )
        out += component_refusals(components, ("data", "components"))
    return out
