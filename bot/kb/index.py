"""The search index, built once per knowledge load.

Ranking combines three kinds of evidence, each cheap per query:
- names: exact title/alias n-grams in the question (typos corrected first against the vocabulary);
- coverage: how much of the question (IDF-weighted) an entry explains, field-weighted
  (names > metadata > related entries' names > summary > body) — this is also the confidence,
  so an unknown proper noun the entry does not explain lowers it;
- BM25 (bm25s) over a field-weighted document, for candidates and tie-breaking.

This module builds the tables and finds the names and the candidates; what one entry explains of a
question (its profile and coverage, and the weights of each place in it) is bot/kb/profiles.py.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

import bm25s
import numpy as np

from bot.kb import spacing
from bot.kb.analysis import QueryAnalysis
from bot.kb.bm25sum import bm25_scores
from bot.kb.coverplan import ProfileTable
from bot.kb.english_zipf import english_zipf
from bot.kb.misspelt import LOOSE_MIN, sounds_of, without_article
from bot.kb.model import Entry
from bot.kb.profiles import YEAR_RE, EntryEvidence
from bot.kb.query import QueryAnalyser
from bot.kb.specificity import TYPO_MAX_ZIPF
from bot.kb.tags import tagged
from bot.kb.text import (
    STOPWORDS,
    content_from_raw,
    hyphen_compounds,
    name_key,
    number_typos,
    raw_tokens,
    sound_key,
    stem,
    with_compounds,
)
from bot.kb.titles import short_titles
from bot.kb.translit import han_alias_key

# Field repetition for the BM25 document (a cheap BM25F).
BM25_REPEAT = {"names": 3, "summary": 2, "body": 1}
# BM25's best few join the candidates (named entries and their related ones join besides; 30
# ranked no better on the tune splits and cost a fifth more time; 10 missed rules found by metadata).
BM25_CANDIDATES = 20
# A named entry's credit shared with the entries related to it, and with those whose own names
# contain the name found (a vendor's cases: "Morpho" in "Morpho (IDEMIA) ... Shanghai").
RELATED_SHARE = 0.3
CONTAINED_SHARE = 0.6
# words that may stand between a name's head and its other words in a noun-first language
NOUN_FIRST_GAP = 6
# Up to this many entries every profile is built with the index (~50-100 us and ~10 KB each): a
# question whose candidates' profiles were not built yet paid ~2 ms for them on the shipped ~100.
EAGER_PROFILES = 2000
# Largest dense profile table (entries x tokens, 8 bytes a cell: 16 MB) built at load; the shipped
# knowledge base needs ~0.3M cells. Beyond it, coverage reads the profiles' dicts.
TABLE_CELLS = 2_000_000


class SearchIndex(EntryEvidence, QueryAnalyser):
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self.by_id: dict[str, int] = {e.id: i for i, e in enumerate(self.entries)}
        n = len(self.entries)
        self.names: dict[str, set[int]] = defaultdict(set)  # name key (and compact form) -> entries
        self.exact_names: dict[int, set[str]] = defaultdict(set)
        df: Counter[str] = Counter()
        raw_freq: Counter[str] = Counter()
        name_tokens: set[str] = set()
        corpus: list[list[str]] = []
        joins = spacing.joinable(t for e in self.entries for n in self._entry_names(e) for t in raw_tokens(n))
        apart: set[tuple[str, str]] = set()  # name words the entries write as two (bot/kb/spacing.py)
        self._fields = []
        # Hyphenated words anywhere in the knowledge base: their joined form is indexed wherever
        # the pair occurs, hyphenated or spaced, so 'catchall' / 'catch all' / 'catch-all' meet.
        self.compounds: set[str] = set()
        for entry in self.entries:
            for text in (*self._entry_names(entry), entry.summary, entry.body):
                self.compounds |= hyphen_compounds(text)
        for i, entry in enumerate(self.entries):
            names = self._entry_names(entry)
            for name in names:
                key = name_key(name)
                if not key:
                    continue
                for form in {key, name_key(name.replace("-", ""))}:
                    self.names[form].add(i)
                    self.names[form.replace(" ", "")].add(i)
                self.exact_names[i].add(key)
                name_tokens.update(raw_tokens(name))
                apart |= spacing.written_apart(key.split(), joins)
            name_raw = with_compounds(raw_tokens(" ".join(names)), self.compounds)
            summary_raw = with_compounds(
                raw_tokens(" ".join([entry.summary, *entry.countries, *entry.technologies])), self.compounds
            )
            body_raw = with_compounds(raw_tokens(entry.body), self.compounds)
            apart |= spacing.written_apart(summary_raw, joins) | spacing.written_apart(body_raw, joins)
            raw_freq.update({t for t in (*name_raw, *summary_raw, *body_raw) if t not in STOPWORDS})
            name_part = content_from_raw(name_raw)
            summary_part = content_from_raw(summary_raw) + [str(y) for y in entry.years]
            body_part = content_from_raw(body_raw)
            df.update(set(name_part) | set(summary_part) | set(body_part))
            df.update({tagged("country", c) for c in entry.countries})
            # Unique tokens per field, kept so a candidate's profile needs no re-tokenising.
            self._fields.append(
                (
                    tuple(dict.fromkeys(name_part)),
                    tuple(dict.fromkeys(summary_part)),
                    tuple(dict.fromkeys(body_part)),
                )
            )
            corpus.append(
                name_part * BM25_REPEAT["names"]
                + summary_part * BM25_REPEAT["summary"]
                + body_part * BM25_REPEAT["body"]
            )
        self._last_bm25: tuple[tuple[str, ...], np.ndarray] | None = None
        # each entry's names in one string, built once for named()
        self._names_text = {i: "\0".join(f" {n} " for n in keys) for i, keys in self.exact_names.items()}
        self._related = [tuple(self.by_id[r] for r in e.related if r in self.by_id) for e in self.entries]
        self._name_keys = sorted(self.names)  # for prefix tests: named() stops growing an n-gram early
        # the last words of names of several words: only there can a name read noun first end
        self._name_heads = frozenset(key.rsplit(" ", 1)[1] for key in self.names if " " in key)
        # two words side by side in some name ('el salvador' in 'pegasus el salvador'): query.py
        self.name_pairs = {f"{a} {b}" for key in self.names for a, b in pairwise(key.split(" "))}
        self.n = max(n, 1)
        self.df = df
        self.max_idf = math.log(1 + (self.n + 0.5) / 0.5)
        self.raw_freq = raw_freq
        self.name_tokens = name_tokens
        self.number_typos = number_typos(name_tokens)
        self.name_stems = {stem(t) for t in name_tokens if t not in STOPWORDS}
        self.spacing = spacing.Spacing(joins, apart, self.names, raw_freq)
        # names by how they sound (a name typed by ear or transliterated), the commonest name first,
        # then alphabetically: never by set order, which string hashing makes differ between processes
        self.name_sounds: dict[str, str] = {}
        for token in sorted(name_tokens, key=lambda t: (-raw_freq[t], t)):
            if token.isalpha() and len(token) >= 4 and token not in STOPWORDS:
                self.name_sounds.setdefault(sound_key(token), token)
        for token in sorted(name_tokens, key=lambda t: (-raw_freq[t], t)):
            bare = without_article(token) if token.isalpha() else None
            if bare is not None and bare not in raw_freq:  # 'tantawi' is Eltantawy
                self.name_sounds.setdefault(sound_key(bare), token)
        # names that are no English word, of LOOSE_MIN letters or more, sorted (query._loose_name)
        self.loose_names = sorted(
            t
            for t in name_tokens
            if t.isalpha()
            and len(t) >= LOOSE_MIN - 1
            and t not in STOPWORDS
            and english_zipf(t) < TYPO_MAX_ZIPF
        )
        self.loose_sounds = sounds_of(self.loose_names)
        self.countries = {name_key(c) for e in self.entries for c in e.countries}
        # Typo candidates bucketed by (length, first letter) and (length, last letter): a misspelling
        # rarely gets both ends wrong, and the pool stays small on a 100k-entry vocabulary. Sorted:
        # raw_freq is filled from sets, whose order differs per process (a pool cut at 12 candidates
        # then kept different words).
        self.by_shape: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for token in sorted(raw_freq):
            if token.isalpha():
                self.by_shape[(len(token), "first", token[0])].append(token)
                self.by_shape[(len(token), "last", token[-1])].append(token)
        self.bm25 = bm25s.BM25()
        if corpus:
            self.bm25.index(corpus, show_progress=False)
        # Tokens of every entry's profile, computed lazily: cost follows the candidates of a query.
        self.profile = lru_cache(maxsize=8192)(self._profile)
        if n <= EAGER_PROFILES:  # a small knowledge base: every profile now, none on a question
            for i in range(n):
                self.profile(i)
        profiles = [self.profile(i) for i in range(n)] if n <= EAGER_PROFILES else []
        tokens = len({t for profile in profiles for t in profile})
        self._table = (
            ProfileTable(profiles) if profiles and ProfileTable.cells_for(n, tokens) <= TABLE_CELLS else None
        )
        self._correct = lru_cache(maxsize=65536)(self._correct_token)
        self._forms_memo = lru_cache(maxsize=65536)(lambda token, nxt: tuple(self._forms(token, nxt)))
        self._prefix = lru_cache(maxsize=65536)(self._name_prefix)  # a question's n-grams recur

    @staticmethod
    def _entry_names(entry: Entry) -> list[str]:
        pinyin = [k for k in map(han_alias_key, entry.aliases) if k is not None]
        return [entry.title, *short_titles(entry.title), *entry.aliases, *pinyin]

    # -- query side ---------------------------------------------------------------------------
    def named(self, words: list[str], swapped: bool = False) -> tuple[dict[int, float], dict[int, float]]:
        """Entries named in the question (title or alias n-gram) -> words covered.

        `swapped` (a question in another language): two words also name an entry the other way round,
        as most of those languages put the noun first ('Projeto Pegasus', 'Grupo NSO', 'проект
        Pegasus' are the Pegasus Project and NSO Group once the glossary has read the noun).

        Entries whose own title or alias contains a name found in the question (a vendor's cases:
        "Morpho" in "Morpho (IDEMIA) ... Shanghai") share some of the credit, and related entries a
        little, so the rest of the question (a place, a year) decides between a vendor and its cases
        while a bare name still reaches the vendor itself.
        """
        found: dict[int, float] = {}
        grams: list[tuple[str, int]] = []
        for start in range(len(words)):
            # n-grams from this word on, shortest first, only while some name could still begin so
            for size in range(1, min(6, len(words) - start) + 1):
                gram = words[start : start + size]
                spaced, joined = " ".join(gram), "".join(gram)
                if not (size == 1 and (gram[0] in STOPWORDS or len(gram[0]) < 2)):
                    for key in (spaced, joined) if size > 1 else (spaced,):  # one word: one key
                        hits = self.names.get(key, ())
                        if hits:
                            grams.append((f" {key} ", size))
                        for i in hits:
                            found[i] = max(found.get(i, 0), size)
                if not (self._prefix(spaced + " ") or self._prefix(joined, longer=True)):
                    break
            if swapped and start + 1 < len(words) and words[start] not in STOPWORDS:
                for key, size in self._noun_first(words, start):
                    grams.append((f" {key} ", size))
                    for i in self.names[key]:
                        found[i] = max(found.get(i, 0), size)
        shared: dict[int, float] = {}
        for i, covered in found.items():
            for rel in self.entries[i].related:
                j = self.by_id.get(rel)
                if j is None or j in found:
                    continue
                credit = covered * RELATED_SHARE
                # one string for all its names: a key (" hacking team ") contains no NUL, so it
                # is in the string only if it is in one of the names
                names = self._names_text.get(j, "")
                for key, gram_size in grams:
                    if key in names:
                        credit = max(credit, gram_size * CONTAINED_SHARE)
                shared[j] = max(shared.get(j, 0.0), credit)
        return {**shared, **found}, found

    def _noun_first(self, words: list[str], start: int) -> list[tuple[str, int]]:
        """Names read the other way round from `start`, as most campaign languages put the noun
        first: 'Projeto Pegasus' (the next word), and a name's head with its other words after a
        few words between ('förordning om produkter med dubbla användningsområden', read
        'regulation om produkter med dual-use', is the dual-use regulation). Each with the words
        of the name it covers."""
        head = words[start]
        found: list[tuple[str, int]] = []
        if head.rsplit(" ", 1)[-1] not in self._name_heads:  # most words: ~20 keys for nothing
            return found
        for gap in range(NOUN_FIRST_GAP + 1):
            rest = start + 1 + gap
            for size in range(1, min(3, len(words) - rest) + 1):
                key = " ".join([*words[rest : rest + size], head])
                if self.names.get(key):
                    found.append((key, size + 1))
        return found

    def two_word_names(self) -> list[str]:
        """Titles and aliases of two words ('ayman nour', 'nso group'), for names spelt in another
        script (translit.NameSounds.pair)."""
        return [key for key in self.names if key.count(" ") == 1]

    def _name_prefix(self, text: str, longer: bool = False) -> bool:
        """Whether some name key starts with `text` (and is longer than it, with `longer`)."""
        keys = self._name_keys
        at = bisect.bisect_left(keys, text)
        if longer and at < len(keys) and keys[at] == text:
            at += 1
        return at < len(keys) and keys[at].startswith(text)

    def idf(self, token: str) -> float:
        df = self.df.get(token, 0)
        if df == 0:
            return self.max_idf
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def bm25_scores(self, tokens: list[str]) -> np.ndarray | None:
        """BM25 score of every entry for the question's tokens (None when it knows none of them)."""
        known = [t for t in tokens if t in self.bm25.vocab_dict] if self.entries else []
        if not known:
            return None
        key = tuple(known)
        last = self._last_bm25  # a long question asks twice running (its top few, then all scores)
        if last is not None and last[0] == key:
            return last[1]
        scores = bm25_scores(self.bm25, known)  # bm25s's get_scores, the same floats, faster
        scores.flags.writeable = False  # shared with the next caller of the same tokens
        self._last_bm25 = (key, scores)
        return scores

    def bm25_top(self, tokens: list[str], k: int | None = None) -> dict[int, float]:
        scores = self.bm25_scores(tokens)
        if scores is None:
            return {}
        k = min(k or BM25_CANDIDATES, len(self.entries))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        return {int(d): float(scores[d]) for d in top if scores[d] > 0}

    def year_tokens(self, query: QueryAnalysis) -> list[int]:
        return [int(t) for t in query.tokens if YEAR_RE.match(t)]

    def candidates(self, query: QueryAnalysis, named: dict[int, float]) -> tuple[list[int], dict[int, float]]:
        """BM25's best few, the entries named and their related ones; BM25's score of each."""
        scores = self.bm25_scores(query.tokens)
        if scores is None:
            scores = np.zeros(len(self.entries))
        k = min(BM25_CANDIDATES, len(scores))
        # whole-array steps, not a numpy scalar per candidate (~30 of them: ~20 us a question)
        top = np.argpartition(-scores, k - 1)[:k] if k else np.zeros(0, dtype=np.intp)
        cands = set(top[scores[top] > 0].tolist())
        cands |= set(named)
        for i in list(named):
            cands.update(self._related[i])
        ordered = sorted(cands)
        found = scores[ordered].tolist() if ordered else []
        return ordered, {i: score for i, score in zip(ordered, found, strict=True) if score > 0}
