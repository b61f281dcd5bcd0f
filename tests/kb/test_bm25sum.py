"""The search's own BM25 sum gives exactly bm25s's scores, so ranking and confidence are unchanged
by it: any question's words, repeated words included, and models that score absent words too."""

from __future__ import annotations

import random

import bm25s
import numpy as np
import pytest

from bot.kb.bm25sum import bm25_scores
from bot.kb.search import SearchEngine


def test_same_scores_as_bm25s_for_any_words(engine: SearchEngine) -> None:
    bm25 = engine.index.bm25
    vocabulary = sorted(t for t in bm25.vocab_dict if t)  # '' has no postings: bm25s refuses it
    rng = random.Random(3)
    for size in (1, 2, 5, 12, 40):
        for _ in range(30):
            tokens = rng.choices(vocabulary, k=size)  # with repeats, as a long story can have
            want = np.asarray(bm25.get_scores(tokens), dtype=float)
            assert np.array_equal(bm25_scores(bm25, tokens), want)
    with pytest.raises(ValueError):  # as bm25s does
        bm25_scores(bm25, [vocabulary[0], ""])


def test_models_that_score_absent_words_keep_theirs() -> None:
    corpus = [["spyware", "egypt"], ["camera", "china", "export"], ["spyware", "export", "rule"]]
    bm25 = bm25s.BM25(method="bm25l")
    bm25.index(corpus, show_progress=False)
    tokens = ["spyware", "export"]
    assert np.array_equal(bm25_scores(bm25, tokens), np.asarray(bm25.get_scores(tokens), dtype=float))
