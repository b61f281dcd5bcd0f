"""Interaction latency through the loopback Discord, with the real client and the shipped knowledge.

    python bench/discord_latency.py [-n 100] [--rounds 3] [--runs 3] [--profile]

For each N, fires bursts of N concurrent `/ask` interactions (falls back to `/about` if no /ask cog
is loaded) and prints side by side p50/p99 from INTERACTION_CREATE to the interaction callback and
to the final answer (after a defer), errors, and this process's CPU per interaction. Baselines from
the same run: a no-op `/ping` with the bot exactly as configured, and with the replay guard
unloaded, which is what discord.py and the client cost on their own (the floor: one event loop
handles a burst serially, so p99 at N is roughly N times that cost). Also prints start-to-READY
time and resident memory with the knowledge loaded. BENCH_DATABASE_URL picks another database.
Targets (issue 15), as ratios to the /ping floor measured in the same run: at N=100, /ask
callback p99 <= 1.5x and final answer p99 <= 3x; 0 errors. The ratio table gives them per run,
with the CPU other processes took meanwhile ('loaded' runs are noise: on a shared machine the load
moves within a run), then where each run's time went (bench/latency_probe.py). Figures and
analysis: bench/README.md. `--searches answered process` sets the shipped path beside one whose
results were found before the runs: what an /ask costs with its search's CPU taken out, and the last
table (CPU per interaction) says how far the final ratio can fall on this machine's cores.

The fake runs in a child process (on the other core) and checks request schemas after each burst
has settled, so its own work is not charged to the bot; both timestamps are taken in the fake. A
burst is over when the bot has finished every handler it started (a public /ask's rating prompt)
and drained the question log, so no burst pays for the one before. A warm-up burst first fills the
client's keep-alive pool, as in steady state on Discord.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import discord
import discord.gateway
import discord.http
import psutil
import yarl
from discord import app_commands
from discord.ext import commands

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency_fake import member_questions, serve_fake  # noqa: E402
from bench.latency_probe import (  # noqa: E402
    Machine,
    ParseStamps,
    RunResult,
    Stages,
    StallMonitor,
    load,
    pct,
    profile_report,
    ratio_table,
    settle,
)
from bot.app import App  # noqa: E402
from bot.chat.client import make_bot  # noqa: E402
from bot.kb.filters import NO_FILTERS, Filters  # noqa: E402
from bot.kb.heap import freeze_heap  # noqa: E402
from bot.kb.result import SearchResult  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402
from bot.kb.worker import SearchWorker  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store.engine import open_database  # noqa: E402

REPLAY_GUARD = "bot.chat.cogs.replay"


# --- the parent: the bot, driven through the child ----------------------------------------------
class Ping(commands.Cog):
    """The baseline: answers at once, touching nothing."""

    @app_commands.command(name="ping", description="baseline no-op")
    async def ping(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", ephemeral=True)


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.first) < 3:
            self.first.append(
                f"{record.name}: {record.getMessage()} {record.exc_info[1] if record.exc_info else ''}"[:300]
            )


def bursts_for(n: int, rounds: int) -> int:
    """Enough bursts that every N gets at least ~100 samples per row (p99 of 3 samples is noise)."""
    return max(rounds, -(-100 * rounds // (3 * n)))


ROWS = [  # (series key, label)
    ("ping_bare", "baseline: /ping, client only (no guard)"),
    ("ping", "baseline: /ping, bot as configured"),
    ("cb", "/{cmd} -> callback"),
    ("final", "/{cmd} -> final answer"),
    ("cb_bare", "/{cmd} -> callback, no replay guard"),
]


def cpu_seconds(pid: int | None) -> float:
    """A process's user + system CPU so far (the search worker's), 0 if it is gone."""
    try:
        times = psutil.Process(pid).cpu_times() if pid else None
    except psutil.Error:
        return 0.0
    return times.user + times.system if times else 0.0


async def main(
    sizes: list[int], rounds: int, runs: int = 3, profile: bool = False, searches: list[str] | None = None
) -> int:
    counter = ErrorCounter()
    parsed, monitor = ParseStamps(), StallMonitor()
    per_run: dict[tuple[str, int, int], RunResult] = {}  # (search path, run, N)
    worker_cpu: dict[tuple[str, int, int], float] = {}  # (search path, run, N) -> worker CPU per /ask
    # --profile: cProfile over the measured /ask bursts after the first run's (they start the dict)
    profiler, profiled_count = (cProfile.Profile(time.thread_time) if profile else None), [0]
    logging.getLogger().addHandler(counter)
    process = psutil.Process()
    rss_start = process.memory_info().rss
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        os.environ.get("BENCH_FAKE_SCRIPT", __file__),
        "--serve-fake",
        stdout=asyncio.subprocess.PIPE,
    )
    assert child.stdout is not None
    control = f"http://127.0.0.1:{int(await child.stdout.readline())}"
    http = aiohttp.ClientSession()
    # series[key][n] -> latencies; cpu[key][n] -> bot CPU seconds per interaction; errs[key][n]
    series: dict[str, dict[int, list[float]]] = {k: {n: [] for n in sizes} for k, _ in ROWS}
    cpu: dict[str, dict[int, list[float]]] = {k: {n: [] for n in sizes} for k, _ in ROWS}
    errs: dict[str, dict[int, int]] = {k: dict.fromkeys(sizes, 0) for k, _ in ROWS}
    try:
        async with http.get(f"{control}/world") as response:
            world = await response.json()
        discord.http.Route.BASE = f"{world['base']}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(world["gateway"])

        async def fire(command: str, count: int, stages: Stages) -> dict[str, Any]:
            """One burst, then wait for the bot to settle (its tail is charged to this burst's CPU)."""
            profiled = profiler is not None and command != "ping" and per_run  # measured bursts only
            wall, before = time.perf_counter(), time.process_time()
            monitor.take()
            if profiled:
                profiler.enable()
            async with http.post(f"{control}/burst", json={"command": command, "n": count}) as response:
                got = await response.json()
            await settle(app.question_writer.drain)
            if profiled:
                profiler.disable()
                profiled_count[0] += count
            cpu, wall = time.process_time() - before, time.perf_counter() - wall
            got["cpu"] = cpu / count
            stages.add(got, parsed.at, monitor.take(), cpu, wall)
            async with http.post(f"{control}/check") as response:  # schema checks, off the clock
                await response.read()
            return got

        async def run(
            command: str, n: int, ping_key: str, cb_key: str, final_key: str | None
        ) -> tuple[list[float], list[float], list[float], Stages, Stages]:
            """Alternate /ping and /{command} bursts (same conditions); this call's samples."""
            pings: list[float] = []
            cbs: list[float] = []
            finals: list[float] = []
            ping_stages, stages = Stages(), Stages()
            for _ in range(bursts_for(n, rounds)):
                got = await fire("ping", n, ping_stages)
                pings += got["callbacks"]
                cpu[ping_key][n].append(got["cpu"])
                errs[ping_key][n] += got["errors"]
                got = await fire(command, n, stages)
                cbs += got["callbacks"]
                finals += got["finals"]
                cpu[cb_key][n].append(got["cpu"])
                errs[cb_key][n] += got["errors"]
            series[ping_key][n] += pings
            series[cb_key][n] += cbs
            if final_key:
                series[final_key][n] += finals
            return pings, cbs, finals, ping_stages, stages

        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                _env_file=None,
                **world["settings"],  # type: ignore[call-arg]
                database_url=os.environ.get("BENCH_DATABASE_URL", f"sqlite+aiosqlite:///{tmp}/bench.db"),
                knowledge_dir=ROOT / "knowledge",
            )
            loaded = time.perf_counter()
            kb = await KnowledgeService.load(settings.knowledge_dir)
            load_s = time.perf_counter() - loaded
            app = App(settings=settings, kb=kb, db=await open_database(settings.database_url))
            if not os.environ.get("BENCH_NO_FREEZE"):
                freeze_heap()  # as `python -m bot run` does before connecting (bot/cli/run.py)
            await app.start_search_worker()  # SEARCH_WORKER=process, as `python -m bot run` does
            # --searches: each run measures every search path in turn, each with its own /ping floor
            paths = searches or [settings.search_worker]
            worker = app.worker or (SearchWorker(kb) if "process" in paths else None)
            if worker is not None:
                await worker.start()

            # "answered": every bench question's result found before the runs, so an /ask costs
            # what the answer's Discord exchange and bookkeeping cost with the search's CPU taken out
            known = {q: kb.search(q) for q in member_questions()} if "answered" in paths else {}

            async def answered(question: str, filters: Filters = NO_FILTERS) -> SearchResult:
                found = known.get(question) if filters == NO_FILTERS else None
                return found if found is not None else kb.search(question, filters)

            def use(path: str) -> None:
                settings.search_worker = "off" if path == "answered" else path  # type: ignore[assignment]
                app.worker = worker if path == "process" else None
                if path == "answered":
                    app.search = answered  # type: ignore[method-assign]
                else:
                    app.__dict__.pop("search", None)

            rss = process.memory_info().rss
            bot = make_bot(app, guild_ready_timeout=0.01)
            started = time.perf_counter()
            token = settings.discord_token.get_secret_value()  # type: ignore[union-attr]
            runner = asyncio.create_task(bot.start(token))
            await asyncio.wait_for(bot.ready_event.wait(), 30)
            ready_ms = (time.perf_counter() - started) * 1000
            try:
                await bot.add_cog(Ping())
                await bot.sync_commands()
                parsed.install(bot._connection.parsers)
                monitor.start()
                async with http.get(f"{control}/state") as response:
                    names = set((await response.json())["commands"])
                command = "ask" if "ask" in names else "about"
                guard = REPLAY_GUARD in bot.extensions
                top = max(sizes)
                await fire("ping", top, Stages())  # warm-up: imports, caches, keep-alive connections
                await fire(command, top, Stages())
                pids = [os.getpid(), child.pid] + ([worker.pid] if worker and worker.pid else [])
                machine = Machine(pids)
                for r in range(runs):
                    for path in paths:
                        use(path)
                        for n in sizes:
                            spent = cpu_seconds(worker.pid if worker else None)
                            got = await run(command, n, "ping", "cb", "final")
                            per_run[(path, r, n)] = (*got, load(), machine.others())
                            asks = n * bursts_for(n, rounds)
                            spent = cpu_seconds(worker.pid if worker else None) - spent
                            worker_cpu[(path, r, n)] = spent / asks * 1000
                use(paths[0])
                worker_memory = worker.memory() if worker is not None else {}
                if guard:
                    await bot.unload_extension(REPLAY_GUARD)  # puts discord.py's parser back
                    parsed.install(bot._connection.parsers)
                    for n in sizes:
                        await run(command, n, "ping_bare", "cb_bare", None)
                rss_after = process.memory_info().rss
                async with http.get(f"{control}/state") as response:
                    problems = (await response.json())["problems"]
            finally:
                monitor.stop()
                await bot.close()
                await runner
                await app.close()
                if worker is not None:
                    await worker.close()
    finally:
        await http.close()
        child.terminate()
        await child.wait()
    backend = settings.database_url.split(":", 1)[0]
    note = "" if command == "ask" else "  (no /ask cog loaded: measured /about instead)"
    print(f"discord_latency: N concurrent interactions per burst, {backend} database{note}")
    print("  measured: INTERACTION_CREATE sent by the fake -> the bot's interaction callback (and, for")
    print("  'final answer', -> the last edit of the reply), on the fake's clock. The fake runs in a")
    print("  child process (its schema checks after each burst, off the clock); the bot, its database")
    print("  driver and the real discord.py client run in this process. Bursts fire all N at once.")
    print("  cpu = this process's CPU time per interaction during the burst (bot + client + db driver).")
    head = "".join(f"{f'N={n}':>26}" for n in sizes)
    print(f"{'':42}{head}")
    print(f"{'':42}" + f"{'p50':>8}{'p99':>7}{'err':>4}{'cpu':>7}" * len(sizes))
    for key, label in ROWS:
        cells = ""
        for n in sizes:
            values = series[key][n]
            if not values:
                cells += f"{'-':>26}"
                continue
            cost = statistics.fmean(cpu[key][n]) * 1000 if cpu[key][n] else float("nan")
            err = errs[key][n] if key in errs and key != "final" else errs["cb"][n]
            cells += f"{pct(values, 50):8.1f}{pct(values, 99):7.1f}{err:4d}"
            cells += f"{cost:7.2f}" if key != "final" else f"{'':7}"
        print(f"{label.format(cmd=command):42}{cells}")
    print(
        "  (ms, all runs together; samples per cell: "
        + ", ".join(f"N={n}: {n * bursts_for(n, rounds) * runs}" for n in sizes)
        + ")"
    )
    errors = sum(sum(v.values()) for v in errs.values()) + len(problems) + counter.count
    print(
        f"errors: {errors} (timeouts or missing callbacks, requests Discord would reject: {len(problems)}, "
        f"ERROR logs: {counter.count})"
    )
    bare = cpu["ping_bare"][top] or cpu["ping"][top]
    if bare:
        floor = statistics.fmean(bare) * 1000 * top
        print(
            f"floor: a no-op /ping costs this process {floor / top:.2f} ms of CPU in discord.py and aiohttp, "
            f"so {top} at once need ~{floor:.0f} ms before the last callback can leave (one event loop); "
            f"p99 <= 25 ms at N={top} would need <= {25 / top:.2f} ms each"
        )
    print(f"start to READY: {ready_ms:.0f} ms (knowledge load before it: {load_s:.2f} s)")
    print(
        f"resident memory with knowledge loaded: {rss / 2**20:.0f} MiB at READY, {rss_after / 2**20:.0f} MiB "
        f"after the bursts (interpreter + imports: {rss_start / 2**20:.0f} MiB)"
    )
    if worker_memory:
        print(
            f"search worker: {worker_memory['rss'] / 2**20:.0f} MiB resident, of it "
            f"{worker_memory['private'] / 2**20:.0f} MiB not shared with the bot (after the bursts)"
        )
    for path in paths:
        worker_ms = {(r, n): worker_cpu[(path, r, n)] for r in range(runs) for n in sizes}
        costs = ", ".join(f"{c:.2f}" for c in worker_ms.values())
        print(f"search path: {path} (SEARCH_WORKER); worker CPU per /{command} in each run (ms): {costs}")
        ratio_table(
            {(r, n): per_run[(path, r, n)] for r in range(runs) for n in sizes},
            command,
            sizes,
            runs,
            worker_ms,
        )
    if profiler is not None and profiled_count[0]:
        profile_report(pstats.Stats(profiler), profiled_count[0])
        if os.environ.get("LATENCY_PROFILE_DUMP"):  # for pstats / snakeviz: cumulative times per call
            profiler.dump_stats(os.environ["LATENCY_PROFILE_DUMP"])
    for line in problems[:5] + counter.first:
        print("  " + line[:300])
    return 1 if errors else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n",
        type=int,
        nargs="+",
        default=[100],
        help="concurrent interactions per burst, one column each (default 100)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="bursts of each kind per run (default 3)")
    parser.add_argument("--runs", type=int, default=3, help="runs, each with its own ratios (default 3)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the bot's /ask bursts (runs after the first) and print own time per area and function",
    )
    parser.add_argument(
        "--searches",
        nargs="+",
        choices=["off", "thread", "process", "answered"],
        help="search paths to compare, each in every run with its own /ping floor (default: SEARCH_WORKER);"
        " 'answered' serves results found before the runs: what an /ask costs without its search",
    )
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        asyncio.run(serve_fake())
    else:
        measured = main(sorted(args.n), args.rounds, args.runs, args.profile, args.searches)
        raise SystemExit(asyncio.run(measured))
