"""The cues `lists.detect` reads first: whether a question asks for everything, a record of acts,
one thing pointed at, or a negation. Kept apart so the detector reads as a sequence of decisions."""

from __future__ import annotations

import re
from typing import Any

from bot.kb.place_names import list_words

# "Everything you have on X", "what do you have about X", "X - what do you have?": what mentions X.
EVERYTHING = re.compile(
    r"\b(everything|all (the )?(entries|you have)|what (do )?you (have|hold)( on| about|$)"
    r"|list (everything|all))\b"
)
# A question longer than this is a story with its question at the end (issue 10's "long" style): it
# is about the one thing the member has in mind, even when it says "which companies".
STORY_WORDS = 40
# "What has the EU done about spyware exports?", "what has the US done against Intellexa": the record
# of an authority's or a country's acts over time, i.e. its rules and measures (narrowed by the rest of
# the question). "What did the US do ...?" asks about one act: the engine answers it.
DONE = re.compile(r"^what (has|have) (the )?(\w+ ){1,3}done\b")


def one_thing_cue(data: dict[str, Any]) -> re.Pattern[str]:
    """A pointer before a noun of its own language, or a pointer ending the question (list_words.yaml
    `one_thing`, `one_thing_ends`): the words are data, in every language, beside the list cues."""
    pairs = [
        rf"\b({'|'.join(row['pointers'])}) ({'|'.join(row['nouns'])})\b" for row in data["one_thing"].values()
    ]
    ends = rf"\b({'|'.join(data['one_thing_ends'])})$"
    return re.compile("|".join([*pairs, ends]))


# "Which vendors were involved in that case?", "which companies' gear was this": one thing, pointed at.
ONE_THING = one_thing_cue(list_words())
# "Which companies are not / were never sanctioned by the US?", "... didn't sell to Egypt?": the list
# would name exactly the firms the member asked to leave out (review10). "Which companies can US
# agencies not buy from" is a ban, not a negation: only "be", "have" and "do" are read here.
NEGATED = re.compile(
    r"\b(are|is|were|was|have|has|had|did|do|does|been) (not|never)\b"
    r"|\b(aren|isn|weren|wasn|haven|hasn|hadn|didn|don|doesn) t\b"
)
