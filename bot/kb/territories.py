"""Every territory a question may name, as English names it, for the query's places.

The fixed vocabulary (bot/kb/vocab.py: WORLD_COUNTRIES) holds the sovereign countries of one word,
and a place of two words counted only when some entry lists it. 'Did Cellebrite sell UFED to
Anguilla?' and 'Did NSO sell Pegasus to Costa Rica?' named no place, so nothing counted against the
vendor's card, which answered (0.92, 0.79) what no entry says (lang12). Babel's English territory
names fill the gap; a name that is an everyday English word ('Jersey', 'Réunion') stays a word.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

from bot.kb.place_names import country_names
from bot.kb.text import fold

# A one-word name this common in English is a word before it is a place ('jersey', 'reunion').
EVERYDAY_ZIPF = 3.8
# A word of a name joined by '&' or 'St.' this rare in English names the place alone ('tobago').
RARE_ZIPF = 3.0
# Babel's territories that are no place something is sold to or used in.
NOT_PLACES = frozenset(
    {"european union", "eurozone", "united nations", "unknown region", "outlying oceania", "world"}
)


@lru_cache(maxsize=1)
def world_places() -> tuple[frozenset[str], frozenset[str]]:
    """(names of one word, names of two words as 'first second'), folded: 'anguilla', 'costa rica'."""
    one: set[str] = set()
    two: set[str] = set()
    for name in map(fold, set(country_names().values())):
        words = name.replace("-", " ").split()
        if name in NOT_PLACES or name.startswith("pseudo"):
            continue
        if not all(w.isalpha() for w in words):  # 'St. Lucia', 'Trinidad & Tobago': each rare word
            one.update(w for w in words if w.isalpha() and zipf_frequency(w, "en") < RARE_ZIPF)
        elif len(words) == 1 and zipf_frequency(words[0], "en") < EVERYDAY_ZIPF:
            one.add(words[0])
        elif len(words) == 2:
            two.add(" ".join(words))
    return frozenset(one), frozenset(two)
