"""The search index, built once per knowledge load.

Ranking combines three kinds of evidence, each cheap per query:
- names: exact title/alias n-grams in the question (typos corrected first against the vocabulary);
- coverage: how much of the question (IDF-weighted) an entry explains, field-weighted
  (names > metadata > related entries' names > summary > body) — this is also the confidence,
  so an unknown proper noun the entry does not explain lowers it;
- BM25 (bm25s) over a field-weighted document, for candidates and tie-breaking.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import bm25s
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from bot.kb.model import Entry
from bot.kb.text import (
    COMMON_WORDS,
    STOPWORDS,
    content_from_raw,
    content_tokens,
    expand,
    name_key,
    raw_tokens,
    stem,
)
from bot.kb.vocab import (
    COUNTRY_WORDS,
    DEMONYMS,
    KIND_WORDS,
    REGIONS,
    SYNONYMS,
    TECH_WORDS,
    WORLD_COUNTRIES,
)

# How strongly a query word found in each place of an entry counts as explained by that entry.
W_NAME = 1.0
W_META = 0.8
W_RELATED = 0.6
W_SUMMARY = 0.6
W_BODY = 0.35
W_ALT = W_META
# Field repetition for the BM25 document (a cheap BM25F).
BM25_REPEAT = {"names": 3, "summary": 2, "body": 1}
BM25_CANDIDATES = 30
# Names are what a question is about: their words weigh more, and so do words nobody has heard of.
RELATED_SHARE = 0.3
CONTAINED_SHARE = 0.6
NAME_BOOST = 1.0
UNKNOWN_BOOST = 1.0
SPEC_PIVOT, SPEC_SCALE, SPEC_MIN, SPEC_MAX, SPEC_NUMBER = 6.5, 3.0, 0.05, 2.0, 1.0
SPEC_COUNTRY = 1.0
# Only words rarer than this in general English are typo-corrected ('recipe' is not 'recipient').
TYPO_MAX_ZIPF = 3.0
YEAR_RE = re.compile(r"^(19|20)\d\d$")


_LEADING = re.compile(r"^(formerly|now|ex|incl|including|aka|the|also)\b[.\s-]*", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(spyware|software|system|systems|tool|tools|cameras?|group|maker)$", re.IGNORECASE
)


def short_titles(title: str) -> list[str]:
    """Name variants a title implies: 'IDEMIA (formerly Morpho)' -> 'IDEMIA', 'Morpho';
    'Intellexa / Cytrox (Predator spyware)' -> 'Intellexa', 'Cytrox', 'Predator'."""
    out: list[str] = []
    for sep in ("(", ":", " - ", " – ", " — ", ","):
        head = title.split(sep, 1)[0].strip()
        if head and head != title:
            out.append(head)
    for inner in re.findall(r"\(([^)]*)\)", title):
        inner = _LEADING.sub("", inner.strip())
        if any(ch.isalpha() for ch in inner):
            out.append(inner)
            trimmed = _TRAILING.sub("", inner)
            if trimmed != inner:
                out.append(trimmed)
    head = out[0] if out else title
    if " / " in head:
        out += [part.strip() for part in head.split(" / ") if part.strip()]
    return out


@lru_cache(maxsize=65536)
def specificity(word: str) -> float:
    """How much a word says about what a question is about: names high, everyday English low.

    Uses the word's frequency in general English (wordfreq's Zipf scale: 'the' 7.7, 'business' 5.6,
    'hikvision' 1.4); a number (a year, a regulation number) counts as specific.
    """
    if not word.isalpha():
        return SPEC_NUMBER
    zipf = zipf_frequency(word, "en")
    if word.endswith("s") and len(word) > 4:  # 'spywares' is as everyday as 'spyware'
        zipf = max(zipf, zipf_frequency(word[:-1], "en"))
    return min(SPEC_MAX, max(SPEC_MIN, ((SPEC_PIVOT - zipf) / SPEC_SCALE) ** 2))


def max_typos(token: str) -> int:
    """Edits allowed when correcting a word: none for short words, where a typo is a different word."""
    if len(token) < 4:
        return 0
    return 1 if len(token) < 7 else 2


_STOPWORD_LIST = sorted(STOPWORDS)


@lru_cache(maxsize=65536)
def _tagged(tag: str, value: str) -> str:
    return f"{tag}:{name_key(value)}"


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """Content tokens of a short, often repeated string (a country, a technology, an id)."""
    return tuple(content_tokens(text))


@lru_cache(maxsize=4096)
def _stopword_typo(token: str) -> str | None:
    """'wich' -> 'which': a misspelt function word must not count as an unknown name."""
    if len(token) < 4:
        return None
    found = process.extractOne(token, _STOPWORD_LIST, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else None


class QueryAnalysis:
    """A question reduced to what ranking needs (computed once per query)."""

    def __init__(
        self,
        raw: list[str],
        corrected: list[str],
        tokens: list[str],
        unknown: list[str],
        alts: dict[str, list[str]] | None = None,
    ) -> None:
        # token -> other forms that count as the same word (country, technology, kind)
        self.alts = alts or {}
        # token -> specificity of the word it came from
        self.spec: dict[str, float] = {}
        # token -> the country tag it names, whose rarity among entries is the token's IDF
        self.country: dict[str, str] = {}
        # other words for a country the question names ('uyghur' -> 'china'): weak evidence
        self.places: set[str] = set()
        self.raw = raw
        self.corrected = corrected
        self.tokens = tokens  # content tokens, stemmed, deduplicated, in query order
        self.unknown = unknown  # content words the knowledge base has never seen


class SearchIndex:
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
        self._fields: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = []
        for i, entry in enumerate(self.entries):
            names = self._entry_names(entry)
            for name in names:
                key = name_key(name)
                if not key:
                    continue
                self.names[key].add(i)
                self.names[key.replace(" ", "")].add(i)
                self.exact_names[i].add(key)
                name_tokens.update(raw_tokens(name))
            name_raw = raw_tokens(" ".join(names))
            summary_raw = raw_tokens(" ".join([entry.summary, *entry.countries, *entry.technologies]))
            body_raw = raw_tokens(entry.body)
            raw_freq.update({t for t in (*name_raw, *summary_raw, *body_raw) if t not in STOPWORDS})
            name_part = content_from_raw(name_raw)
            summary_part = content_from_raw(summary_raw) + [str(y) for y in entry.years]
            body_part = content_from_raw(body_raw)
            df.update(set(name_part) | set(summary_part) | set(body_part))
            df.update({_tagged("country", c) for c in entry.countries})
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
        self.n = max(n, 1)
        self.df = df
        self.max_idf = math.log(1 + (self.n + 0.5) / 0.5)
        self.raw_freq = raw_freq
        self.name_tokens = name_tokens
        self.name_stems = {stem(t) for t in name_tokens if t not in STOPWORDS}
        self.countries = {name_key(c) for e in self.entries for c in e.countries}
        # Typo candidates bucketed by (length, first letter) and (length, last letter): a misspelling
        # rarely gets both ends wrong, and the pool stays small on a 100k-entry vocabulary.
        self.by_shape: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for token in raw_freq:
            if token.isalpha():
                self.by_shape[(len(token), "first", token[0])].append(token)
                self.by_shape[(len(token), "last", token[-1])].append(token)
        self.bm25 = bm25s.BM25()
        if corpus:
            self.bm25.index(corpus, show_progress=False)
        # Tokens of every entry's profile, computed lazily: cost follows the candidates of a query.
        self.profile = lru_cache(maxsize=8192)(self._profile)
        self._correct = lru_cache(maxsize=65536)(self._correct_token)

    @staticmethod
    def _entry_names(entry: Entry) -> list[str]:
        return [entry.title, *short_titles(entry.title), *entry.aliases]

    # -- per-entry evidence -------------------------------------------------------------------
    def _profile(self, i: int) -> dict[str, float]:
        """Each token this entry explains, with how strongly (the best place it occurs)."""
        entry = self.entries[i]
        weights: dict[str, float] = {}

        def put(tokens: Iterable[str], weight: float) -> None:
            for token in tokens:
                if weights.get(token, 0.0) < weight:
                    weights[token] = weight

        names, summary, body = self._fields[i]
        put(body, W_BODY)
        put(summary, W_SUMMARY)
        for rel in entry.related:
            j = self.by_id.get(rel)
            if j is not None:
                put(self._fields[j][0], W_RELATED)
        meta = [t for value in (*entry.countries, *entry.technologies) for t in _tokens(value)]
        meta += [str(y) for y in entry.years]
        meta += [_tagged("country", c) for c in entry.countries]
        meta += [_tagged("tech", t) for t in entry.technologies]
        meta.append(f"kind:{entry.kind}")
        put(meta, W_META)
        put(names, W_NAME)
        put([t for part in entry.id.split("-") for t in _tokens(part)], W_NAME)
        return weights

    # -- query side ---------------------------------------------------------------------------
    def _correct_token(self, token: str) -> str | None:
        """The vocabulary word a misspelt token most likely meant, or None."""
        limit = max_typos(token)
        if not limit:
            return None
        pool: list[str] = []
        for length in range(len(token) - limit, len(token) + limit + 1):
            pool.extend(self.by_shape.get((length, "first", token[0]), ()))
            pool.extend(self.by_shape.get((length, "last", token[-1]), ()))
        if not pool:
            return None
        found = process.extract(token, pool, scorer=OSA.distance, score_cutoff=limit, limit=12)
        if not found:
            return None
        # Fewest edits first; then a name over an ordinary word; then the commoner word.
        best = min(found, key=lambda f: (f[1], f[0] not in self.name_tokens, -self.raw_freq[f[0]]))
        return best[0]

    def analyse(self, question: str) -> QueryAnalysis:
        raw = raw_tokens(question)
        corrected: list[str] = []
        unknown: list[str] = []
        for token in raw:
            if (
                token in STOPWORDS
                or token in self.raw_freq
                or token in DEMONYMS
                or token in REGIONS
                or token in TECH_WORDS
                or not token.isalpha()
            ):
                corrected.append(token)
                continue
            if zipf_frequency(token, "en") >= TYPO_MAX_ZIPF:
                fixed = None
            else:
                fixed = _stopword_typo(token) or self._correct(token)
            if fixed in STOPWORDS:
                corrected.append(fixed)
                continue
            if fixed is not None:
                corrected.append(fixed)
            else:
                corrected.append(token)
                if stem(token) not in self.df:
                    unknown.append(token)
        tokens: list[str] = []
        alts: dict[str, list[str]] = {}
        spec: dict[str, float] = {}
        country: dict[str, str] = {}
        places: set[str] = set()
        for pos, token in enumerate(corrected):
            if token in STOPWORDS and token not in DEMONYMS and token not in KIND_WORDS:
                continue
            if token in COMMON_WORDS and token not in self.raw_freq:
                continue
            for part in expand(token):
                stemmed = stem(part)
                if stemmed not in tokens:
                    tokens.append(stemmed)
                    spec[stemmed] = specificity(part)
            forms = self._forms(token, corrected[pos + 1] if pos + 1 < len(corrected) else "")
            if forms:
                alts.setdefault(stem(token), []).extend(forms)
            tag = next((f for f in forms if f.startswith("country:")), None)
            if tag is not None and stem(token) in spec:
                # A place is what a question is about, however common the word ('germany'): an
                # entry that does not explain it must lose confidence ('huawei ... germany').
                spec[stem(token)] = max(spec[stem(token)], SPEC_COUNTRY)
                country[stem(token)] = tag
                if token in REGIONS:
                    places.update(f for f in forms if f != tag)
        query = QueryAnalysis(raw, corrected, tokens, unknown, alts)
        query.spec = spec
        query.country = country
        query.places = places
        for token in unknown:
            query.spec.setdefault(stem(token), specificity(token))
        return query

    def _forms(self, token: str, following: str) -> list[str]:
        """Metadata a word stands for: 'chinese' -> China, 'cctv' -> video surveillance."""
        forms: list[str] = []
        country = DEMONYMS.get(token) or REGIONS.get(token)
        if country is None and (token in self.countries or token in WORLD_COUNTRIES):
            country = token
        if country is None and f"{token} {following}" in self.countries:
            country = f"{token} {following}"
        if country is not None:
            forms.append(_tagged("country", country))
            if " " not in country:  # 'united states' must not match every 'state' in a text
                forms.append(stem(country))
            forms += [stem(word) for word in COUNTRY_WORDS.get(country, ()) if word != token]
        if token in TECH_WORDS:
            forms.append(f"tech:{TECH_WORDS[token]}")
        if token in KIND_WORDS:
            forms.append(f"kind:{KIND_WORDS[token]}")
        forms += [stem(word) for word in SYNONYMS.get(token, ())]
        return forms

    def named(self, words: list[str]) -> tuple[dict[int, float], dict[int, float]]:
        """Entries named in the question (title or alias n-gram) -> words covered.

        Entries whose own title or alias contains a name found in the question (a vendor's cases:
        "Morpho" in "Morpho (IDEMIA) ... Shanghai") share some of the credit, and related entries a
        little, so the rest of the question (a place, a year) decides between a vendor and its cases
        while a bare name still reaches the vendor itself.
        """
        found: dict[int, float] = {}
        grams: list[tuple[str, int]] = []
        for size in range(min(6, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                gram = words[start : start + size]
                if size == 1 and (gram[0] in STOPWORDS or len(gram[0]) < 2):
                    continue
                for key in (" ".join(gram), "".join(gram)):
                    hits = self.names.get(key, ())
                    if hits:
                        grams.append((f" {key} ", size))
                    for i in hits:
                        found[i] = max(found.get(i, 0), size)
        shared: dict[int, float] = {}
        for i, size in found.items():
            for rel in self.entries[i].related:
                j = self.by_id.get(rel)
                if j is None or j in found:
                    continue
                credit = size * RELATED_SHARE
                names = [f" {n} " for n in self.exact_names[j]]
                for key, gram_size in grams:
                    if any(key in n for n in names):
                        credit = max(credit, gram_size * CONTAINED_SHARE)
                shared[j] = max(shared.get(j, 0.0), credit)
        return {**shared, **found}, found

    def idf(self, token: str) -> float:
        df = self.df.get(token, 0)
        if df == 0:
            return self.max_idf
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def bm25_top(self, tokens: list[str], k: int = BM25_CANDIDATES) -> dict[int, float]:
        known = [t for t in tokens if t in self.bm25.vocab_dict] if self.entries else []
        if not known:
            return {}
        k = min(k, len(self.entries))
        docs, scores = self.bm25.retrieve([known], k=k, show_progress=False, n_threads=0)
        return {int(d): float(s) for d, s in zip(docs[0], scores[0], strict=True) if s > 0}

    def coverage(self, i: int, query: QueryAnalysis, weights: dict[str, float]) -> tuple[float, float]:
        """(share of the question's weight this entry explains, the explained weight itself)."""
        profile = self.profile(i)
        total = sum(weights.values())
        if total <= 0:
            return 0.0, 0.0
        got = 0.0
        for token, weight in weights.items():
            best = profile.get(token, 0.0)
            for alt in query.alts.get(token, ()):
                # another form of the word counts like metadata at best: 'uyghur' -> China must not
                # match a vendor's 'China Electronics' alias as strongly as its own name would
                cap = W_ALT if alt in query.places else W_NAME
                best = max(best, min(cap, profile.get(alt, 0.0)))
            got += weight * best
        return got / total, got

    def year_tokens(self, query: QueryAnalysis) -> list[int]:
        return [int(t) for t in query.tokens if YEAR_RE.match(t)]

    def candidates(self, query: QueryAnalysis, named: dict[int, int]) -> tuple[list[int], dict[int, float]]:
        bm = self.bm25_top(query.tokens)
        cands = set(bm) | set(named)
        for i in list(named):
            for rel in self.entries[i].related:
                j = self.by_id.get(rel)
                if j is not None:
                    cands.add(j)
        return sorted(cands), bm


def token_weights(index: SearchIndex, query: QueryAnalysis) -> dict[str, float]:
    """IDF weight of each query token; a regulation number's parts share its weight."""
    weights: dict[str, float] = {
        t: index.idf(query.country.get(t, t))
        * query.spec.get(t, 1.0)
        * (NAME_BOOST if t in index.name_stems else 1.0)
        for t in query.tokens
    }
    for token in query.unknown:
        t = stem(token)
        spec = query.spec.get(t, 1.0)
        weights[t] = index.max_idf * UNKNOWN_BOOST * min(spec, spec ** 3)
    return weights


def as_array(values: Iterable[float]) -> np.ndarray:
    return np.fromiter(values, dtype=float)
