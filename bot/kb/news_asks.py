"""'nso news?', 'any updates on candiru?': a member asking what is new about something, read as the
engine reads 'latest on nso?'.

'latest' is a time word (data/time_words.yaml `new`): the ranking reads it as the time cue and weighs
no card's words by it, so 'latest on nso?' answered NSO Group (.97). 'news' and 'update' are words
the cards hold (publishers' names, 'regulation updates'), so the ranking weighed them as part of
what is asked, found them on no NSO card, and refused: 'nso update?' .19, 'nso news?' .46,
'any updates on candiru?' .44. Asked so, they mean what 'latest' means.

Only the ask's own shapes are read: the word after a name at the end of a short question ('nso
news?', 'candiru update pls'), or opening the ask of something ('any news on', 'updates about', 'the
latest news re'). 'news' inside a question stays as typed ('which news outlets covered the
Predator Files?', 'was it in the news?', 'did the EU update its rules?').
"""

from __future__ import annotations

import re

from bot.kb.text import STOPWORDS, raw_tokens

_NEWS = r"(?:news|updates?)"
# 'any news on X', 'updates about X', 'the latest news re X', 'recent updates regarding X'
_OPENING = re.compile(
    rf"(?:\b(?:any|the|some|recent|new|latest|(?:the\s+)?(?:latest|newest|recent))\s+)*\b{_NEWS}\s+"
    r"(?=(?:on|about|re|regarding|concerning|for|from|with|of)\s+\w)",
    re.IGNORECASE,
)
# 'nso news?', 'candiru update pls', 'intellexa updates??': the word after a name, ending the question
_CLOSING = re.compile(
    rf"^(?P<name>[^?!.]*?\w)\s+(?:latest\s+)?{_NEWS}(?P<end>\s*(?:pls|plz|please)?\s*[?!.]*\s*)$",
    re.IGNORECASE,
)
# '..., any news?', 'munich prosecutors vs the FinSpy bosses - any update?': a closing clause asking
# for news of what the question named before it
_TRAILING = re.compile(
    rf"\s*[-\u2013\u2014,:;]\s*(?:any|what(?:'?s| is) the)\s+(?:latest\s+)?{_NEWS}(?=\s*[?!.]*\s*$)",
    re.IGNORECASE,
)
# The closing shape is the ask of a name of at most this many words, none of them a function word
# ('hacking team news?', 'nso group update?'; 'did nso make news?' is left as typed)
MAX_NAME_WORDS = 3


def news_asked(text: str) -> str:
    """The question with an ask for news read as 'latest': 'nso news?' -> 'nso latest?', 'any updates
    on candiru?' -> 'latest on candiru?'; as typed otherwise."""
    out = _TRAILING.sub(" latest", text)
    out = _OPENING.sub("latest ", out)
    closing = _CLOSING.match(out)
    if closing:
        words = raw_tokens(closing.group("name"))
        if 0 < len(words) <= MAX_NAME_WORDS and not STOPWORDS & set(words):
            out = f"{closing.group('name')} latest{closing.group('end')}"
    return out
