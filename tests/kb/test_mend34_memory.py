"""What a loaded bot holds stays bounded (bench/memory.py measures it; no RSS is asserted here).

A member's Spanish 'congreso' is still no Congo, and 'Rosji' still Poland's word for Russia, but
the ten campaign languages' everyday words are read from a table of their words from Zipf 3 on,
not from wordfreq's large lists kept whole (with their dicts 382 + 150 MiB of a bot's 662 MiB traced
before session 34: bench/README.md, "Memory").
"""

from __future__ import annotations

import random

import pytest
import wordfreq
from wordfreq import get_frequency_list, zipf_frequency

from bot.kb import detect, everyday, inflected, unlisted


def _forget_wordfreqs_lists() -> None:
    """wordfreq's caches of its lists and words, as a fresh process has them (another test file may
    have read them first: test_city_names.py)."""
    get_frequency_list.cache_clear()
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq._wf_cache.clear()


@pytest.mark.parametrize("lang", inflected.OTHER_LANGUAGES)
def test_everyday_words_are_wordfreqs_own_answer(lang: str) -> None:
    """Around the edge (Zipf 2.95-3.05), in other cases, pairs and with digits: the same answer."""
    pack = get_frequency_list(lang, "best")
    edge = [w for bucket in pack[595:606] for w in bucket]
    common = [w for bucket in pack[:400] for w in bucket]
    rng = random.Random(34)
    words = edge + [w.upper() for w in edge[::20]] + [w.title() for w in edge[::13]]
    words += [f"{rng.choice(common)} {rng.choice(edge)}" for _ in range(300)]
    words += [f"{rng.choice(common)}{rng.randint(0, 9999)}" for _ in range(100)] + ["", "-", "l'état", "2023"]
    for word in words:
        for zipf in (3.0, 3.5):
            assert everyday.zipf_at_least(word, lang, zipf) == (zipf_frequency(word, lang) >= zipf), word
    _forget_wordfreqs_lists()  # the large list read for the comparison


def test_below_the_floor_is_refused() -> None:
    with pytest.raises(ValueError):
        everyday.zipf_at_least("congreso", "es", 2.5)
    with pytest.raises(ValueError, match="no 'best' word list"):
        everyday.table("xx")  # a language wordfreq does not list: said so, not a KeyError


def test_a_campaign_language_word_reads_no_large_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """'congreso' begins like Congo but is Spanish for congress; 'rosji' is Polish for Russia's: read
    so without wordfreq reading (and caching for good) any of the ten languages' large lists."""
    _forget_wordfreqs_lists()
    read: list[str] = []
    real = wordfreq.read_cBpack
    monkeypatch.setattr(wordfreq, "read_cBpack", lambda name: read.append(str(name)) or real(name))
    for cached in (inflected.another_word, everyday.zipf_at_least):
        cached.cache_clear()
    assert inflected.another_word(("congreso",), "Congo")
    assert not inflected.another_word(("rosji",), "Russia")
    assert not any("large_" in name and "large_en" not in name for name in read), read
    for lang in inflected.OTHER_LANGUAGES:
        assert 10_000 < len(everyday.table(lang)) < 100_000  # the words from Zipf 3 on, not 300,000+


def test_caches_and_detectors_are_bounded() -> None:
    """Per-word memos keep a bounded number of words; each detector is built once."""
    for memo in (everyday.zipf_at_least, inflected.another_word):
        assert memo.cache_info().maxsize is not None
    for built in (detect.detector, unlisted._detector):
        assert built.cache_info().maxsize == 1
