"""Whether the first entry's card has the place a question asks a sale to as something else: 'which
israeli company sold spyware to iran?' answered Candiru, whose card names Iran only for victims of its
spyware; 'which israeli firm sold DPI to denmark?' answered Allot, whose gear passed through a Danish
distributor on its way to Iran.

An entry's `countries` name every role a place plays in it: a firm's home, a distributor, a court,
victims, a buyer. `destinations.py` tells the places gear was sold to from the others, for list answers
('companies that sold to Iran'). A single answer read none of it: the place was on the card, so the
card seemed to explain the question. Here, when a question asks a sale (a sale verb of
list_words.yaml `sale_words`/`sale_words_now`, no verb of use: 'used against people in Iran' asks
where it hit, which victims answer) to a place (a word sending goods there: elsewhere.asked_places),
and the first entry, a firm or a case, names that place but never as where its gear was sold, the
engine holds the answer under its threshold, as `ungiven` does a value the card never gives (values.py):
the member would read a sale the card does not tell. A place the card never names is left to
`elsewhere`; a rule governs exports to any destination and is never held.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb import destinations
from bot.kb.elsewhere import Asked
from bot.kb.list_query import SALE_WORDS, USE_WORDS
from bot.kb.model import Entry
from bot.kb.place_names import country_names, demonym, demonyms, list_words, phrases, words_of
from bot.kb.role_words import role_data
from bot.kb.text import asking_sentence
from bot.kb.values import UNGIVEN_SHARE


def by_adjective(wording: str, place: str) -> bool:
    """The question names the place only by its adjective ('sold to a German holding'): a buyer
    described by its origin, often a firm, not a country gear was sold to."""
    words = words_of(wording)
    if not any(demonym(w) == place for w in words):
        return False
    names, adjectives = country_names(), demonyms()
    return not any(names.get(p) == place and p not in adjectives for _, _, p in phrases(words))


# Words that send a sale to the place after them in any language (list_words.yaml `buyer_before`,
# and Italian 'all'' elided: 'all'Iran'), and the articles between ('an den Iran')
_TO = frozenset(w for ws in list_words()["buyer_before"].values() for w in ws) | {"all"}
_ARTICLES = frozenset(list_words()["buyer_articles"])


def sent_to(wording: str, place: str) -> bool:
    """A word of destination comes right before the place's name ('an den Iran', 'all'Iran', 'aan
    Iran'), which elsewhere.asked_places reads in fewer languages."""
    words, names = words_of(wording), country_names()
    for start, _, phrase in phrases(words):
        if names.get(phrase) != place:
            continue
        before = [w for w in words[max(0, start - 2) : start] if w not in _ARTICLES or w in _TO]
        if before and before[-1] in _TO:
            return True
    return False


def asks_sale(wording: str) -> bool:
    """The question (its asking sentence when long) asks of a sale, not of use ('sold ... and used
    against' asks where it hit as well: victims there answer it)."""
    words = set(words_of(asking_sentence(wording) or wording))
    return bool(words & SALE_WORDS) and not words & USE_WORDS


class Sales:
    """Per firm or case: where its gear was sold (destinations.Went, as list answers read it), worked
    out at the build: on a member's question it cost ~0.3 ms (tests/kb/test_lat16_cheaper_lists.py).
    Its table (`went`) is the one list answers read too (service.py gives it to lists.NameTable)."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = entries
        self.went = went = destinations.Went(entries)
        self._sold = {
            i: went.went(entry, sale=True)
            for i, entry in enumerate(entries)
            if entry.kind in ("vendor", "case")
        }

    def sold_to(self, i: int) -> frozenset[str]:
        """Where entry i's gear was sold: none for a rule."""
        return self._sold.get(i, frozenset())

    def elsewhere(self, i: int, wording: str, asked: Asked) -> bool:
        """Entry i names every country the question sends a sale to, none as where its gear was sold."""
        entry = self._entries[i]
        if entry.kind == "rule":
            return _rule_asked_seller(entry, wording, asked)
        if entry.kind not in ("vendor", "case"):
            return False
        sent = {
            place
            for place, to in asked
            if (to or sent_to(wording, place)) and not by_adjective(wording, place)
        }
        if not sent or not asks_sale(wording):
            return False
        named = set(entry.countries) | set(entry.other_ties)
        return sent <= named and not sent & self.sold_to(i)


def _rule_asked_seller(entry: Entry, wording: str, asked: Asked) -> bool:
    """A rule naming every place the question sends a sale to, asked who sells there ('¿Quién vende
    spyware a Irlanda?' got the US Treasury's card, which names Ireland as Intellexa's seat): a
    rule sells nothing (data/roles.yaml `seller_asks`, the question's first word)."""
    words = words_of(wording)
    roles = role_data()
    if not words or words[0] not in roles.get("seller_asks", ()):
        return False
    if not asks_sale(wording) and not set(words) & set(roles.get("seller_verbs", ())):
        return False
    sent = {place for place, to in asked if to or sent_to(wording, place)}
    return bool(sent) and sent <= set(entry.countries)


def held(probability: float, threshold: float, elsewhere: bool) -> float:
    """The first entry's probability, held under the `threshold` (at values.UNGIVEN_SHARE of it)
    when its card names the place asked a sale to only as something else."""
    return min(probability, UNGIVEN_SHARE * threshold) if elsewhere else probability
