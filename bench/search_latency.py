"""Search speed: p50/p99 query latency, index build time and memory, engine vs plain BM25.

Latency is what a member waits for: KnowledgeService.search, the engine's answer plus, for a list
question ("which companies sold to Egypt?"), its list (detection, the English reading, selection).
Build time and RSS are the service's too (the engine's index and the list name table).

Runs on the shipped knowledge base and on synthetic ones of 1k, 10k and 100k entries (built
in-process from a seeded RNG, reusing the real entries' words), all in one run:

    python bench/search_latency.py                 # shipped, 1000, 10000, 100000
    python bench/search_latency.py --sizes 200     # quick smoke run
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bm25s  # noqa: E402
import psutil  # noqa: E402

from bench.kbeval.blind import TUNE_FILE, load_blind  # noqa: E402
from bench.kbeval.evaluation import load_questions  # noqa: E402
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.detect import detect  # noqa: E402
from bot.kb.model import Entry, Source  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402
from bot.kb.text import raw_tokens  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ver",
    "tro",
    "sen",
    "dax",
    "qui",
    "ren",
    "vo",
    "zen",
    "tal",
    "mor",
    "pix",
    "nu",
    "gra",
    "sol",
    "vek",
    "tri",
    "lan",
    "cor",
    "bel",
    "fin",
    "hex",
    "ion",
    "jux",
    "ome",
    "pra",
]
SUFFIXES = ["Systems", "Technologies", "Labs", "Group", "Security", "Networks", "Vision", "Intelligence"]


def synthetic(base: list[Entry], size: int, seed: int = 7) -> list[Entry]:
    """`size` entries: the real ones plus vendor-like inventions that reuse the real vocabulary."""
    rng = random.Random(seed)
    words = [w for e in base for w in raw_tokens(e.summary + " " + e.body) if w.isalpha() and len(w) > 3]
    countries = sorted({c for e in base for c in e.countries})
    techs = sorted({t for e in base for t in e.technologies})
    out = list(base[:size])
    seen = {e.title.casefold() for e in out} | {a.casefold() for e in out for a in e.aliases}
    i = 0
    while len(out) < size:
        i += 1
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        title = f"{name} {rng.choice(SUFFIXES)}"
        alias = f"{name}{rng.choice(['Cam', 'Spy', 'Net', 'ID', 'Scan'])}"
        if title.casefold() in seen or alias.casefold() in seen:
            continue
        seen |= {title.casefold(), alias.casefold()}
        kind = rng.choice(["vendor", "vendor", "case", "rule"])
        place = rng.sample(countries, 2)
        summary = f"{title} ({', '.join(place)}): " + " ".join(rng.choices(words, k=25))
        body = "## Key facts\n" + "\n".join("- " + " ".join(rng.choices(words, k=14)) for _ in range(4))
        related = [rng.choice(out).id for _ in range(2)]
        out.append(
            Entry(
                id=f"syn-{i}",
                kind=kind,
                title=title,
                aliases=[alias],
                summary=summary[:300],
                body=body,
                status="alleged",
                countries=place,
                technologies=rng.sample(techs, 2),
                years=[rng.randint(2005, 2025)],
                related=related,
                sources=[Source(publisher="Synthetic", title=title, date="2020")],
                last_reviewed="2026-01-01",
            )
        )
    return out


def queries(entries: list[Entry], n: int, seed: int = 11) -> list[str]:
    """Member-style questions (every third of the blind tune split: long, other languages...), eval
    questions, and names (some misspelt, some with a place) of entries in this KB."""
    rng = random.Random(seed)
    qs = [q.text for q in load_blind(TUNE_FILE)][::3] + [q.text for q in load_questions()]
    for _ in range(n - len(qs)):
        e = rng.choice(entries)
        name = rng.choice([e.title, *e.aliases]).lower()
        if rng.random() < 0.4 and len(name) > 6:  # a typo
            k = rng.randrange(1, len(name) - 1)
            name = name[:k] + name[k + 1 :]
        if rng.random() < 0.3 and e.countries:
            name += " " + e.countries[0].lower()
        qs.append(name if rng.random() < 0.7 else f"what do we know about {name}?")
    return qs[:n]


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def timed(fn, qs: list[str]) -> tuple[float, float]:
    """(p50, p99) wall-clock ms per query."""
    return timed_both(fn, qs)[:2]


def timed_both(fn, qs: list[str]) -> tuple[float, float, float]:
    """(p50, p99) wall-clock ms and p99 CPU ms (this thread only: on a shared, loaded machine the
    wall clock's tail is mostly other processes' turns)."""
    wall, cpu = [], []
    for q in qs:
        t, c = time.perf_counter(), time.thread_time()
        fn(q)
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    wall.sort()
    cpu.sort()
    k = min(len(qs) - 1, int(len(qs) * 0.99))
    return statistics.median(wall), wall[k], cpu[k]


def bench(label: str, entries: list[Entry], n_queries: int) -> str:
    gc.collect()
    before = rss_mb()
    t = time.perf_counter()
    service = KnowledgeService.from_entries(entries)
    build = time.perf_counter() - t
    engine_mb = rss_mb() - before

    corpus = [" ".join([e.title, *e.aliases, e.summary, e.body]) for e in entries]
    before = rss_mb()
    t = time.perf_counter()
    bm = bm25s.BM25()
    bm.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)
    bm_build = time.perf_counter() - t
    bm_mb = rss_mb() - before

    def baseline(q: str) -> None:
        tokens = bm25s.tokenize([q], stopwords="en", show_progress=False)
        if tokens.vocab:
            bm.retrieve(tokens, k=min(5, len(entries)), show_progress=False)

    qs = queries(entries, n_queries)
    for q in qs[:20]:  # warm-up (first-use caches, lazy imports)
        service.search(q)
        baseline(q)
    e50, e99, ecpu = timed_both(service.search, qs)
    b50, b99 = timed(baseline, qs)
    return (
        f"{label:<10} {len(entries):>7} {build:>8.2f} {bm_build:>8.2f} {engine_mb:>8.1f} {bm_mb:>8.1f} "
        f"{e50:>8.2f} {e99:>8.2f} {ecpu:>8.2f} {b50:>8.2f} {b99:>8.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[1000, 10000, 100000],
        help="synthetic knowledge-base sizes (default: 1000 10000 100000; 0 or none: the shipped one only)",
    )
    parser.add_argument("--queries", type=int, default=300, help="queries per size")
    parser.add_argument("--dir", type=Path, default=ROOT / "knowledge")
    args = parser.parse_args(argv)
    base = check_directory(args.dir).entries
    print(
        f"Search latency: {args.queries} queries per knowledge base (eval questions + entry names, "
        "some misspelt); build s and RSS MB added by the index; ms per query as the member waits "
        "for it (KnowledgeService.search: the answer and a list question's list)"
    )
    header = (
        f"{'kb':<10} {'entries':>7} {'build':>8} {'bm25bld':>8} {'rss':>8} {'bm25rss':>8} "
        f"{'p50':>8} {'p99':>8} {'p99cpu':>8} {'bm25p50':>8} {'bm25p99':>8}"
    )
    print(header)
    print("-" * len(header))
    print(bench("shipped", base, args.queries), flush=True)
    qs = queries(base, args.queries)
    d50, d99, dcpu = timed_both(detect, qs)
    print(
        f"language detection alone (included above): p50 {d50:.3f} ms, p99 {d99:.3f} ms, p99cpu {dcpu:.3f} ms"
    )
    for size in (s for s in args.sizes if s > 0):  # '--sizes 0' crashed: bm25s cannot index nothing
        print(bench(f"synth-{size}", synthetic(base, size), args.queries), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
