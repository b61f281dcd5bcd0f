"""Name variants an entry's title implies ('IDEMIA (formerly Morpho)' is also 'Morpho'), so members
find an entry by the names its title carries without editors repeating them as aliases."""

from __future__ import annotations

import re

from bot.kb.place_names import country_names, key_of

_LEADING = re.compile(r"^(formerly|now|ex|incl|including|aka|the|also)\b[.\s-]*", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(spyware|software|system|systems|tool|tools|cameras?|group|maker)$", re.IGNORECASE
)


# An aside with a year is when or who reported it ('(July 2021)', '(Amnesty, 2020)'), never a name.
_YEAR = re.compile(r"\b(19|20)\d\d\b")
# An aside (its text, its end) read from the title: not one opened inside another ('(Regulation (EU)
# 2024/1689)' is no name 'Regulation (EU'), nor one the act's number follows ('Regulation (EC) No
# 428/2009': the issuer, part of the act's citation)
_ASIDE = re.compile(r"\(([^()]*)\)(?!\s*(?:No\.?\s*)?\d)")


def short_titles(title: str) -> list[str]:
    """Name variants a title implies: 'IDEMIA (formerly Morpho)' -> 'IDEMIA', 'Morpho';
    'Intellexa / Cytrox (Predator spyware)' -> 'Intellexa', 'Cytrox', 'Predator'. A place or a date
    is no name: 'BAE Systems (United Kingdom)' did make every question saying 'United Kingdom' name
    BAE Systems, and 'Ahmed Mansoor (UAE)' every one saying 'UAE' name his case."""
    out: list[str] = []
    for sep in ("(", ":", " - ", " – ", " — ", ","):
        head = title.split(sep, 1)[0].strip()
        if head and head != title:
            out.append(head)
    for inner in _ASIDE.findall(title):
        inner = _LEADING.sub("", inner.strip())
        if any(ch.isalpha() for ch in inner) and not _YEAR.search(inner):
            out.append(inner)
            trimmed = _TRAILING.sub("", inner)
            if trimmed != inner:
                out.append(trimmed)
    head = out[0] if out else title
    if " / " in head:
        out += [part.strip() for part in head.split(" / ") if part.strip()]
    return [part for part in out if key_of(part) not in country_names()]
