"""english_zipf reads wordfreq's English table itself for a plain word (a speed-up of the first ask
of a question's new words): it must give wordfreq's own figure for every word, or a question's
specificities, typo corrections and re-spacing would move."""

from __future__ import annotations

import random
import string

from wordfreq import get_frequency_dict, zipf_frequency

from bot.kb.english_zipf import english_zipf


def test_every_word_of_the_table_has_wordfreqs_figure() -> None:
    table = get_frequency_dict("en", "best")
    words = sorted(table)[::7]  # a seventh of the ~320k words (all of them agree; ~1 s)
    assert [w for w in words if english_zipf(w) != zipf_frequency(w, "en")] == []


def test_words_wordfreq_lacks_or_tokenizes_differ_nowhere() -> None:
    rng = random.Random(5)
    made_up = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 12))) for _ in range(3000)]
    typed = [
        "hikvision",
        "Hikvision",
        "don't",
        "e-mail",
        "50,000",
        "2021",
        "überwachung",
        "spyware's",
        "",
        "a",
        "ZTE",
        "naïve",
        "co-operation",
    ]
    assert [w for w in made_up + typed if english_zipf(w) != zipf_frequency(w, "en")] == []
