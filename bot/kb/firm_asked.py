"""Which firm a question asks for by what it is and where it is from, read for the engine's order.

evidence.py ranks; this reads the description a 'which firm' question gives ('which Singapore
firm', '¿qué empresa británica...?') and hands which.py `put_first` what it needs: the kind and
homes asked, which of several firms of that home the rest of the question describes (another
language: in English the rule naming them answers), and which first entries contradict it. Kept
apart from the evidence because it is one reading of the question's own grammar, in two ways
(English and the campaign's other languages), with its own tables (described.py, elsewhere.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.kb.analysis import QueryAnalysis
from bot.kb.described import Described, of_firm_asked
from bot.kb.elsewhere import Elsewhere
from bot.kb.language import Reading
from bot.kb.list_asks import SINGULARS
from bot.kb.place_names import words_of
from bot.kb.roles import Roles
from bot.kb.which import SPAN, Fit, Picks, asks_which_firm, described, described_other, kind_at

# The kind and homes a question asks 'which' of, what picks among firms of that home, what contradicts it
FirmAsked = tuple[tuple[str, set[str]] | None, Picks | None, Fit | None]
# Articles that open a question which is itself the description of what it asks for, without 'which':
# 'the Moscow security firm blacklisted for exploit trading', 'a Singapore company put on the Commerce
# list' ask for the firm as 'which Moscow firm was blacklisted...?' does, not for the list naming it
OPENING = frozenset({"the", "a", "an"})
FIRM_OR_CASE = SINGULARS["vendor"] | SINGULARS["case"]


def opening(words: Sequence[str], query: QueryAnalysis, typed: str) -> tuple[str, set[str]] | None:
    """(the kind, the country tags) of a question that opens 'the <place> <kind noun>' ('the Moscow
    security firm ...', 'a Singapore company ...'), as which.py `described` reads 'which <place> <kind
    noun>'; None unless a place is said of it ('the firm whose ISP gear ...' asks no home), or when
    a name follows the noun as typed (capitalised: 'the Swedish firm Axis sold cameras to China'),
    named, not described."""
    if not words or words[0] not in OPENING:
        return None
    at = next((k for k, w in enumerate(words[1 : 2 + SPAN], 1) if w in FIRM_OR_CASE), None)
    if at is None or re.search(rf"(?i:\b{re.escape(words[at])})\s+[A-Z]", typed):
        return None
    found = kind_at(words, 0, query)
    return found if found and found[1] else None


def firm_asked(
    question: str, reading: Reading, query: QueryAnalysis, roles: Roles, table: Described, places: Elsewhere
) -> FirmAsked:
    """What a question asks 'which' of, by its home (which.py `put_first`); for a firm asked so
    in another language, which of several firms of that home the rest of it describes (`picks`:
    of two British firms, the one that sold to the Gulf: in English the rule naming them answers);
    and in any language which first entries contradict it (`Fit`: another home, none of its places)."""
    english = reading.lang == "en"
    described_as = described(query.corrected, query, roles.which) if english else None
    if english and not described_as:  # 'the Moscow security firm blacklisted for ...'
        described_as = opening(query.corrected, query, question)
    if english and (not described_as or described_as[0] != "vendor"):
        return described_as, None, None
    if not english and not asks_which_firm(typed := words_of(question), roles.which_other):
        return None, None, None  # asks no 'which firm': nothing to describe
    # 'qué empresa británica': the home read from the question as typed (described.py)
    told = Described.asked(reading.text, query, question, reading.lang, reading.ordinary)
    if not english:
        described_as = described_other(typed, roles.which_other, told[0])
    if described_as is None:
        return None, None, None
    homes = described_as[1]
    told = of_firm_asked(told, *described_as) if english else told

    def picks(i: int, rivals: Iterable[int]) -> bool:
        return table.picks(i, told, rivals)

    def unfit(i: int) -> bool:
        return table.unfit(i, told, homes, places.of(i))

    return described_as, None if english else picks, Fit(unfit, picks)
