"""Set-up a member's first questions after a start would otherwise pay for, done at start."""

from __future__ import annotations

import itertools
from functools import lru_cache

from bot.kb.detect import DETECT_CHARS, LATIN, detector, frequencies


@lru_cache(maxsize=1)
def read_common_words() -> None:
    """lingua's calls on a language cost ~1-2 ms each, not ~0.2, until many of its trigrams were
    read (the first questions in it after a start; language.warm_up reads one phrase each): once per
    process, ~0.2-0.4 s, read each language's 1000 commonest words, 25 at a time as a question is."""
    for lang in ("en", *LATIN):
        common = list(itertools.islice(frequencies(lang), 1000))  # wordfreq lists go commonest first
        for i in range(0, len(common), 25):
            detector().compute_language_confidence_values(" ".join(common[i : i + 25])[:DETECT_CHARS])
