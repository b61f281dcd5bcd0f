"""Where a burst's time goes, for bench/discord_latency.py: per-stage stamps, event-loop stalls,
CPU per process and the machine's load, so a slow run says why and a loaded run shows as such.

Stamps from both processes are comparable: `time.perf_counter` is CLOCK_MONOTONIC on Linux, one
clock for the whole machine. Nothing here sleeps to wait for the bot: a burst is over when every
handler task discord.py started for it has returned and the question log has nothing queued.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psutil

EVENT = "INTERACTION_CREATE"
INVOKER = "CommandTree-invoker"  # discord.py's name for the task running one app command
TICK = 0.005  # the stall monitor's period (s): a stall is the lateness of its next wake-up


class ParseStamps:
    """When the bot's gateway handed each INTERACTION_CREATE to discord.py, by interaction token.

    Installed in front of whatever parser is current (the replay guard's or discord.py's own), so
    re-install after loading or unloading the guard."""

    def __init__(self) -> None:
        self.at: dict[str, float] = {}

    def install(self, parsers: dict[str, Callable[[Any], None]]) -> None:
        inner = parsers[EVENT]

        def stamped(data: Any) -> None:
            if isinstance(data, dict) and isinstance(data.get("token"), str):
                self.at[data["token"]] = time.perf_counter()
            inner(data)

        parsers[EVENT] = stamped


class StallMonitor:
    """The bot's event loop's longest stall: how late a 5 ms timer fires. A handler that computes
    without awaiting (a search, a render) holds every other interaction back for that long. Also the
    time spent in the collector's full (generation 2) passes, which stall everything at once."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.full_gc = 0.0
        self._task: asyncio.Task[None] | None = None
        self._gc_started = 0.0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._watch())
        gc.callbacks.append(self._gc)

    def take(self) -> tuple[float, float]:
        """The longest stall and the full collections' time (ms) since the last call."""
        longest, self.longest = self.longest, 0.0
        full_gc, self.full_gc = self.full_gc, 0.0
        return longest * 1000, full_gc * 1000

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.full_gc += time.perf_counter() - self._gc_started

    async def _watch(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(TICK)
            self.longest = max(self.longest, time.perf_counter() - before - TICK)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)


async def settle(drain_log: Callable[[], Any]) -> None:
    """Wait until the bot has finished every handler (a public /ask's rating prompt follows its
    answer) and written the question log, so the next burst does not pay for this one's tail."""
    while True:
        pending = [t for t in asyncio.all_tasks() if t.get_name() == INVOKER and not t.done()]
        if not pending:
            await drain_log()
            if not any(t.get_name() == INVOKER and not t.done() for t in asyncio.all_tasks()):
                return
            continue
        await asyncio.wait(pending)


@dataclass
class Stages:
    """Per-interaction stage durations (ms) of one kind of burst, pooled over its bursts."""

    gateway: list[float] = field(default_factory=list)  # fake sends INTERACTION_CREATE -> bot parses
    handler: list[float] = field(default_factory=list)  # bot parses -> initial callback at the fake
    answer: list[float] = field(default_factory=list)  # initial callback -> final edit at the fake
    stall: list[float] = field(default_factory=list)  # longest event-loop stall per burst
    full_gc: list[float] = field(default_factory=list)  # time in full collections per burst
    bot_cpu: list[float] = field(default_factory=list)  # bot CPU per interaction, tail included
    fake_cpu: list[float] = field(default_factory=list)  # the fake's CPU per interaction
    share: list[float] = field(default_factory=list)  # bot CPU / wall while the burst was answered

    def add(
        self,
        got: dict[str, Any],
        parsed: dict[str, float],
        stall: tuple[float, float],
        cpu: float,
        wall: float,
    ) -> None:
        n = max(len(got["stamps"]), 1)
        for token, sent, callback, final in got["stamps"]:
            at = parsed.get(token)
            if at is not None:
                self.gateway.append((at - sent) * 1000)
                self.handler.append((callback - at) * 1000)
            if final != callback:
                self.answer.append((final - callback) * 1000)
        self.stall.append(stall[0])
        self.full_gc.append(stall[1])
        self.bot_cpu.append(cpu / n * 1000)
        self.fake_cpu.append(got["fake_cpu"] / n * 1000)
        self.share.append(cpu / wall if wall > 0 else float("nan"))


LOADED = 0.25  # cores used by other processes during a run above which its verdict is marked


class Machine:
    """How much CPU other processes took while a run was measured: the machine's busy time minus
    this bench's two processes (bot and fake), in cores. A ratio from a run where others took a
    core is noise (the floor and /ask bursts were slowed at different moments), not a result."""

    def __init__(self, pids: list[int]) -> None:
        self.processes = [psutil.Process(pid) for pid in pids]
        self._start = self._sample()

    def _sample(self) -> tuple[float, float, float]:
        total = psutil.cpu_times()
        idle = ("idle", "iowait", "guest", "guest_nice")  # guest time is already in user and nice
        busy = sum(total) - sum(getattr(total, name, 0.0) for name in idle)
        own = 0.0
        for process in self.processes:
            times = process.cpu_times()
            own += times.user + times.system
        return time.perf_counter(), busy, own

    def others(self) -> float:
        """Cores used by other processes since the last call (or since this was made)."""
        (wall0, busy0, own0), (wall1, busy1, own1) = self._start, self._sample()
        self._start = (wall1, busy1, own1)
        return max(busy1 - busy0 - (own1 - own0), 0.0) / max(wall1 - wall0, 1e-9)


def load() -> float:
    """The machine's 1-minute load average (this bench's own processes add ~1-1.5 to it)."""
    return os.getloadavg()[0]


def cores() -> int:
    return psutil.cpu_count() or 1


def stage_header(command: str) -> None:
    print(
        "  gateway: the fake sends INTERACTION_CREATE -> the bot's gateway parses it; handler: -> the\n"
        f"  initial callback reaches the fake; answer: callback -> the final edit (/{command} only);\n"
        "  stall: the bot's longest event-loop stall in a burst; full gc: its time in the collector's\n"
        "  full passes; cpu: per interaction, the bot's tail (rating prompt, question log) included"
    )
    print(
        f"{'run':>4}{'N':>5}  {'kind':<7}{'gateway':>14}{'handler':>14}{'answer':>14}"
        f"{'stall':>8}{'full gc':>8}{'bot cpu':>9}{'fake cpu':>10}"
    )


def stage_row(label: str, stages: Stages) -> None:
    def cell(values: list[float]) -> str:
        return f"{pct(values, 50):.0f}/{pct(values, 99):.0f}" if values else "-"

    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else float("nan")

    print(
        f"{label:<16}{cell(stages.gateway):>14}{cell(stages.handler):>14}{cell(stages.answer):>14}"
        f"{mean(stages.stall):>8.0f}{mean(stages.full_gc):>8.0f}{mean(stages.bot_cpu):>9.2f}"
        f"{mean(stages.fake_cpu):>10.2f}"
    )


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


CALLBACK_TARGET, FINAL_TARGET = 1.5, 3.0  # p99 as multiples of the /ping floor (issue 15)


RunResult = tuple[list[float], list[float], list[float], Stages, Stages, float, float]


def ratio_table(
    per_run: dict[tuple[int, int], RunResult],
    command: str,
    sizes: list[int],
    runs: int,
    worker: dict[tuple[int, int], float] | None = None,
) -> None:
    """Each run's p99s as ratios to that run's own /ping p99: the machine's load cancels out. Then
    where the time went, and the CPU each kind of interaction cost (`worker`: the search worker's ms
    per interaction, per (run, N))."""
    print(
        f"ratios to discord.py's no-op /ping floor, measured in the same run (targets: callback <= "
        f"{CALLBACK_TARGET}x, final <= {FINAL_TARGET}x). load: 1-min load average after the run; others:"
        f" cores of {cores()} other processes used during it (over {LOADED}: 'loaded', the ratio is"
        f" noise); share: the bot's CPU / wall in its /{command} bursts"
    )
    print(
        f"{'run':>4}{'N':>5}{'load':>6}{'others':>7}{'share':>6}{'/ping p99':>11}"
        f"{f'/{command} cb p99':>15}{'ratio':>7}{f'/{command} final p99':>18}{'ratio':>7}  verdict"
    )
    for n in sizes:
        for r in range(runs):
            pings, cbs, finals, _, stages, loadavg, others = per_run[(r, n)]
            floor, cb, final = pct(pings, 99), pct(cbs, 99), pct(finals, 99)
            cb_ratio, final_ratio = cb / floor, final / floor
            ok = cb_ratio <= CALLBACK_TARGET and final_ratio <= FINAL_TARGET
            share = statistics.fmean(stages.share) if stages.share else float("nan")
            verdict = ("meets" if ok else "MISSES") + (" (loaded)" if others > LOADED else "")
            print(
                f"{r + 1:>4}{n:>5}{loadavg:>6.1f}{others:>7.2f}{share:>6.0%}{floor:>11.1f}{cb:>15.1f}"
                f"{cb_ratio:>7.2f}{final:>18.1f}{final_ratio:>7.2f}  {verdict}"
            )
    print("where the time goes, per run (ms, p50/p99; stall and cpu: mean per burst; cpu per interaction):")
    stage_header(command)
    for n in sizes:
        for r in range(runs):
            _, _, _, ping_stages, stages, _, _ = per_run[(r, n)]
            stage_row(f"{r + 1:>4}{n:>5}  /ping", ping_stages)
            stage_row(f"{'':>9}  /{command}", stages)
    cpu_table(per_run, command, sizes, runs, worker or {})


def cpu_table(
    per_run: dict[tuple[int, int], RunResult],
    command: str,
    sizes: list[int],
    runs: int,
    worker: dict[tuple[int, int], float],
) -> None:
    """The CPU a burst needs, against the final ratio it got. A burst of N keeps every process busy,
    so it cannot end before the machine has done N interactions' work: with the bot, its search worker
    and the fake sharing the cores, the final p99 ratio stays near the ratio of the two kinds' total
    CPU (bot + worker + fake) however the work is ordered. Below it only less CPU per /ask helps."""
    print(
        f"CPU per interaction (ms, mean per burst): bot + search worker + fake, and /{command}'s total over"
        f" /ping's (the final ratio a CPU-bound burst tends to; issue 15's target is {FINAL_TARGET}x)"
    )
    print(f"{'run':>4}{'N':>5}{'/ping cpu':>11}{f'/{command} cpu':>12}{'cpu ratio':>11}{'final ratio':>13}")
    for n in sizes:
        for r in range(runs):
            pings, _, finals, ping_stages, stages, _, _ = per_run[(r, n)]
            ping_cpu = statistics.fmean(ping_stages.bot_cpu) + statistics.fmean(ping_stages.fake_cpu)
            ask_cpu = (
                statistics.fmean(stages.bot_cpu) + statistics.fmean(stages.fake_cpu) + worker.get((r, n), 0.0)
            )
            final_ratio = pct(finals, 99) / pct(pings, 99)
            cells = f"{ping_cpu:>11.2f}{ask_cpu:>12.2f}{ask_cpu / ping_cpu:>11.2f}{final_ratio:>13.2f}"
            print(f"{r + 1:>4}{n:>5}{cells}")


# Where a profiled function's own time is charged: the first of these its file path contains.
AREAS = (
    ("bot/kb/", "knowledge search (bot/kb)"),
    ("bot/chat/", "rendering and handlers (bot/chat)"),
    ("bot/questions/", "question log (bot/questions)"),
    ("bot/", "rest of bot/"),
    ("/discord/", "discord.py"),
    ("/aiohttp/", "aiohttp"),
    ("/yarl/", "aiohttp (yarl, multidict)"),
    ("/multidict/", "aiohttp (yarl, multidict)"),
    ("/sqlalchemy/", "database (SQLAlchemy, aiosqlite)"),
    ("/aiosqlite/", "database (SQLAlchemy, aiosqlite)"),
    ("/json/", "json"),
    ("/logging/", "logging"),
    ("/asyncio/", "asyncio (the event loop)"),
    ("/wordfreq/", "knowledge search (bot/kb)"),
    ("/lingua", "knowledge search (bot/kb)"),
    ("/rapidfuzz", "knowledge search (bot/kb)"),
)


def area_of(path: str, name: str) -> str:
    for marker, area in AREAS:
        if marker in path:
            return area
    if path == "~":  # a builtin, charged by what it works on: "<method 'send' of '_socket.socket' objects>"
        parts = name.split("'")
        return f"builtins ({parts[3] if len(parts) > 3 else name.strip('<>')})"
    return "other"


# Spans of an /ask the member waits for and the ones that follow the answer (cumulative time).
SPANS = (
    ("before the final edit: defer, search, render, edit (Ask._answer)", "bot/chat/cogs/ask.py", "_answer"),
    ("  of it the search (App.search)", "bot/app.py", "search"),
    ("after it: rating prompt (send_followup)", "bot/chat/sends.py", "send_followup"),
    ("after it: question-log write (QuestionLogWriter._flush)", "bot/questions/writer.py", "_flush"),
)


def profile_report(stats: Any, count: int, top: int = 15) -> None:
    """A cProfile's own time and calls per interaction, by area and by function. Timed with the main
    thread's CPU clock (so waiting in epoll and other processes' turns count for nothing), but
    deterministic profiling inflates many small calls and a loaded machine slows everything: read
    the shares, and compare function calls (the machine's load does not move them) across changes."""
    areas: dict[str, list[float]] = {}  # area -> [own time, calls]
    rows = []
    for (path, line, name), (_, calls, own, _, _) in stats.stats.items():
        area = areas.setdefault(area_of(path, name), [0.0, 0])
        area[0] += own
        area[1] += calls
        rows.append((own, f"{path.split('site-packages/')[-1]}:{line} {name}"))
    total = sum(own for own, _ in areas.values())
    print(
        f"profile: per interaction under cProfile, {count} interactions: {total / count * 1000:.2f} ms "
        f"of own time, {stats.total_calls / count:.0f} function calls"
    )
    for area, (own, calls) in sorted(areas.items(), key=lambda a: -a[1][0]):
        if own / total >= 0.005:
            print(f"  {own / count * 1000:7.3f} ms {own / total:6.1%} {calls / count:7.0f} calls  {area}")
    print("  handler-side split, cumulative per interaction (the replies' parsing in aiohttp is outside):")
    for label, where, name in SPANS:
        spans = stats.stats.items()
        cum = sum(ct for (path, _, fn), (_, _, _, ct, _) in spans if fn == name and where in path)
        print(f"  {cum / count * 1000:7.3f} ms  {label}")
    print("  costliest functions (own time):")
    for own, where in sorted(rows, reverse=True)[:top]:
        print(f"  {own / count * 1000:7.3f} ms {own / total:6.1%}  {where[-90:]}")
