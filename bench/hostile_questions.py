"""What hostile /ask questions cost (review11, review12a): pathological text at /ask's longest (500
characters) through the whole search over the shipped knowledge, and what the process keeps after a burst of
questions made of never-seen characters. Prints the slowest of `--rounds` per question (ms) and
the resident memory grown (MiB); no assertion (tests never time).

    python bench/hostile_questions.py
    python bench/hostile_questions.py --rounds 20 --burst 3000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.kb.check import check_directory  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402
from bot.kb.territories import world_places  # noqa: E402
from bot.questions.service import ASK_MAX  # noqa: E402

HOSTILE = {
    "stretched letter": "s" + "o" * (ASK_MAX - 2) + "?",
    "stretched words": " ".join(["heyyyyyyyyyyy"] * 40),
    "distinct stretched": " ".join(f"w{'x' * (i % 7)}ooo{chr(97 + i % 26) * 3}" for i in range(60)),
    "no repeat word": "".join(chr(97 + (i * 7) % 26) for i in range(ASK_MAX)),
    "emoji": "😀" * ASK_MAX,
    "rtl marks": "\u202e did NSO sell pegasus \u202c" * 18,
    "zero-width joins": "nso\u200d" * (ASK_MAX // 4),
    "filler phrases": "for a school project in plain words pls help " * 10,
    "sources?": " sources?" * (ASK_MAX // 9),
    "slashes": "b/c w/o b/w w/ " * (ASK_MAX // 15),
    "greeting + scripts": "hi! " + "".join(chr(0x0400 + i) for i in range(ASK_MAX - 4)),
    # today's regexes (review12a): the casual table's alternation, territory names, Roman numerals,
    # the blanking of places for language detection, the 'a company' placeholder
    "casual prefixes": "face spy hacking emotion export spying phone " * 12,
    "casual hyphen runs": ("face" + " -" * 60 + " x ") * 4,
    "casual phrases": "spy-apps face-scanners snooped govt hrw cops " * 12,
    "place first words": "new south north united costa sri hong isle san el " * 10,
    "place names": "costa rica new zealand vatican city cayman islands " * 10,
    "place of two, cut": ("united " * 70 + "states")[:ASK_MAX],
    "roman numerals": "annex MMMMCMXCIX part viii category " * 15,
    "roman-like runs": "MMMM" * (ASK_MAX // 4),
    "company placeholders": "a particular given company an any firm some certain vendor " * 9,
    # names re-spaced (bot/kb/spacing.py): every pair of unknown words is tried against the names
    "name halves": " ".join(f"devil{chr(97 + i % 26)}x tongu{chr(97 + (i * 7) % 26)}q" for i in range(35))[
        :ASK_MAX
    ],
    "run-together names": "bluecoat hackingteam blackcube netapp " * 13,
    # review13: each pair one slip from a name, so each asks whether the slip is an everyday word
    "slips beside names": " ".join(f"el tantaw{chr(97 + i % 26)}y" for i in range(50))[:ASK_MAX],
}


def rss_mib() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--burst", type=int, default=2000, help="questions of never-seen characters")
    args = parser.parse_args()
    kb = KnowledgeService.from_entries(check_directory(ROOT / "knowledge").entries)
    kb.search("warm up: who owns NSO?")
    for name, question in HOSTILE.items():
        question = question[:ASK_MAX]
        worst = 0.0
        for _ in range(args.rounds):
            start = time.perf_counter()
            kb.search(question)
            worst = max(worst, time.perf_counter() - start)
        print(f"{name:20} {len(question):4} chars  slowest {worst * 1000:7.2f} ms")
    before = rss_mib()
    for n in range(args.burst):
        kb.search("hi! " + "".join(chr(0x20000 + (n * ASK_MAX + k) % 0xD0000) for k in range(ASK_MAX - 4)))
    print(f"{args.burst} questions of never-seen characters: resident memory +{rss_mib() - before:.1f} MiB")
    # never-seen questions through today's rewrites: a casual phrase, a territory of two words, a
    # numeral and a made-up word each (the caches they fill must stay bounded)
    places = sorted(world_places()[1])
    before = rss_mib()
    for n in range(args.burst):
        place, numeral = places[n % len(places)], "MDCLXVI"[: 1 + n % 7]
        kb.search(f"hi, did x{n:x}q sell spy apps to {place} under annex {numeral} of a company?")
    grown = rss_mib() - before
    print(f"{args.burst} never-seen casual/place/numeral questions: resident memory +{grown:.1f} MiB")


if __name__ == "__main__":
    main()
