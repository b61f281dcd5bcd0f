"""Whether a short question asks what a legislature did ('¿Qué pasó en el Congreso de México con
Pegasus?', 'Il Congresso ha parlato di Paragon?') of a card that never speaks of one.

The glossary reads 'Congreso' as 'congress', but a word the card lacks weighed less in another
language than in English: the Mexican Pegasus case was answered at 0.95 and Paragon's card at 0.92,
where 'what happened in the Mexican Congress with Pegasus?' was refused (0.45). A legislature is an
actor: the member asks what it said or did, and a card that names none tells nothing of it. A
statement naming one in any form ('the Congress committee on official secrets', 'US congressmen')
tells it. The legislatures are data/roles.yaml `legislatures` (stems).
"""

from __future__ import annotations

from bot.kb.analysis import QueryAnalysis
from bot.kb.role_words import legislature_stems


def legislature_untold(
    query: QueryAnalysis, masks: dict[str, int], own: frozenset[str], others: frozenset[str] = frozenset()
) -> bool:
    """Whether the question asks of a legislature (data/roles.yaml `legislatures`) that no statement
    of the card (`masks`: its tokens' statements) names in any form beginning so, nor its own names
    (`own`: the PEGA inquiry is the European Parliament's); or names only in statements that hold
    none of another entry's names the question asks of and the card holds (`others`, stems): 'What
    did Congress say about Candiru?' got CatalanGate at 0.67, whose Congress committee heard the CNI
    on Pegasus and Citizen Lab's list, never on Candiru."""
    asked = legislature_stems().intersection(query.tokens)
    if not asked:
        return False
    for word in asked:
        if word in own:
            continue
        told = _named_from(masks, word)
        if not told or any(masks.get(t, 0) and not masks[t] & told for t in others):
            return True
    return False


def legislature_told(
    query: QueryAnalysis, masks: dict[str, int], own: frozenset[str], forms: list[tuple[str, ...]]
) -> bool:
    """Whether the question asks of a legislature that the card names (its own name, or a statement
    naming it in a form beginning so) in a statement holding every place asked (`forms`: each
    place's forms): the Italian Paragon case's 'parliamentary ... committee COPASIR' tells
    'Il Parlamento ha parlato di Paragon?', but the Pegasus Project's European Parliament tells
    nothing of Mexico's."""
    asked = legislature_stems().intersection(query.tokens)
    if not asked:
        return False
    for word in asked:
        told = -1 if word in own else _named_from(masks, word)  # its own name: every statement
        for place in forms:
            named = 0
            for f in place:
                named |= masks.get(f, 0)
            told &= named
        if not told:
            return False
    return True


def _named_from(masks: dict[str, int], word: str) -> int:
    """The statements (`masks`' bits) naming the legislature in any form beginning with `word`: one
    reading for the legislature untold and told."""
    told = 0
    for key, bits in masks.items():
        if key.startswith(word):
            told |= bits
    return told
