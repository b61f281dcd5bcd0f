"""The gateway websocket: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, dispatch.

As on Discord (docs/topics/gateway.mdx): a client that connects with `compress=zlib-stream` gets
every frame as binary, one shared zlib context per connection, each frame ending in a Z_SYNC_FLUSH
(`compress = False` sends plain text instead). Sessions are kept after a socket closes so a RESUME
can replay what the client missed. Tests can send op 7 RECONNECT, withhold heartbeat ACKs (a
zombie connection the client must notice), and close with any close code: resumable ones keep
the session, 4007/4009 end it (the client's RESUME gets op 9 and it IDENTIFYs again), and the
fatal ones (4004, 4010-4014) must make the client stop (docs/topics/opcodes-and-status-codes.md).
"""

from __future__ import annotations

import json
import secrets
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

HEARTBEAT_INTERVAL_MS = 41250
GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 9, 1 << 12, 1 << 15
PRIVILEGED = (1 << 1) | (1 << 8) | MESSAGE_CONTENT  # members, presences, message content
SESSION_ENDING_CLOSES = (4007, 4009)  # invalid seq, session timed out: reconnect, but a new session
FATAL_CLOSES = (4004, 4010, 4011, 4012, 4013, 4014)  # the client must not reconnect


@dataclass
class Session:
    """One identified gateway session (a bot process, or one shard of it)."""

    id: str
    intents: int
    shard: tuple[int, int]
    seq: int = 0
    ws: web.WebSocketResponse | None = None
    sent: list[dict[str, Any]] = field(default_factory=list)

    def wants(self, guild_id: int | None) -> bool:
        """Whether this shard receives events for `guild_id` (DMs go to shard 0, as on Discord)."""
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return (int(guild_id) >> 22) % count == shard_id


class Gateway:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, Session] = {}
        self.received: list[dict[str, Any]] = []  # every frame a client sent (identify payloads etc.)
        self.resumes = 0
        # Privileged intents switched on in the (fake) developer portal; others are refused with 4014.
        self.allowed_privileged = PRIVILEGED
        self.heartbeat_interval_ms = HEARTBEAT_INTERVAL_MS
        self.ack_heartbeats = True  # False: a zombie connection (heartbeats go unanswered)
        self.heartbeats = 0
        self.compress = True  # honour compress=zlib-stream, as Discord does
        self.compressed_frames = 0
        self.connections = 0
        self._compressors: dict[int, Any] = {}  # id(ws) -> its zlib-stream context

    @property
    def identifies(self) -> list[dict[str, Any]]:
        return [f["d"] for f in self.received if f.get("op") == 2]

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        # No permessage-deflate, like Discord (which compresses with its own zlib-stream instead);
        # aiohttp would otherwise inflate every frame over 1 KB in a thread pool, at a GIL hand-off each.
        ws = web.WebSocketResponse(autoping=True, compress=False)
        await ws.prepare(request)
        self.connections += 1
        if self.compress and request.query.get("compress") == "zlib-stream":
            self._compressors[id(ws)] = zlib.compressobj()
        await self._write(ws, {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        session: Session | None = None
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            self.received.append(frame)
            op, data = frame.get("op"), frame.get("d")
            if op == 1:
                self.heartbeats += 1
                if self.ack_heartbeats:
                    await self._write(ws, {"op": 11})
            elif op == 2:
                session = await self._identify(ws, data)
            elif op == 6:
                session = await self._resume(ws, data)
            elif op == 8:
                await self._chunk(ws, session, data)
        if session is not None and session.ws is ws:
            session.ws = None
        self._compressors.pop(id(ws), None)
        return ws

    async def _write(self, ws: web.WebSocketResponse, frame: dict[str, Any]) -> None:
        """One frame: zlib-stream binary (shared context, Z_SYNC_FLUSH) or plain text."""
        if ws.closed:
            return
        text = json.dumps(frame)
        compressor = self._compressors.get(id(ws))
        if compressor is None:
            await ws.send_str(text)
            return
        data = compressor.compress(text.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH)
        self.compressed_frames += 1
        await ws.send_bytes(data)

    async def _send(self, session: Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.sent.append(frame)
        if session.ws is not None and not session.ws.closed:
            await self._write(session.ws, frame)

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> Session | None:
        world = self.fake.world
        if data.get("token") not in (world.token, f"Bot {world.token}"):
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        if int(data.get("intents", 0)) & PRIVILEGED & ~self.allowed_privileged:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        shard = tuple(data.get("shard") or (0, 1))
        session = Session(
            secrets.token_hex(16), int(data.get("intents", 0)), (int(shard[0]), int(shard[1])), ws=ws
        )
        self.sessions[session.id] = session
        ready: dict[str, Any] = {
            "v": 10,
            "user": world.bot_user.payload(),
            "guilds": [{"id": str(world.guild_id), "unavailable": True}]
            if session.wants(world.guild_id)
            else [],
            "session_id": session.id,
            "resume_gateway_url": self.fake.gateway_url,
            "application": {"id": str(world.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "session_type": "normal",
        }
        if data.get("shard"):
            ready["shard"] = list(session.shard)
        await self._send(session, "READY", ready)
        if session.wants(world.guild_id):
            await self._send(session, "GUILD_CREATE", world.guild_payload())
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> Session | None:
        session = self.sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") not in (
            self.fake.world.token,
            f"Bot {self.fake.world.token}",
        ):
            await self._write(ws, {"op": 9, "d": False})
            return None
        self.resumes += 1
        session.ws = ws
        last = int(data.get("seq") or 0)
        for frame in session.sent:
            if frame["s"] > last:
                await self._write(ws, frame)
        await self._send(session, "RESUMED", {})
        return session

    async def _chunk(self, ws: web.WebSocketResponse, session: Session | None, data: dict[str, Any]) -> None:
        if session is None:
            return
        world = self.fake.world
        await self._send(
            session,
            "GUILD_MEMBERS_CHUNK",
            {
                "guild_id": str(world.guild_id),
                "members": [m.payload() for m in world.members.values()],
                "chunk_index": 0,
                "chunk_count": 1,
                "nonce": data.get("nonce"),
            },
        )

    # --- what tests call ----------------------------------------------------------------------
    def live(self) -> list[Session]:
        return [s for s in self.sessions.values() if s.ws is not None and not s.ws.closed]

    async def dispatch(self, event: str, data: dict[str, Any], *, guild_id: Any = None) -> int:
        """Send an event to every live session whose shard owns `guild_id`; returns how many got it."""
        targets = [s for s in self.live() if s.wants(int(guild_id) if guild_id else None)]
        assert targets, f"no live gateway session to receive {event} (is the bot connected?)"
        for session in targets:
            await self._send(session, event, data)
        return len(targets)

    async def dispatch_message(self, message: dict[str, Any]) -> int:
        """MESSAGE_CREATE as Discord filters it by intents: none without GUILD_MESSAGES/DIRECT_MESSAGES,
        and empty content without MESSAGE_CONTENT unless the bot is mentioned or it is a DM."""
        guild_id = message.get("guild_id")
        needed = GUILD_MESSAGES if guild_id else DIRECT_MESSAGES
        bot_id = str(self.fake.world.bot_user.id)
        sent = 0
        for session in self.live():
            if not session.wants(int(guild_id) if guild_id else None) or not session.intents & needed:
                continue
            data = message
            readable = (
                session.intents & MESSAGE_CONTENT
                or not guild_id
                or any(m["id"] == bot_id for m in message.get("mentions", []))
            )
            if not readable:
                data = {**message, "content": "", "embeds": [], "attachments": [], "components": []}
            await self._send(session, "MESSAGE_CREATE", data)
            sent += 1
        return sent

    async def close_sockets(self, code: int = 4000) -> None:
        """Drop every connection with a close code: most let the client RESUME; 4007 and 4009 end
        the session (it must IDENTIFY again); 4004 and 4010-4014 are fatal."""
        for session in self.live():
            assert session.ws is not None
            if code in SESSION_ENDING_CLOSES or code in FATAL_CLOSES:
                self.sessions.pop(session.id, None)
            await session.ws.close(code=code)

    async def reconnect(self) -> None:
        """op 7 RECONNECT to every live client: it must reconnect and RESUME (nothing is lost)."""
        for session in self.live():
            assert session.ws is not None
            await self._write(session.ws, {"op": 7, "d": None})

    async def invalid_session(self, resumable: bool = False) -> None:
        """Tell every live client its session is invalid (op 9), as Discord does after a bad RESUME."""
        for session in self.live():
            assert session.ws is not None
            await self._write(session.ws, {"op": 9, "d": resumable})
            if not resumable:
                self.sessions.pop(session.id, None)
