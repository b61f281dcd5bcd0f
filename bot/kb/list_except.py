"""Names a list question leaves out: "which spyware firms were sanctioned apart from Intellexa?",
"welche Firmen außer NSO ...", "besides the Entity List, which US measures ...". Read as names
narrowing the list, they kept exactly the entries the member excluded; read here, they are dropped
from the names asked about and from the list (bot/kb/list_select.py). The words are data in
`data/list_words.yaml` (except_before, except_after)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.kb import list_negated, list_not_on
from bot.kb.list_asks import FILLER, NAME_JOINERS
from bot.kb.list_names import NameTable
from bot.kb.list_negated import clause_ends, typed_spans
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


def exclusion_at(words: Sequence[str], at: int) -> int:
    """The number of words of the exclusion word ("except", "sauf", "außer", "apart from") that begins
    at `at` (data/list_words.yaml except_before), 0 when none does."""
    before, _after = _cues()
    return next(
        (n for n in (4, 3, 2, 1) if len(words[at : at + n]) == n and tuple(words[at : at + n]) in before), 0
    )


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


def keep(
    entry: Entry, left_out: frozenset[str], by_id: dict[str, Entry], names: NameTable | None = None
) -> bool:
    """The entry stays in a list that leaves out the named ones: not one of them, and not a case
    whose firms are all among them (the member asked about the others' cases), nor one whose title
    or summary names a firm left out (`names`: "everything on Egypt apart from Amesys" is no case of
    "Nexa Technologies (ex-Amesys)", "on Syria except Area" no Area case)."""
    if entry.id in left_out:
        return False
    if entry.kind != "case":
        return True
    if names is not None and any(
        f" {key} " in names.seen.get(entry.id, "")
        for firm in left_out
        if firm in by_id and by_id[firm].kind == "vendor"
        for key in names.keys.get(firm, ())
    ):
        return False
    firms = {r for r in entry.related if r in by_id and by_id[r].kind == "vendor"}
    return not firms or not firms <= left_out


def described(text: str, names: NameTable) -> tuple[str, str] | None:
    """ "Chinese companies other than the camera makers", "Israeli companies except the ones Meta
    kicked off": an exclusion word before a description, not a name. Returns the question without
    the exclusion (the whole set: "chinese companies") and with the description as what it asks
    ("chinese companies the camera makers"), or None when the words after the cue begin with a name
    (`excluded` reads those) or nothing follows. The description runs to the next comma or the end."""
    words = words_of(text)
    before, _after = _cues()
    starts = {start for start, _end, _owners in names.spans(words)}
    breaks = clause_ends(text, len(words))
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if tuple(words[i : i + n]) not in before:
                continue
            at = i + n
            while at < len(words) and words[at] in FILLER and at not in starts:
                at += 1
            end = next((b for b in breaks if b > at), len(words))
            if at >= end or at in starts or any(s in starts for s in range(at, end)):
                return None  # a name (or nothing) after the cue: `excluded` reads it
            if i == 0 and end == len(words):
                return None  # "except for that, which ...?" unclosed: no whole set said apart
            return _said(text, len(words), i, i + n, end)
    return None


def _said(text: str, count: int, cue: int, after: int, end: int) -> tuple[str, str] | None:
    """The question as typed ("US", not "us") without words `cue`..`end`, and without the cue's
    words `cue`..`after` only; None when the typed words do not match `words_of`'s count."""
    spans = typed_spans(text)
    if len(spans) != count:
        return None
    start = spans[cue][0]
    tail = text[spans[end][0] :] if end < count else ""
    return (
        f"{text[:start]}{tail}".strip(),
        f"{text[:start]}{text[spans[after][0] : spans[end - 1][1]]} {tail}".strip(),
    )


def without_described(
    text: str,
    names: NameTable,
    items_of: Callable[[str], list[Entry] | None],
    *,
    listed: bool = True,
    read: tuple[str, str] | None = None,
    home: Callable[[Entry], set[str]] | None = None,
) -> list[Entry] | None:
    """The list a described exclusion leaves: the whole set's entries (`items_of` the question without
    the exclusion) less those the description lists (a firm it lists, and a case only about such
    firms: `keep`). When the description lists none of the whole set the list is empty, since the
    description was not understood and the whole set would hold what the member left out. None (the
    question read as before) when it excludes no description, or when either side is no list to
    subtract (`items_of` gives None: "which firms other than the camera makers sell spyware?" cut at
    the verb asks "which firms", a catalogue shown in part, and the rest would go unsaid). A question
    read as no list (`listed` false: "Israel-based companies that aren't in the spyware business") is
    read for a negated clause only (`read`: its reading, when the caller has it), and becomes a list
    only when the subtraction leaves entries. A "non-" before a country ("non-US DPI vendors") leaves
    out the whole set's entries whose `home` is that country, not what a list of "US DPI vendors"
    reads (the Canadian firm a US fund owns, a firm on a US list)."""
    given, read = read, described(text, names) if listed else None
    if read is None and not list_not_on.rules_not_on(text, names):
        # "Chinese companies that don't make cameras"
        read = given if given is not None else list_negated.negated(text)
    if read is None:
        return None
    country = list_negated.non_origin(text) if home is not None else None
    if home is not None and country is not None and read == list_negated.negated(text):
        whole = items_of(read[0])
        if whole is None:
            return None
        others = [e for e in whole if country not in home(e)]
        return others if listed or others else None
    whole, part = items_of(read[0]), items_of(read[1])
    if whole is None or part is None:
        return None
    left_out = frozenset(e.id for e in part)
    ids = {e.id for e in whole}
    if ids <= left_out:
        return None  # the description narrowed nothing ("other than HT", a name not known): as before
    if not whole or not left_out & ids:
        return [] if listed else None
    return [e for e in whole if keep(e, left_out, names.by_id)]
