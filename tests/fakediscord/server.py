"""FakeDiscord: the loopback server, its recorder and the helpers tests use to act as members.

See the package docstring (tests/fakediscord/__init__.py) for how a test drives it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import BodyPartReader, hdrs, web

from tests.fakediscord.faults import Fault, Faults, Hold
from tests.fakediscord.gateway import Gateway
from tests.fakediscord.interactions import (
    InteractionHandle,
)
from tests.fakediscord.members import MemberActions, Router
from tests.fakediscord.ratelimits import Bucket, RateLimits
from tests.fakediscord.routes import ROUTES, TOKEN_IN_PATH, Incoming, Upload
from tests.fakediscord.rules import (
    RESPONSE_DEADLINE,
    Refusal,
    invalid_form,
    message_refusals,
    upload_refusals,
)
from tests.fakediscord.spec import load_spec
from tests.fakediscord.world import World

JSON = "application/json"  # exactly this: with "; charset=utf-8" discord.py silently fails to log in
# Bodies that become visible messages: each must carry allowed_mentions that ping nobody.
_MESSAGE_BODIES = {
    ("POST", "/channels/{channel_id}/messages"),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
}
# Bodies that create a new message (an empty one is refused); the others edit one.
_NEW_MESSAGES = {
    ("POST", "/channels/{channel_id}/messages"),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
}


def as_discord_reads_it(body: Any) -> Any:
    """The body with what Discord accepts beyond its spec made spec-shaped, for validation only.

    Discord reads snowflakes sent as JSON integers (discord.py sends `message_reference` ids and
    new uploads' `attachments[i].id` that way); the spec types every snowflake as a string.
    """
    if isinstance(body, list):
        return [as_discord_reads_it(item) for item in body]
    if not isinstance(body, dict):
        return body
    out: dict[str, Any] = {}
    for key, value in body.items():
        if isinstance(value, int) and not isinstance(value, bool) and (key == "id" or key.endswith("_id")):
            out[key] = str(value)
        elif isinstance(value, list) and (key.endswith("_ids") or key in ("users", "roles")):
            out[key] = [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]
        else:
            out[key] = as_discord_reads_it(value)
    return out


class FakeDiscord(MemberActions, RateLimits, Faults):
    """A loopback Discord: REST under /api/v10, the gateway at /gateway, attachments at /attachments."""

    def __init__(self, world: World | None = None) -> None:
        self.world = world or World()
        self.spec = load_spec()
        self.gateway = Gateway(self)
        self.requests: list[Incoming] = []
        self.problems: list[str] = []  # invalid bodies, unknown routes; the fixtures fail the test on any
        # Requests refused under a rule of Discord's beyond the schema (rules.py), expected or not.
        self.refusals: list[tuple[Refusal, Incoming]] = []
        self.expected: set[str] = set()  # rule ids a test provokes on purpose: refused, not a problem
        self.response_deadline = RESPONSE_DEADLINE  # Discord's 3 s for the initial callback
        self.buckets: dict[tuple[str, str, str], Bucket] = {}  # (method, template, major param)
        self.limits: dict[tuple[str, str], tuple[int, float]] = {}  # set by `rate_limit`
        self.rate_limited: list[Incoming] = []  # requests answered 429 by a bucket or the global limit
        self._global_retry_after: float | None = None
        self._global_on: tuple[str, str] | None = None
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild id (None = global) -> commands
        self.interactions: dict[str, InteractionHandle] = {}  # by interaction token
        self.routers: list[Router] = []  # per connected bot: would it route a press/form (members.py)
        self.holds: list[Hold] = []
        self.files: dict[int, bytes] = {}  # attachment id -> bytes
        self.faults: list[Fault] = []
        # Benchmarks set this so schema checks run after a burst (`check_deferred`), not on its clock.
        self.defer_validation = False
        self._unchecked: list[Incoming] = []
        self.changed = asyncio.Event()  # set on every request; for waiters on channel messages
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ----------------------------------------------------------------------------
    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/attachments/{id}/{filename}", self._attachment)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @contextlib.contextmanager
    def patch_discord(self) -> Iterator[None]:
        """Point discord.py's REST base (also used by webhooks) and default gateway at loopback."""
        old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = f"{self.base_url}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway

    # --- REST ---------------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        op = self.spec.match(request.method, path)
        req = Incoming(
            request.method,
            path,
            op.template if op else None,
            op.params if op else {},
            dict(request.query),
            None,
            authorization=request.headers.get(hdrs.AUTHORIZATION),
            at=time.perf_counter(),
        )
        await self._read_body(request, req)
        self.requests.append(req)
        status, body, headers = await self._respond(req, op is not None and op.has_body_schema)
        req.status = status
        handle = self.interactions.get(
            req.params.get("interaction_token") or req.params.get("webhook_token", "")
        )
        if handle is not None:
            handle.poke()
        self.changed.set()
        for hold in self.holds:
            if hold.times > 0 and (hold.method, hold.template) == (req.method, req.template):
                hold.times -= 1
                await hold.until.wait()
                break
        if status == 204 or body is None:
            return web.Response(status=status, headers=headers)
        return web.Response(
            status=status, body=json.dumps(body).encode(), headers={**headers, "Content-Type": JSON}
        )

    async def _read_body(self, request: web.Request, req: Incoming) -> None:
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                assert isinstance(part, BodyPartReader), "nested multipart is not something the bot sends"
                data = await part.read(decode=False)
                if part.name == "payload_json":
                    req.json = json.loads(data)
                else:
                    content_type = part.headers.get(hdrs.CONTENT_TYPE, "application/octet-stream")
                    req.uploads.append(
                        Upload(part.name or "", part.filename or "file", content_type, bytes(data))
                    )
        elif request.can_read_body:
            text = await request.text()
            if text:
                try:
                    req.json = json.loads(text)
                except ValueError:
                    req.violations.append(f"{req.method} {req.path}: body is not JSON: {text[:100]!r}")

    async def _respond(self, req: Incoming, has_schema: bool) -> tuple[int, Any, dict[str, str]]:
        if req.template is None or (req.method, req.template) not in ROUTES:
            self.problems.append(f"unexpected route {req.method} {req.path} (template {req.template})")
            return 404, {"message": "404: Not Found", "code": 0}, {}
        if not req.path.startswith(TOKEN_IN_PATH) and req.authorization != f"Bot {self.world.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}, {}
        limited, headers = self._rate_limit(req)
        if limited is not None:
            return limited
        for fault in self.faults:
            if fault.times > 0 and (fault.method, fault.template) == (req.method, req.template):
                fault.times -= 1
                if fault.status == 429:
                    body = {
                        "message": "You are being rate limited.",
                        "retry_after": fault.retry_after,
                        "global": False,
                    }
                    return 429, body, {"Via": "1.1 google", "Retry-After": str(fault.retry_after)}
                return fault.status, {"message": "Injected failure", "code": 0}, {}
        if self.defer_validation:
            self._unchecked.append(req)
        else:
            self._check(req, has_schema)
        if req.violations:
            self.problems += req.violations
            # Discord's shape: {"errors": {<field>: {"_errors": [{"code", "message"}]}}}
            errors = {
                "body": {"_errors": [{"code": "BASE_TYPE_INVALID", "message": v} for v in req.violations]}
            }
            return 400, {"message": "Invalid Form Body", "code": 50035, "errors": errors}, {}
        key = (req.method, req.template)
        if key in _MESSAGE_BODIES:
            refusals = upload_refusals([len(u.data) for u in req.uploads])
            refusals += message_refusals(req.json, new=key in _NEW_MESSAGES, has_files=bool(req.uploads))
            if refusals:
                status, body = self.refuse(req, refusals)
                return status, body, {}
        status, body = await ROUTES[key](self, req)
        return status, body, headers

    # --- Discord's rules beyond the schema (rules.py) -------------------------------------------
    def expect(self, *rules: str) -> None:
        """The test provokes these refusals on purpose: they are answered as Discord would, not failed."""
        self.expected.update(rules)

    def refused(self, rule: str) -> list[Incoming]:
        """The requests refused under `rule`, in order."""
        return [req for refusal, req in self.refusals if refusal.rule == rule]

    def refuse(self, req: Incoming, refusals: list[Refusal]) -> tuple[int, Any]:
        """Answer with Discord's error for the first refusal (form errors together), recording all."""
        for refusal in refusals:
            self.refusals.append((refusal, req))
            if refusal.rule not in self.expected:
                where = "/".join(refusal.path) or "(body)"
                self.problems.append(
                    f"{req.method} {req.template}: Discord refuses ({refusal.rule}, {refusal.code}) "
                    f"at {where}: {refusal.message}"
                )
        form = [r for r in refusals if r.code == 50035]
        first = refusals[0]
        if first.code == 50035:
            return 400, invalid_form(form)
        return first.status, first.body()

    def _check(self, req: Incoming, has_schema: bool) -> None:
        if req.json is not None or (has_schema and req.method in ("POST", "PUT", "PATCH")):
            op = self.spec.match(req.method, req.path)
            assert op is not None
            req.violations += self.spec.validate(op, as_discord_reads_it(req.json))
        req.violations += self._mention_violations(req)

    def check_deferred(self) -> None:
        """Validate the requests recorded while `defer_validation` was on; problems as usual."""
        pending, self._unchecked = self._unchecked, []
        for req in pending:
            op = self.spec.match(req.method, req.path)
            self._check(req, op is not None and op.has_body_schema)
            self.problems += req.violations

    def _mention_violations(self, req: Incoming) -> list[str]:
        body = req.json if isinstance(req.json, dict) else None
        if body is None:
            return []
        if req.template and req.template.endswith("/callback"):
            body = body.get("data") if body.get("type") in (4, 7) else None
        elif (req.method, req.template) not in _MESSAGE_BODIES:
            return []
        if not body or not any(body.get(k) for k in ("content", "embeds")):
            return []
        mentions = body.get("allowed_mentions")
        if (
            mentions is None
            or mentions.get("parse")
            or mentions.get("users")
            or mentions.get("roles")
            or (mentions.get("replied_user"))
        ):
            return [f"{req.method} {req.template}: allowed_mentions must ping nobody, got {mentions!r}"]
        return []

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        data = self.files.get(int(request.match_info["id"]))
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, headers={"Content-Type": "application/octet-stream"})

    # --- inspecting --------------------------------------------------------------------------
    def requests_to(self, method: str, template: str) -> list[Incoming]:
        return [r for r in self.requests if r.method == method and r.template == template]

    def assert_clean(self) -> None:
        """Fail if the bot sent any request Discord would reject or that the fake does not know."""
        assert not self.problems, "requests Discord would reject:\n" + "\n".join(self.problems)
