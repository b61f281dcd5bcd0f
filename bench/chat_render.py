"""Rendering cost of the Discord face: what Markdown-safe shortening and paging add per reply.

Renders every shipped entry as the /ask card, every "Read more" page and a search page, and
compares with a naive baseline that just slices the description at 4096 characters (fast, but can
break a link or leave `**` open). Also times autocomplete answers, which run on every keystroke.

    python bench/chat_render.py            # shipped knowledge, 200 rounds
    python bench/chat_render.py --rounds 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import discord  # noqa: E402

from bot.chat.render import SearchPage, entry_embed, entry_page_embed, entry_pages, search_embed  # noqa: E402
from bot.chat.render.text import shorten  # noqa: E402
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.model import Entry  # noqa: E402
from bot.kb.render import entry_description  # noqa: E402
from bot.kb.search import SearchEngine  # noqa: E402


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1e6)
    return samples


def row(name: str, ours: list[float], base: list[float] | None) -> str:
    def fmt(samples: list[float] | None) -> str:
        if not samples:
            return f"{'-':>10} {'-':>10}"
        q = statistics.quantiles(samples, n=100)
        return f"{statistics.median(samples):10.1f} {q[98]:10.1f}"

    return f"{name:<38} {fmt(ours)}   {fmt(base)}"


def naive_card(entry: Entry) -> discord.Embed:
    return discord.Embed(title=entry.title[:256], description=entry_description(entry)[:4096])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    entries = check_directory(ROOT / "knowledge").entries
    if not entries:
        sys.exit("no valid entries in knowledge/")
    engine = SearchEngine(entries)
    related = {e.id: [r for r in entries if r.id in e.related] for e in entries}
    rounds = args.rounds

    def cards() -> None:
        for e in entries:
            entry_embed(e, related=related[e.id], confidence=0.8)

    def naive_cards() -> None:
        for e in entries:
            naive_card(e)

    def pages() -> None:
        for e in entries:
            all_pages = entry_pages(e)
            for n in range(1, len(all_pages) + 1):
                entry_page_embed(e, n, all_pages)

    def naive_pages() -> None:
        for e in entries:
            text = e.body
            for i in range(0, max(len(text), 1), 3500):
                discord.Embed(title=e.title[:256], description=text[i : i + 3500])

    page = SearchPage("spyware", {"kind": "vendor"}, entries[:5], 1, 3, 13)
    long_text = "\n".join(entry_description(e) for e in entries)

    def cut_long() -> None:
        shorten(long_text, 4096, marker=" (more)")

    def naive_cut() -> None:
        _ = long_text[:4096]

    prefixes = ["h", "hik", "nso", "finf", "pegas", "wassen", "dual use", "zzz"]

    def complete() -> None:
        for p in prefixes:
            engine.catalogue.complete(p, kind="vendor", limit=25)

    print(f"{len(entries)} entries, {rounds} rounds; microseconds per call (median, p99)\n")
    print(f"{'':<38} {'ours':>21}   {'naive baseline':>21}")
    print(f"{'':<38} {'median':>10} {'p99':>10}   {'median':>10} {'p99':>10}")
    print(row(f"all {len(entries)} entry cards", timed(cards, rounds), timed(naive_cards, rounds)))
    print(row("all Read-more pages", timed(pages, rounds), timed(naive_pages, rounds)))
    print(row("one search page", timed(lambda: search_embed(page), rounds), None))
    print(row(f"shorten {len(long_text)} chars to 4096", timed(cut_long, rounds), timed(naive_cut, rounds)))
    print(row(f"autocomplete x{len(prefixes)} prefixes", timed(complete, rounds), None))
    broken = sum(1 for e in entries if len(entry_description(e)) > 4096)
    print(f"\nentries whose card needed shortening: {broken}; Discord's deadline per interaction: 3 s")


if __name__ == "__main__":
    main()
