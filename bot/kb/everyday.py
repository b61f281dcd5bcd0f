"""Whether a word is everyday in a campaign language: `wordfreq.zipf_frequency(word, lang) >= zipf`,
the same answer for any word, without holding wordfreq's large lists, for regex-tokenized languages
(wordfreq's penalty on the tokens it infers, as in Chinese, is not applied here).

`zipf_frequency` reads a language's 'best' list, the large one (every word from Zipf 1: 250,000-
710,000 words each), into wordfreq's caches for good: wordfreq's lists held 382 MiB as read and
150 MiB as dicts of a bot's 662 MiB traced (bench/README.md, "Memory"), most of it the nine large
lists inflected.py asked about. A question here only ever asks
whether a word reaches Zipf FLOOR or more, and a word whose every token is rarer than that cannot
(wordfreq combines tokens as 1/f = 1/f1 + 1/f2 ..., below each), so the table keeps only the large
list's words from FLOOR on (~30,000-60,000 a language) and computes the frequency as wordfreq does.
"""

from __future__ import annotations

import gzip
import math
from functools import cache, lru_cache

import msgpack
from wordfreq import available_languages, cB_to_freq
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

# The least Zipf value a question may ask about: the table holds every word from it on.
FLOOR = 3.0
_LEAST = 1e-9  # `zipf_frequency`'s default minimum (Zipf 0) as a frequency


@cache
def table(lang: str) -> dict[str, float]:
    """The words of the language's 'best' list from Zipf FLOOR on, with their frequency, read from
    its file as `wordfreq.read_cBpack` reads it, but only as far as FLOOR: neither wordfreq's caches
    nor a passing copy ever hold the rest (a copy read whole left ~120 MB of freed pages behind)."""
    last = round((9.0 - FLOOR) * 100)  # bucket i holds the words at -i centibels: Zipf 9 - i/100
    path = available_languages("best").get(lang)
    if path is None:
        raise ValueError(f"wordfreq lists no 'best' word list for language {lang!r}")
    words: dict[str, float] = {}
    with gzip.open(path, "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=False)
        size = unpacker.read_array_header()  # [header, bucket 0, bucket 1, ...]
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected wordfreq header: {header!r}")
        for index in range(min(size - 1, last + 1)):
            freq = cB_to_freq(-index)
            words.update((word, freq) for word in unpacker.unpack())
    return words


@lru_cache(maxsize=16384)
def zipf_at_least(word: str, lang: str, zipf: float) -> bool:
    """`wordfreq.zipf_frequency(word, lang) >= zipf`, for zipf >= FLOOR (wordfreq's own steps:
    tokens, digits smashed, combined, rounded to 3 figures, then to 2 places on the Zipf scale)."""
    if zipf < FLOOR:
        raise ValueError(f"the table holds words from Zipf {FLOOR} on, not {zipf}")
    freqs = table(lang)
    tokens = lossy_tokenize(word, lang)
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        if smashed not in freqs:
            return False  # missing here: rarer than FLOOR there (or missing), and so is the word
        freq = freqs[smashed]
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    if not tokens:
        return False
    return zipf_of(max(1.0 / one_over, _LEAST)) >= zipf


def zipf_of(freq: float) -> float:
    """A frequency on the Zipf scale as wordfreq gives it: rounded to 3 significant digits, then the
    Zipf value to 2 places (wordfreq 3.1's `_word_frequency` and `zipf_frequency`)."""
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)
