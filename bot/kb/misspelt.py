"""Names misspelt further than a typo: typed by ear ('sitrox', 'cytrocks' for Cytrox) or with a
letter dropped ('daua' for Dahua). Members type names as they heard them; read as names no card holds,
such words weighed as much as the name itself and refused the right answer. Kept apart from query.py,
which calls these when the ordinary typo correction finds nothing or ties.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kb.english_zipf import english_zipf
from bot.kb.specificity import TYPO_MAX_ZIPF
from bot.kb.text import sound_key

# Under this Zipf frequency a typed word is no English word at all ('daua', 'cytrocks'): a misspelt
# name, most likely, rather than a misspelt everyday word.
NO_WORD_ZIPF = 1.0
# A word this long or longer may be a name typed by ear, further from it than a typo (`loose_name`).
LOOSE_MIN = 6
# From this length a word that is no English word may be a name one edit beyond a typo ('cytrocks').
LOOSE_FAR = 8
# A name this long may carry a fused Arabic article ('eltantawy'; 'alaska' is too short to ask)
ARTICLE_NAME = 7
_SOFT_C = re.compile(r"c(?=[eiy])")


# English spellings of a long 'i' ('night', 'bite'): a name typed by ear as 'Cognight' is Cognyte
_SILENT = ((re.compile(r"igh"), "i"), (re.compile(r"(?<=[^aeiou])e$"), ""))


def _heard(word: str) -> str:
    """How a word sounds, with 'x' as 'ks' and a soft 'c' as 's' ('cytrocks', 'sitrox': Cytrox),
    and without letters English leaves silent: 'gh' after an 'i', a final 'e' ('cognight', 'cognite':
    Cognyte)."""
    heard = sound_key(_SOFT_C.sub("s", word.replace("x", "ks")))
    for pattern, sound in _SILENT:
        heard = pattern.sub(sound, heard)
    return heard


def heard(word: str) -> str:
    """How a word sounds (`_heard`), for the other readers of names typed by ear (spacing.py)."""
    return _heard(word)


def without_article(name: str) -> str | None:
    """A name with the Arabic article fused to it ('Eltantawy', 'Alhathloul'), without it: members
    type the surname alone ('Tantawi'), which is further from the whole name than a typo. None for
    any other name, and for one that is an English word ('also', 'element')."""
    if len(name) < ARTICLE_NAME or name[:2] not in ("el", "al") or english_zipf(name) >= NO_WORD_ZIPF:
        return None
    return name[2:]


def sounds_of(names: list[str]) -> dict[str, tuple[str, ...]]:
    """The names by how they sound (`_heard`), worked out with the index (SearchIndex.loose_sounds):
    `loose_name` heard every name again for each word it read (~0.6 ms a word)."""
    found: dict[str, list[str]] = {}
    for name in names:
        found.setdefault(_heard(name), []).append(name)
    return {heard: tuple(same) for heard, same in found.items()}


def _shared_start(a: str, b: str) -> int:
    """How many letters two words open with alike."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def letter_dropped(typed: str, word: str) -> bool:
    """Whether a word that is no English word is a rare name with some of its letters left out, the
    rest in order ('daua' of 'dahua'): the name it spells, rather than a name's everyday word ('data'
    of a law's title) as far from it."""
    if len(typed) >= len(word) or english_zipf(typed) >= NO_WORD_ZIPF or english_zipf(word) >= TYPO_MAX_ZIPF:
        return False
    letters = iter(word)
    return all(c in letters for c in typed)


def loose_name(token: str, limit: int, names: list[str], sounds: dict[str, tuple[str, ...]]) -> str | None:
    """The one name of `names` (SearchIndex.loose_names) a word that is no English word and no word
    of the knowledge base spells as it sounds ('sitrox', 'cytrocks': Cytrox), or, from LOOSE_FAR
    letters, misspells by one edit more than a typo's `limit`, keeping most of its start. None when
    two names are as close (no guess between them) or the word is English ('cognate' is no Cognyte).
    `sounds`: the names by how they sound (`sounds_of`)."""
    if len(token) < LOOSE_MIN or english_zipf(token) >= NO_WORD_ZIPF:
        return None
    heard = _heard(token)
    near = set(sounds.get(heard, ()))
    if len(token) >= LOOSE_FAR:  # ... keeping most of the name's start ('anyvision' is no Hikvision)
        far = process.extract(token, names, scorer=OSA.distance, score_cutoff=limit + 1)
        near |= {n for n, _, _ in far if 2 * _shared_start(token, n) > len(n)}
    return next(iter(near)) if len(near) == 1 else None
