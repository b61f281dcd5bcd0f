"""A vendor's name and its product's, each standing for the other where a value or outcome is weighed.

"how many Thai activists had the NSO implant?" asks a count of the Thai Pegasus case, whose count
stands in 'at least 30 Thai pro-democracy activists ... were infected with Pegasus': the statement
names the product, the question its maker. "munich prosecutors vs the FinSpy bosses" asks a charge
told of 'FinFisher' managers; "美国商务部是在哪一年把海康威视拉进黑名单的" names Hikvision in Chinese, where
the Entity List card writes 'Hikvision ... (Oct 2019)'. A vendor card's title says both: the firm
before its brackets ('NSO Group', 'Gamma Group / FinFisher'), its product inside ('(Pegasus
spyware)'), and a one-word alias in Han characters names the firm too. Each product name stands for
the firm's names and back (values.py `unvalued`, `unstated`, `unsettled`); not two firms of one
card ('Intellexa / Cytrox'), nor an owner in the brackets ('bought by Symantec'), nor a card of
several firms ('SenseTime, Megvii, iFlytek and Yitu'), whose Han aliases are each one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.kb.model import Entry
from bot.kb.specificity import specificity
from bot.kb.text import content_tokens, raw_tokens
from bot.kb.translit import han_alias_key

# a word of a firm's name this rare in English is a name ('QuaDream', 'Candiru'), not 'Group'
NAME_SPEC = 1.9
_SEVERAL = re.compile(r",|\band\b")  # a title naming several firms
_OWNER = re.compile(r"\b(?:by|from)\s+\S+")  # an owner or seller in the brackets, no product


def sibling_names(entries: Sequence[Entry]) -> dict[str, frozenset[str]]:
    """Per stemmed name of a vendor or of its product, the other side's names (stemmed)."""
    found: dict[str, set[str]] = {}
    for entry in entries:
        head, _, rest = entry.title.partition("(")
        if entry.kind != "vendor" or _SEVERAL.search(head):
            continue
        inside = set(content_tokens(_OWNER.sub(" ", rest)))
        rare = (word for word in raw_tokens(head) if specificity(word) >= NAME_SPEC)
        firm = {stem for word in rare for stem in content_tokens(word)}
        products: set[str] = set()
        han: set[str] = set()
        for alias in entry.aliases:
            key = han_alias_key(alias)
            tokens = content_tokens(alias)
            if key:
                han.add(key)
            elif len(tokens) == 1 and tokens[0] in content_tokens(head):
                firm.add(tokens[0])
            elif len(tokens) == 1 and tokens[0] in inside:
                products.add(tokens[0])
        for product in products:
            found.setdefault(product, set()).update(firm)
            for name in firm:
                found.setdefault(name, set()).add(product)
        for key in han:  # a Han alias and the firm's Latin names (not two firms of one card)
            found.setdefault(key, set()).update(firm)
            for name in firm:
                found.setdefault(name, set()).add(key)
    return {name: frozenset(others) for name, others in found.items() if others}
