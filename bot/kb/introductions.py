"""The member saying who they are around an English question ('hi, im a student researching
spyware.', '... - for context im a journalist'), left out before the ranking reads it
(`chatter.asked_text`). What they are is never what they ask: 'journalist' drew the cards on
journalists targeted, 'student' and 'researching' weighed as words the right card lacks; one such
sentence in front refused eight of ten right answers. The roles and the words of studying are data
(data/lead_ins.yaml). An introduction that tells a story (long, or naming a place or a people) or that
may hold the topic (the question after it names under two things of its own) stays.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.kb.text import COMMON_WORDS, STOPWORDS, raw_tokens
from bot.kb.vocab import DEMONYMS, KIND_WORDS, REGIONS, TECH_WORDS, WORLD_COUNTRIES

_LEAD_DATA = yaml.safe_load((Path(__file__).with_name("data") / "lead_ins.yaml").read_text(encoding="utf-8"))
_ROLES = "|".join(sorted(map(re.escape, map(str, _LEAD_DATA["member_roles"])), key=len, reverse=True))
_ROLE_WORDS = frozenset(t for w in _LEAD_DATA["member_roles"] for t in raw_tokens(str(w)))
_I_AM = r"(?:i'?m|im|i\s+am|we'?re|we\s+are|as)\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}?"
# The words of the studying itself ('im researching spyware exports'): data/lead_ins.yaml
_STUDY_WORDS = frozenset(t for w in _LEAD_DATA["study_words"] for t in raw_tokens(str(w)))
# An introduction longer than this tells a story, whose places and firms may be what is asked
INTRODUCTION_WORDS = 8
_CLAUSE_END = r"(?:[.!;:\n,]|\s[-\u2013\u2014])"
# What the member studies, in front of the question ('hi, im researching spyware.'): only when it
# names nothing but the domain's general words (`_general`), never the firm or case asked
_STUDYING = (
    r"(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?(?:currently\s+|just\s+)?(?:researching|studying|"
    r"looking\s+into|writing\s+about|working\s+on|reading\s+(?:up\s+)?(?:on|about))\b"
)
_STUDIES = re.compile(_STUDYING, re.IGNORECASE)
# The member saying who they are in front of the question: a greeting, then the role and what
# follows it up to the clause's end ('hi, im a student researching spyware.', 'as a journalist,')
_INTRODUCED = re.compile(
    rf"^\s*(?:(?:hi|hey|hello|hiya)(?:\s+(?:all|everyone|guys|folks|there))?\s*[,!.]*\s*)?"
    rf"(?:{_I_AM}(?:{_ROLES})s?\b|{_STUDYING})[^.?!;:\n,]*?{_CLAUSE_END}\s*",
    re.IGNORECASE,
)
# ... or after it, to the end of the message ('... - for context im a journalist', '... i'm writing
# an article on this')
_INTRODUCED_AFTER = re.compile(
    rf"(?<=[?.!\-\u2013\u2014])\s*(?:for\s+context\s*[:,]?\s*|context\s*:\s*|btw\s*,?\s*)?"
    rf"(?:{_I_AM}(?:{_ROLES})s?|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:writing|doing|preparing|"
    r"working\s+on|researching)\s+(?:a|an|my|our|this|it)\b)[^?]*$",
    re.IGNORECASE,
)


def _says_who(clause: str) -> bool:
    """Whether an introduction says who the member is and nothing the question may ask of: a few
    words, none a place or a people ('I'm a Mexican journalist living abroad.' tells where the
    story asked about happened)."""
    words = raw_tokens(clause)
    if len(words) > INTRODUCTION_WORDS or any(
        w in DEMONYMS or w in WORLD_COUNTRIES or w in REGIONS for w in words
    ):
        return False
    # what they study may be what is asked: only the domain's general words ('researching spyware')
    return not _STUDIES.search(clause) or all(map(_general, words))


def _general(word: str) -> bool:
    """A word that names no firm, case or place: a function or everyday word, or one of the domain's
    general words for technologies and kinds of entry ('spyware', 'surveillance', 'exports', 'rules')."""
    return any(
        word in words
        for words in (STOPWORDS, COMMON_WORDS, TECH_WORDS, KIND_WORDS, _STUDY_WORDS, _ROLE_WORDS)
    )


def without_introduction(question: str) -> str:
    """The question without the member saying who they are: 'im a student researching spyware.' in
    front of 'who was targeted with predator in greece?' refused eight of ten right answers it was
    put before. Kept in front when the question after it names fewer than two things of its own
    ('im researching pegasus in poland. how many were hacked?': the topic is in the introduction)."""
    after = _INTRODUCED_AFTER.search(question)
    text = question[: after.start()].strip() if after and _says_who(after.group(0)) else question
    found = _INTRODUCED.match(text or question)
    if found and _says_who(found.group(0)):
        rest = text[found.end() :]
        named = [t for t in raw_tokens(rest) if t not in STOPWORDS and t not in COMMON_WORDS]
        if len(named) >= 2:
            return rest
    return text or question
