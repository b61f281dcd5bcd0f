"""A misspelt or unknown word is read the same way in every process: 'fall' ('the fall of
Tripoli') was corrected to 'pall' or 'mall' (both words of the name Pall Mall, equally close and
equally common) by the order of the candidate pool, which follows Python's string hashing, so a
member's question got a different confidence after a restart."""

from __future__ import annotations

from bot.kb.search import SearchEngine


def test_a_typo_with_two_equally_good_corrections_is_read_the_same_whatever_the_pool_order(
    engine: SearchEngine,
) -> None:
    index = engine.index
    first = index._correct_token("fall")
    saved = {key: list(words) for key, words in index.by_shape.items()}
    try:
        for words in index.by_shape.values():
            words.reverse()
        assert index._correct_token("fall") == first
    finally:
        for key, words in saved.items():
            index.by_shape[key][:] = words
