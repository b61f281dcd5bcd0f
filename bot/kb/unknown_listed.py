"""Whether a listing card answers whether a firm it never names was listed.

'Was the UAE's DarkMatter ever blacklisted by Commerce?' got the US Entity List card at 0.78: the
card lists firms, and a firm it never names is not among them, however well 'blacklisted' and
'Commerce' match (no card holds DarkMatter). Of a short English question asking a listing
(data/roles.yaml `listings`: 'blacklisted', 'sanctioned', 'banned'...) and naming, mid-sentence, a
word written as a name that the knowledge has never seen (`QueryAnalysis.unknown`, neither an
ordinary word nor one known by a synonym), answered by a rule's card. Not only sanctions: 'the White
House order banning TikTok' got the US order on commercial spyware (EO 14093) at 0.70, and no card
names TikTok."""

from __future__ import annotations

import re

from bot.kb.analysis import QueryAnalysis
from bot.kb.model import Entry
from bot.kb.role_words import listing_stems, role_data
from bot.kb.text import LONG_QUESTION, fold, stem

# a word written as a name, not the message's first ('DarkMatter', 'the UAE's DarkMatter'), with the
# word before it
_NAME = re.compile(r"(\S+)\s+([A-Z][\w&-]+)")


def unknown_listed(entry: Entry, query: QueryAnalysis, typed: str, lang: str) -> bool:
    """Whether entry's card, a rule's, is asked as a listing or ban of a firm (`typed`, read as
    `query`) no card names."""
    if lang != "en" or entry.kind != "rule":
        return False
    if len(query.corrected) >= LONG_QUESTION:
        return False
    listings = listing_stems()
    if not any(stem(w) in listings for w in query.corrected):
        return False
    unknown = {stem(fold(w)) for w in query.unknown} - query.synonymed - query.ordinary
    when = set(role_data()["listed_when"])
    named = {
        stem(fold(n.split("'")[0].split("\u2019")[0]))
        for before, n in _NAME.findall(typed)
        if fold(before) not in when  # 'blacklisted under Trump': who listed, not who was listed
    }
    return not unknown.isdisjoint(named)
