"""Discord's own OpenAPI description, used to check every request body the bot sends.

The loopback server is only as good as its idea of what Discord accepts; checking each body against
Discord's published schema (copied here with its licence, see SPEC-README.md) catches payloads the
real API would reject, e.g. an embed title over 256 characters or a choice name over 100.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).with_name("openapi.json")
_ROOT_URI = "urn:discord-openapi"
_METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    method: str
    template: str  # e.g. "/channels/{channel_id}/messages"
    has_body_schema: bool
    params: dict[str, str]  # path parameters, e.g. {"channel_id": "123"}


def _pointer_escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class Spec:
    """Route matching and body validation; compiled lazily, once per operation, so checks are cheap."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry = Registry().with_resource(_ROOT_URI, resource)
        self._routes: list[tuple[re.Pattern[str], str, int]] = []
        for template in document["paths"]:
            params = template.count("{")
            pattern = re.sub(r"\\\{([^/]+?)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            self._routes.append((re.compile(f"^{pattern}$"), template, params))
        # Literal segments win over parameters: `/users/@me` before `/users/{user_id}`.
        self._routes.sort(key=lambda route: route[2])
        self._validators: dict[tuple[str, str], Draft202012Validator | None] = {}

    def match(self, method: str, path: str) -> Operation | None:
        """The documented operation for a concrete path (without the `/api/v10` prefix), if any."""
        method = method.lower()
        for pattern, template, _ in self._routes:
            found = pattern.match(path)
            if found and method in self.document["paths"][template]:
                op = self.document["paths"][template][method]
                return Operation(method, template, "requestBody" in op, found.groupdict())
        return None

    def _validator(self, op: Operation) -> Draft202012Validator | None:
        key = (op.method, op.template)
        if key not in self._validators:
            body = self.document["paths"][op.template][op.method].get("requestBody")
            if body is None or "application/json" not in body.get("content", {}):
                self._validators[key] = None
            else:
                pointer = "/".join(
                    _pointer_escape(p)
                    for p in ("paths", op.template, op.method, "requestBody", "content", "application/json")
                )
                schema = {"$ref": f"{_ROOT_URI}#/{pointer}/schema"}
                self._validators[key] = Draft202012Validator(schema, registry=self._registry)
        return self._validators[key]

    def validate(self, op: Operation, body: Any) -> list[str]:
        """Readable violations of the operation's JSON request schema (empty when valid)."""
        validator = self._validator(op)
        if validator is None:
            return [] if body is None else [f"{op.method.upper()} {op.template} takes no request body"]
        errors = []
        for error in validator.iter_errors(body):
            for leaf in _explain(error):
                where = "/".join(str(p) for p in leaf.absolute_path) or "(body)"
                msg = (
                    leaf.message
                    if len(leaf.message) < 300
                    else f"{leaf.message[:120]} ... {leaf.message[-120:]}"
                )
                rule = f"{leaf.validator}={leaf.validator_value!r}"[:80]
                errors.append(f"{op.method.upper()} {op.template} at {where} ({rule}): {msg}")
        return errors


def _explain(error: ValidationError) -> list[ValidationError]:
    """The errors of the union branch the body most likely meant, instead of "matches no branch".

    Discord's unions are discriminated by a `type` field (or by null versus object), so a branch
    whose discriminator matched is the intended one; among those, the one with fewest errors wins.
    """
    if not error.context:
        return [error]
    branches: dict[object, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    depth = len(error.absolute_path)

    def discriminator_failed(errs: list[ValidationError]) -> bool:
        # The branch expects another JSON type here (e.g. null), or another value of the `type` field.
        wrong_kind = any(e.validator == "type" and len(e.absolute_path) == depth for e in errs)
        return wrong_kind or any(list(e.absolute_path)[depth:] == ["type"] for e in errs)

    explained = [(errs, [leaf for sub in errs for leaf in _explain(sub)]) for errs in branches.values()]
    _, leaves = min(explained, key=lambda pair: (discriminator_failed(pair[0]), len(pair[1])))
    return leaves


@cache
def load_spec() -> Spec:
    """The copied spec, parsed once per process (it is 1.2 MB)."""
    return Spec(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
