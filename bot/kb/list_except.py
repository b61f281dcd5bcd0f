"""Names a list question leaves out: "which spyware firms were sanctioned apart from Intellexa?",
"welche Firmen außer NSO ...", "besides the Entity List, which US measures ...". Read as names
narrowing the list, they kept exactly the entries the member excluded; read here, they are dropped
from the names asked about and from the list (bot/kb/list_select.py). The words are data in
`data/list_words.yaml` (except_before, except_after)."""

from __future__ import annotations

from functools import lru_cache

from bot.kb.list_asks import FILLER, NAME_JOINERS
from bot.kb.list_names import NameTable
from bot.kb.model import Entry
from bot.kb.place_names import list_words, words_of

# Articles and joiners that may stand between an exclusion word and its names ("apart from the
# Entity List", "except NSO and Candiru"), at most this many in a row.
GAP = 2


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    data = list_words()
    before = frozenset(tuple(p.split()) for p in data["except_before"])
    after = frozenset(tuple(p.split()) for p in data["except_after"])
    return before, after


def excluded(text: str, names: NameTable) -> frozenset[str]:
    """Ids of the entries the text names right after an exclusion word (and the names joined to
    them), or right before one said after its names; empty when it excludes nothing."""
    words = words_of(text)
    before, after = _cues()
    spans = names.spans(words)
    starts = {start: (end, owners) for start, end, owners in spans}
    ends = {end: (start, owners) for start, end, owners in spans}
    out: set[str] = set()
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            cue = tuple(words[i : i + n])
            if len(cue) == n and cue in before:
                out |= _names_from(i + n, words, starts)
                break
            if len(cue) == n and cue in after:
                out |= _names_back(i, words, ends)
                break
    return frozenset(out)


def _names_from(at: int, words: list[str], starts: dict[int, tuple[int, tuple[str, ...]]]) -> set[str]:
    """The names at `at` and those joined to them, articles and joiners between them skipped."""
    out: set[str] = set()
    gap = 0
    while at < len(words) and gap <= GAP:
        if at in starts:
            end, owners = starts[at]
            out.update(owners)
            at, gap = end, 0
        elif words[at] in FILLER or words[at] in NAME_JOINERS:
            at, gap = at + 1, gap + 1
        else:
            break
    return out


def _names_back(at: int, words: list[str], ends: dict[int, tuple[int, tuple[str, ...]]]) -> set[str]:
    """The names right before `at` (an exclusion word said after them), joined names too."""
    out: set[str] = set()
    gap = 0
    while at > 0 and gap <= GAP:
        if at in ends:
            start, owners = ends[at]
            out.update(owners)
            at, gap = start, 0
        elif words[at - 1] in FILLER or words[at - 1] in NAME_JOINERS:
            at, gap = at - 1, gap + 1
        else:
            break
    return out


def keep(entry: Entry, left_out: frozenset[str], by_id: dict[str, Entry]) -> bool:
    """The entry stays in a list that leaves out the named ones: not one of them, and not a case
    whose firms are all among them (the member asked about the others' cases)."""
    if entry.id in left_out:
        return False
    if entry.kind != "case":
        return True
    firms = {r for r in entry.related if r in by_id and by_id[r].kind == "vendor"}
    return not firms or not firms <= left_out
