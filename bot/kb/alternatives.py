"""The two readings of a question that offers a choice of names: 'wait was it gamma's spyware or
ht's that went after bahraini activists??', '¿Fue Candiru, o más bien NSO, quien espió a los
independentistas catalanes?'. Read whole, the name the right card does not hold weighs as a name it
leaves out (`missed`), and the card telling who did it was refused first (0.29, 0.44). The member
asks which of the two: the card that answers the question with one of them left out answers it
(search.py lifts it like a message's first ask, asks.py: as sure as LIFT_BAR, first for the whole
message too, no close near-miss evidence on either). A near miss stays one: neither reading is held.

The words between the names (and those making it 'or rather') are in data/asks.yaml. Each name is
the run of words next to the word, up to a function word ('it', 'that', 'who') or punctuation,
the second no longer than the first ('did nso or candiru hack...' offers 'nso' and 'candiru'); an
alternative of function words alone ('or not', 'or what') offers no name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from bot.kb.asks import ASKS_DATA, CLOSE, LIFT_BAR
from bot.kb.text import ASKING_WORDS, STOPWORDS, raw_tokens

_ORS: dict[str, frozenset[str]] = {
    str(lang): frozenset(map(str, words)) for lang, words in ASKS_DATA["alternatives"].items()
}
_RATHER = frozenset(map(str, ASKS_DATA["rather"]))
_EDGE = "¿¡?!.,;:\"'()"
# the longest name read on either side (words)
_MOST = 3


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower()


def _function(word: str) -> bool:
    bare = _bare(word)
    return not bare or bare in STOPWORDS or bare in ASKING_WORDS


def choices(text: str, lang: str, names: Collection[str]) -> list[str]:
    """The question once with each name offered left out (with the word between them), none when
    it offers no choice of names: each side must hold a word of some entry's name (`names`, the
    index's name tokens), so 'the mozambican journalist or activist' offers none (its name was asked,
    which no card gives)."""
    ors = _ORS.get(lang)
    if not ors:
        return []
    words = text.split()
    for k, word in enumerate(words):
        if k == 0 or word.lower() not in ors or words[k - 1][-1:] in "?!.":
            continue
        first = k  # the first name, back to a function word, the first word or a mark
        while first > 1 and k - first < _MOST and not _function(words[first - 1]):
            first -= 1
            if words[first - 1][-1:] in ",;:?!.":
                break
        start = k + 1  # the second name, after 'rather' words, no longer than the first
        while start < len(words) and _bare(words[start]) in _RATHER:
            start += 1
        end = start
        while end < len(words) and end - start < k - first and not _function(words[end]):
            end += 1
            if words[end - 1][-1:] in ",;:?!.":
                break
        if end == start or first == k:
            continue
        sides = (" ".join(words[first:k]), " ".join(words[start:end]))
        if not all(any(t in names for t in raw_tokens(side)) for side in sides):
            continue
        tail = _marks(words[end - 1])
        one = [*words[:k], *words[end:]]
        if tail:  # 'ht's??' left out, its marks stay on the name before it
            one[k - 1] = words[k - 1].rstrip(",;:") + tail
        two = [*words[:first], *words[start:]]
        return [" ".join(one), " ".join(two)]
    return []


def _marks(word: str) -> str:
    """The question marks a name left out ends on ('... ht's??'), kept by the reading left."""
    stripped = word.rstrip("?!")
    return word[len(stripped) :]


def chosen(
    text: str,
    lang: str,
    names: Collection[str],
    top: int,
    whole: tuple[float, ...],
    first: Callable[[str], tuple[int, tuple[float, ...]] | None],
    probability: Callable[[tuple[float, ...]], float],
) -> float:
    """Entry `top`'s best probability on the question with one offered name left out (`choices`),
    when it comes first so and as sure as LIFT_BAR, and no close near-miss evidence stands against it
    on the whole question (`whole`: its features) or that reading; else 0."""
    if any(whole[k] > 0 for k in CLOSE):
        return 0.0
    best = 0.0
    for reading in choices(text, lang, names):
        row = first(reading)
        if row is None or row[0] != top or any(row[1][k] > 0 for k in CLOSE):
            continue
        best = max(best, probability(row[1]))
    return best if best >= LIFT_BAR else 0.0
