"""The knowledge search in a second process, so a burst's searches leave the bot's event loop.

One event loop answers a burst of /ask interactions in turn, so the last answer leaves after every
search before it (issue 15). `SEARCH_WORKER=process` forks one child once the knowledge is loaded:
it inherits the loaded index (no second load, the same entries), searches whatever the parent
sends over a socket pair and sends back a compact result (entry ids, not entries), which the parent
turns back into a `SearchResult` holding its own `Entry` objects. `thread` runs the search in a
thread instead (for comparison: the search is Python, so the GIL keeps it on one core); `off`
searches on the event loop.

- **Reload.** The child holds the knowledge it was forked with. A search that finds
  `KnowledgeService.generation` moved (a reload swapped the index) replaces the child first, and a
  reply computed on an older generation is searched again here, so no answer names an old entry.
- **Crash.** A child that dies (killed, out of memory) or hangs (no reply in `REPLY_WITHIN`) fails
  the questions it held: each is asked again of a new child, never searched here (a question that
  kills or hangs a child would do the same to the bot, and a burst would queue on its loop). A
  question lost by two children in a row gets `SearchUnavailable`: the member is asked to retry.
  A search that raises in the child is searched here, so its error is the usual one.
- **Memory.** The child shares the parent's pages until either writes them (CPython's reference
  counts write to every object the search touches): `memory()` gives its resident and unique sizes.
- **Shutdown.** `close()` closes the socket; the child exits on end-of-file (killed after a grace).

The child logs nothing and never sees the member, only the question text and the filters.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import pickle
import signal
import socket
import struct
import time
from dataclasses import dataclass, fields

from bot.errors import SearchUnavailable
from bot.kb.filters import NO_FILTERS, Filters
from bot.kb.result import Alternative, SearchResult
from bot.kb.service import KnowledgeService
from bot.kb.smalltalk import SmallTalk

log = logging.getLogger("bot.kb.worker")

FRAME = struct.Struct("!I")  # each message: its length, then a pickle
# A reply later than this means a hung child (a burst of 100 takes well under a second): it is killed
# and its questions searched here. Long, since a slow reply is still better than the search twice.
REPLY_WITHIN = 30.0
CLOSE_GRACE = 2.0  # seconds the child has to exit after its socket closes before it is killed

# What the child sends back for one search: everything in a SearchResult but the question (the
# parent has it) and the entries, by id, in plain values: (answered, confidence, entry id, the
# alternatives' (id, score), item ids, language, small talk's (kind, language)). None: the search
# raised in the child. Plain values, not the dataclasses: their pickles cost ~35 us of CPU a reply
# (dumped in the child, loaded on the bot's event loop), these ~2 us.
Reply = (
    tuple[
        bool,
        float,
        str | None,
        tuple[tuple[str, float], ...],
        tuple[str, ...],
        str,
        tuple[str, str | None] | None,
        tuple[tuple[str, str], ...],
        tuple[int, tuple[str, ...], tuple[str, ...]],
    ]
    | None
)
# A question as sent to the child: (request id, question, filters - None for none, else each
# field's value by name - and limit).
Request = tuple[int, str, dict[str, object] | None, int]


# Children a question may be asked of before the member is asked to try again (see `search`).
ATTEMPTS = 2


class WorkerGone(Exception):
    """The child stopped before it answered."""


def compact(result: SearchResult) -> Reply:
    entry = result.entry.id if result.entry is not None else None
    items = tuple(e.id for e in result.items)
    alternatives = tuple((a.id, a.score) for a in result.alternatives)
    talk = (result.talk.kind, result.talk.language) if result.talk is not None else None
    why = tuple(result.why.items())
    more = (result.total, result.browse, result.unrecorded)
    return (result.answered, result.confidence, entry, alternatives, items, result.language, talk, why, more)


def request(rid: int, question: str, filters: Filters, limit: int) -> Request:
    chosen = None if filters == NO_FILTERS else {f.name: getattr(filters, f.name) for f in fields(filters)}
    return (rid, question, chosen, limit)


def filters_of(chosen: dict[str, object] | None) -> Filters:
    return NO_FILTERS if chosen is None else Filters(**chosen)  # type: ignore[arg-type]


def _serve(sock: socket.socket, kb: KnowledgeService) -> None:  # pragma: no cover - runs in the child
    """The child's loop: one question in, one reply out, until the parent closes the socket."""
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)  # the parent's event loop's, closed below
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; EOF stops us
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    keep = sock.fileno()
    # Inherited sockets (Discord's gateway, the database) must close when the parent closes them.
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 16)
    stream = sock.makefile("rb")
    while True:
        head = stream.read(FRAME.size)
        if len(head) < FRAME.size:
            return
        rid, question, chosen, limit = pickle.loads(stream.read(FRAME.unpack(head)[0]))
        try:
            reply: Reply = compact(kb.search(question, filters_of(chosen), limit=limit))
        except Exception:  # the parent searches again and gets the real error with its traceback
            reply = None
        data = pickle.dumps((rid, reply), pickle.HIGHEST_PROTOCOL)
        sock.sendall(FRAME.pack(len(data)) + data)


class _Replies(asyncio.Protocol):
    """The parent's end: frames in, each reply to the future waiting for it."""

    def __init__(self) -> None:
        self.pending: dict[int, asyncio.Future[Reply]] = {}  # this child's questions, by request id
        self.buffer = bytearray()
        self.lost = asyncio.get_running_loop().create_future()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= FRAME.size:
            size = FRAME.unpack_from(self.buffer)[0]
            if len(self.buffer) < FRAME.size + size:
                return
            rid, reply = pickle.loads(self.buffer[FRAME.size : FRAME.size + size])
            del self.buffer[: FRAME.size + size]
            future = self.pending.pop(rid, None)
            if future is not None and not future.done():
                future.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        for future in self.pending.values():
            if not future.done():
                future.set_exception(WorkerGone())
        self.pending.clear()
        if not self.lost.done():
            self.lost.set_result(None)


@dataclass
class _Child:
    pid: int
    generation: int
    transport: asyncio.Transport
    replies: _Replies
    # Its end is logged once, not once per question it held (a burst would flood the log); a child
    # stopped on purpose (reload, shutdown) is not reported as stopped at all.
    reported: bool = False


class SearchWorker:
    """`KnowledgeService.search` in a forked child; see the module docstring."""

    def __init__(self, kb: KnowledgeService) -> None:
        self.kb = kb
        self._child: _Child | None = None
        self._ids = itertools.count()
        self._lock = asyncio.Lock()
        self._closed = False
        self.started = 0  # children started, for tests and the benchmark
        self.searched_here = 0  # questions searched in this process after all (no fork, reload, error)
        self.lost = 0  # questions lost by ATTEMPTS children in a row (the member was asked to retry)

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    async def start(self) -> None:
        await self._ready()

    async def _ready(self) -> _Child | None:
        """The child for the current knowledge, started (or replaced) if need be."""
        if self._current(self._child):
            return self._child
        async with self._lock:
            child = self._child
            if self._current(child):
                return child
            if self._closed:
                return None
            if child is not None:
                self._child = None
                await self._stop(child)
            try:
                self._child = await self._spawn()
            except OSError as exc:  # no fork (out of memory, process limit): search here meanwhile
                log.warning("could not start the search worker (%s); searching in this process", exc)
                return None
            return self._child

    def _current(self, child: _Child | None) -> bool:
        if child is None or child.transport.is_closing():
            return False
        return child.generation == self.kb.generation

    async def _spawn(self) -> _Child:
        loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair()
        generation = self.kb.generation
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 0
            try:
                ours.close()
                _serve(theirs, self.kb)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        theirs.close()
        self.started += 1
        transport, replies = await loop.create_unix_connection(_Replies, sock=ours)
        log.info("search worker started (pid %d)", pid)
        return _Child(pid, generation, transport, replies)

    async def search(self, question: str, filters: Filters = NO_FILTERS, *, limit: int = 5) -> SearchResult:
        """As `KnowledgeService.search`, computed in the child. A question whose child stops (or
        hangs) is asked again of a new child, not searched here: it may be what stopped the child,
        and a burst the child held would queue on the bot's event loop. Lost twice, it raises
        `SearchUnavailable` (the member is asked to try again). Searched here only without a child
        (no fork) or when the child's own search raised (for the usual error and traceback)."""
        for _attempt in range(ATTEMPTS):
            child = await self._ready()
            if child is None:
                return self._here(question, filters, limit)
            try:
                reply = await self._ask(child, question, filters, limit)
            except WorkerGone:
                continue
            result = self._rebuild(question, reply) if child.generation == self.kb.generation else None
            return result if result is not None else self._here(question, filters, limit)
        self.lost += 1
        log.warning("the search workers lost one question %d times; the member is asked to retry", ATTEMPTS)
        raise SearchUnavailable()

    async def _ask(self, child: _Child, question: str, filters: Filters, limit: int) -> Reply:
        """One round trip to `child`; WorkerGone if it stops or does not answer in time (then killed)."""
        rid = next(self._ids)
        future: asyncio.Future[Reply] = asyncio.get_running_loop().create_future()
        child.replies.pending[rid] = future
        data = pickle.dumps(request(rid, question, filters, limit), pickle.HIGHEST_PROTOCOL)
        child.transport.write(FRAME.pack(len(data)) + data)
        try:
            return await asyncio.wait_for(asyncio.shield(future), REPLY_WITHIN)
        except TimeoutError:  # hung (or starved for minutes): killed, its questions asked again
            if not child.reported:
                child.reported = True
                log.warning(
                    "search worker (pid %d) did not answer within %.0f s; replacing it",
                    child.pid,
                    REPLY_WITHIN,
                )
            with contextlib.suppress(ProcessLookupError):
                os.kill(child.pid, signal.SIGKILL)
            child.transport.close()
            raise WorkerGone() from None
        except WorkerGone:
            if not child.reported:
                child.reported = True
                log.warning("search worker (pid %d) stopped; its questions go to a new one", child.pid)
            raise
        finally:
            child.replies.pending.pop(rid, None)

    def _here(self, question: str, filters: Filters, limit: int) -> SearchResult:
        self.searched_here += 1
        return self.kb.search(question, filters, limit=limit)

    def _rebuild(self, question: str, reply: Reply) -> SearchResult | None:
        """The child's reply with this process's entries (None if it names one this one lacks)."""
        if reply is None:
            return None
        (
            answered,
            confidence,
            entry_id,
            offered,
            item_ids,
            language,
            talk,
            why,
            (total, browse, unrecorded),
        ) = reply
        entry = self.kb.get(entry_id) if entry_id is not None else None
        items = [self.kb.get(i) for i in item_ids]
        others = [(self.kb.get(i), score) for i, score in offered]
        if (entry_id is not None and entry is None) or any(e is None for e in items):
            return None
        alternatives = [Alternative(e.id, e.kind, e.title, score) for e, score in others if e is not None]
        if len(alternatives) < len(others):
            return None
        return SearchResult(
            question,
            answered,
            confidence,
            entry,
            alternatives,
            items=[e for e in items if e is not None],
            language=language,
            talk=SmallTalk(*talk) if talk is not None else None,
            why=dict(why),
            total=total,
            browse=browse,
            unrecorded=unrecorded,
        )

    def memory(self) -> dict[str, int]:
        """The child's resident memory and the part of it not shared with the parent (bytes), from
        Linux's /proc ({} elsewhere or without a child)."""
        if self._child is None:
            return {}
        sizes: dict[str, int] = {}
        try:
            with open(f"/proc/{self._child.pid}/smaps_rollup") as rollup:
                for line in rollup:
                    name, _, value = line.partition(":")
                    if name in ("Rss", "Private_Clean", "Private_Dirty"):
                        sizes[name] = int(value.split()[0]) * 1024
        except (OSError, ValueError):
            return {}
        return {
            "rss": sizes.get("Rss", 0),
            "private": sizes.get("Private_Clean", 0) + sizes.get("Private_Dirty", 0),
        }

    async def close(self) -> None:
        async with self._lock:
            self._closed = True
            child, self._child = self._child, None
            if child is not None:
                await self._stop(child)

    async def _stop(self, child: _Child) -> None:
        """Close the child's socket and reap it (killed if it has not exited within the grace)."""
        child.reported = True  # on purpose: the questions it still held are searched here, silently
        child.transport.close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(child.replies.lost), CLOSE_GRACE)
        await asyncio.to_thread(_reap, child.pid)


def _reap(pid: int) -> None:
    """Wait for the child to exit; kill it after CLOSE_GRACE."""
    for _ in range(int(CLOSE_GRACE / 0.05)):
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
