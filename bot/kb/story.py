"""A long question's story and its own clause: which names the member mentions in passing and which
they ask about (evidence.py's ranking reads these)."""

from __future__ import annotations

from bot.kb.analysis import QueryAnalysis
from bot.kb.index import SearchIndex
from bot.kb.language import Reading
from bot.kb.profiles import NAME_LIKE
from bot.kb.text import asking_sentence, raw_tokens

# Words by which a long question's own clause points back at its story ("did NSO respond to those
# findings?", "was Candiru used there too?"): the story is then what is asked about, not passing talk.
POINTING_BACK = frozenset({"those", "these", "there", "them"})


def elsewhere_named(index: SearchIndex, exact: dict[int, float], reading: Reading) -> bool:
    """A long question whose own clause names one entry while its story names another outright
    ('read plenty about Huawei... what do you have on ZTE?'): the story's words retell the other.
    Not when the clause points back at the story ('...the GeckoSpy campaign. Did NSO respond to those
    findings?' asks about the Thai case, and was refused with NSO's card first)."""
    asking = asking_sentence(reading.text)
    if not asking or len(exact) < 2 or POINTING_BACK.intersection(raw_tokens(asking)):
        return False
    in_clause = index.named(raw_tokens(asking), swapped=reading.lang != "en")[1]
    return bool(in_clause) and any(i not in in_clause for i in exact)


def story_name(index: SearchIndex, query: QueryAnalysis, token: str) -> bool:
    """A rare word that is part of some entry's name: in a long question's story, a name."""
    return token in index.name_stems and query.spec.get(token, 0.0) >= NAME_LIKE
