"""Names typed with a space too many or too few: "Net App" for NetApp, "hackingteam" for Hacking Team.

Members type names as they hear them. Split in two, a one-word name reads as two ordinary words its
own entry never uses ("net", "app"), and run together, a two-word name reads as a word nobody knows:
either way the entry the member named loses the evidence of its own name, and the answer is refused
with the right entry first ("Net App syria emails": NetApp's card at 0.08). The question's words are
re-spaced as the names are written before anything else reads them.

Only names are re-spaced, and only where the knowledge base's own text never writes the words that
way: "hacking team" stays two words, because the entries write them so.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kb.detect import LATIN, frequencies
from bot.kb.english_zipf import english_zipf
from bot.kb.misspelt import heard
from bot.kb.text import STOPWORDS

# Shorter joins are too often two ordinary words ("in" + "tel"); a name this long rarely is.
MIN_JOINED = 6
# Joined with one slip only from this long: shorter, one letter away is another word.
MIN_FUZZY = 8
# A two-word name's parts: each at least this long ("a" + "rea" is no name split in two).
MIN_PART = 2
# A run-together name typed by ear opens with this many letters as typed ('bluecote', 'blu...').
OPENING = 3
# Two words typed apart that run together this long may sound two edits from a name of two words
# ('hakking tim': 'hakingtim' of 'hakingteam'); shorter ones one edit (`Spacing._pair_slip`).
LONG_PAIR = 10
PAIR_SLIPS = 2
# A word this common in English, the one word of a pair changed, is typed as meant ('predator film')
EVERYDAY_ZIPF = 4.0
# A name of up to this many words is also recognised run together whole ("blackcube").
MAX_RUN = 3
# A joined form this common in English is a word of its own ("database", "everyone"), not a name.
COMMON_ZIPF = 3.0
# Languages whose everyday words are no slip ('wegen der' is German for 'because of the', not
# Wegener typed apart): those written in Latin letters that questions are read in.
EVERYDAY_LANGUAGES = ("en", *LATIN)


def _rare(word: str) -> bool:
    return english_zipf(word) < COMMON_ZIPF


def _slip(word: str) -> bool:
    """A word that may be a name's part misspelt: an everyday word of no language members write
    in ('tantawi', 'hakcing'); 'asia', 'wegen', 'vision' are words typed as meant."""
    # wordfreq's small lists (every word from Zipf 3 on), read once at start for language detection
    return not any(word in frequencies(lang) for lang in EVERYDAY_LANGUAGES)


def joinable(name_words: Iterable[str]) -> frozenset[str]:
    """The words of entries' names a question may split in two ('netapp', 'catalangate')."""
    return frozenset(w for w in name_words if w.isalpha() and len(w) >= MIN_JOINED and _rare(w))


def written_apart(words: list[str], joins: frozenset[str]) -> set[tuple[str, str]]:
    """Pairs of an entry's words that join into a name word: the entries write them apart, so a
    question that does is not splitting a name ('predator gate' beside 'Predatorgate')."""
    return {(a, b) for a, b in itertools.pairwise(words) if a + b in joins}


class Spacing:
    """How the entries' names are spaced, for re-spacing a question's words."""

    def __init__(
        self,
        joins: frozenset[str],
        apart: set[tuple[str, str]],
        name_keys: Iterable[str],
        vocabulary: Collection[str],
    ) -> None:
        """`joins`: `joinable` of every name's words; `apart`: `written_apart` of every text;
        `name_keys`: the names as folded words joined by spaces ('hacking team'); `vocabulary`:
        every word the entries use."""
        self._joins = joins
        self._join_list = sorted(joins)
        self._apart = apart
        self._vocabulary = vocabulary
        # a name of two or three words run together, or its first two ('bluecoat' of Blue Coat Systems)
        self._splits: dict[str, tuple[str, ...]] = {}
        self._heard_splits: dict[str, list[str]] = {}
        for key in name_keys:
            parts = tuple(key.split())
            for run in {parts[:2], parts} if 2 <= len(parts) <= MAX_RUN else {parts[:2]}:
                joined = "".join(run)
                if (
                    len(run) >= 2
                    and all(w.isalpha() and len(w) >= MIN_PART and w not in STOPWORDS for w in run)
                    and len(joined) >= MIN_JOINED
                    and joined not in vocabulary
                    and _rare(joined)
                ):
                    self._splits[joined] = run
        for joined in self._splits:
            self._heard_splits.setdefault(heard(joined), []).append(joined)
        self._heard_list = sorted(self._heard_splits)
        # the first two words of every name, by how they sound run together, for `_pair_slip`: a
        # name typed apart is one whether or not some text also writes it as one word
        self._pairs: dict[str, tuple[str, str]] = {}
        for key in name_keys:
            first, second = [*key.split(), "", ""][:2]
            pair = (first, second)
            if all(w.isalpha() and len(w) >= MIN_PART and w not in STOPWORDS for w in pair):
                self._pairs.setdefault(heard(first + second), pair)
        self._pair_list = sorted(self._pairs)

    def respace(self, words: list[str]) -> list[str]:
        """The words with every name spaced as the entries write it ('net app' -> 'netapp',
        'hackingteam' -> 'hacking team'); the same list when none needs it."""
        if not words:
            return words
        out: list[str] = []
        changed = False
        at = 0
        while at < len(words):
            word = words[at]
            if at + 1 < len(words):
                following = words[at + 1]
                joined = self._joined(word, following)
                pair = [joined] if joined is not None else self._pair_slip(word, following)
                if pair is not None:
                    out.extend(pair)
                    changed = True
                    at += 2
                    continue
            split = self._splits.get(word) or self._split_slip(word)
            if split is not None:
                out.extend(split)
                changed = True
            else:
                out.append(word)
            at += 1
        return out if changed else words

    def _split_slip(self, word: str) -> tuple[str, ...] | None:
        """A name of two words run together and typed by ear with one slip ('bluecote' for Blue
        Coat): a word no entry uses nor any language members write in, from MIN_FUZZY letters,
        sounding one edit from exactly one run-together name and opening as it does. Read as a word
        nobody knows, it left 'bluecote damascus' with no card at all."""
        if len(word) < MIN_FUZZY or not word.isalpha() or word in self._vocabulary or not _slip(word):
            return None
        sounds = self._heard_list
        found = process.extract(heard(word), sounds, scorer=OSA.distance, score_cutoff=1, limit=None)
        start = word[:OPENING]
        joined = {j for h, _, _ in found for j in self._heard_splits[h] if j.startswith(start)}
        return self._splits[joined.pop()] if len(joined) == 1 else None

    def _pair_slip(self, word: str, following: str) -> tuple[str, ...] | None:
        """A name of two words typed apart by ear, a word of it misspelt ('blue cote' for Blue Coat,
        'hakking tim' for Hacking Team): the two run together sound as the name does, but for one
        edit (PAIR_SLIPS from LONG_PAIR letters), and open as it does. Each word read alone was
        corrected to another word ('cote': 'code') or left unknown, and the name's card refused
        ('blue cote boxes in damascus' .02, 'Hakking Tim sudan deal' .45). A word of the pair must
        be none of the entries' words: two the entries use are typed as meant."""
        if word in STOPWORDS or following in STOPWORDS or (word, following) in self._apart:
            return None
        if word in self._vocabulary and following in self._vocabulary:
            return None
        joined = word + following
        if len(joined) < MIN_FUZZY or not joined.isalpha():
            return None
        sound = heard(joined)
        limit = PAIR_SLIPS if len(joined) >= LONG_PAIR else 1
        found = process.extract(sound, self._pair_list, scorer=OSA.distance, score_cutoff=limit, limit=None)
        names = {self._pairs[h] for h, _, _ in found if h[:OPENING] == sound[:OPENING]}
        if len(names) != 1:
            return None
        name = names.pop()
        return name if self._misspells((word, following), name) else None

    def _misspells(self, typed: tuple[str, str], name: tuple[str, str]) -> bool:
        """Whether the words typed differ from the name's as a member's slips do: each word changed
        is none of the entries', of three letters or more as the name's word is, and opens as it;
        when only one is, it sounds a single edit from it and is no everyday English word. A name's
        word beside a word of the question ('pegasus para', 'trovicor echt', 'predator film') is none."""
        changed = [(w, p) for w, p in zip(typed, name, strict=True) if w != p]
        if not all(
            w not in self._vocabulary and min(len(w), len(p)) >= OPENING and w[0] == p[0] for w, p in changed
        ):
            return False
        if len(changed) != 1:
            return True
        w, p = changed[0]
        return english_zipf(w) < EVERYDAY_ZIPF and OSA.distance(heard(w), heard(p)) <= 1

    def _joined(self, word: str, following: str) -> str | None:
        """The name word the two make, if they split one: exactly ('net app'), or, when one of them
        is a word no entry uses nor any language members write in, with one slip ('devils tounge' for
        DevilsTongue, 'el tantawi' for Eltantawy): the slip is what made it unknown."""
        if len(word) < MIN_PART or len(following) < MIN_PART or (word, following) in self._apart:
            return None
        joined = word + following
        if joined in self._joins:
            return joined
        if len(joined) < MIN_FUZZY or not (word.isalpha() and following.isalpha()):
            return None
        # The slip must be in a word that is none of the entries', no function word and no everyday
        # word: 'than asia' is no Thanasis, 'system is' no Systèmes, 'his vision' no Hikvision.
        unknown = [w for w in (word, following) if w not in self._vocabulary and w not in STOPWORDS]
        # a slip first (dict lookups), the fuzzy search over every name word only then: ~60 us a
        # pair, and most pairs of a long question hold a word unknown here but everyday elsewhere
        if not any(_slip(w) for w in unknown):
            return None
        found = process.extractOne(joined, self._join_list, scorer=OSA.distance, score_cutoff=1)
        return found[0] if found else None
