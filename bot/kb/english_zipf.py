"""wordfreq's English Zipf frequency, read straight from its table for a plain lowercase word.

`wordfreq.zipf_frequency(word, "en")` tokenizes the word with its regexes before looking it up
(~17 us for a word it has not met, ~5 a question in the latency bench's slowest: long and
other-language ones). A word of lowercase ASCII letters is its own single token, so its frequency is
the table's, rounded as wordfreq rounds it: the same float (tests/kb/test_english_zipf.py compares
every word of the table). Anything else goes through wordfreq.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

from bot.kb.everyday import zipf_of


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, float], float]:
    """wordfreq's English list (the one `zipf_frequency` reads: 'best', i.e. large), and the Zipf
    value of a word it lacks (its minimum, as wordfreq returns it)."""
    return get_frequency_dict("en", "best"), zipf_frequency("", "en")


def english_zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`, without its tokenizer for a lowercase ASCII word."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return zipf_frequency(word, "en")
    table, missing = _table()
    freq = table.get(word)
    if freq is None:
        return missing
    return zipf_of(freq)  # wordfreq's rounding
