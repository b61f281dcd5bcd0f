"""Relations, from a member's side: a question that relates a vendor or product, a place and an act
("did NSO sell Pegasus to Germany?") is answered only by an entry that states the relation, never by
one that holds each word in unrelated places (the Ahmed Mansoor card: NSO's Pegasus in one sentence,
Germany only as FinFisher's home). Its twin, whose relation an entry states, is answered.

And questions an entry answers though their words only carry the ask: "who makes Pegasus" (the
vendor whose product it is, not the cases that mention it most), "who founded NSO Group" (its key
facts name the founders).
"""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.check import CheckReport
from bot.kb.search import SearchEngine
from bot.kb.text import fold
from tests.kb.answers import answered, refused

APART = FEATURES.index("apart")


def _statements_joining(shipped: CheckReport, *words: str) -> list[str]:
    """Entries with one sentence or line holding every word (a check that the relation is unheld)."""
    found = []
    for e in shipped.entries:
        for part in fold(f"{e.summary}\n{e.body}").replace(". ", "\n").splitlines():
            if all(w in part for w in words):
                found.append(e.id)
    return found


@pytest.mark.parametrize(
    ("question", "words", "holds_each"),
    [
        # the Mansoor card names NSO's Pegasus, and lists Germany for FinFisher's sake
        ("did nso sell pegasus to germany?", ("pegasus", "german"), "case-ahmed-mansoor"),
        ("did hacking team sell spyware to germany", ("hacking team", "german"), "case-ahmed-mansoor"),
        # the Mexico case is NSO's; FinFisher reaches it only through a related entry's name
        (
            "was finfisher used against activists in mexico",
            ("finfisher", "mexico"),
            "case-pegasus-mexico-2017",
        ),
    ],
)
def test_a_relation_no_entry_states_is_refused(
    engine: SearchEngine, shipped: CheckReport, question: str, words: tuple[str, ...], holds_each: str
) -> None:
    assert not _statements_joining(shipped, *words), "an entry now states the relation: pick another"
    result = refused(engine, question)
    # the entry that holds each word is still on offer: the member can open it and judge
    assert holds_each in [a.id for a in result.alternatives]


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("did nso sell pegasus to mexico?", {"nso-group", "case-pegasus-mexico-2017"}),
        ("was hacking team spyware used against ahmed mansoor", {"case-ahmed-mansoor"}),
        ("was predator found on phones in vietnam", {"case-predator-files-2023", "intellexa-cytrox"}),
    ],
)
def test_its_twin_whose_relation_an_entry_states_is_answered(
    engine: SearchEngine, question: str, expect: set[str]
) -> None:
    answered(engine, question, expect)


def test_named_things_in_one_sentence_are_related_and_spread_ones_are_not(engine: SearchEngine) -> None:
    """The model's evidence itself: on the Mansoor card, 'UAE' and 'Pegasus' meet in one sentence;
    'Germany' meets nothing NSO's."""
    rows = {engine.entries[i].id: x for i, _, x in engine.evidence("did nso sell pegasus to germany?")}
    assert rows["case-ahmed-mansoor"][APART] > 0.3
    rows = {engine.entries[i].id: x for i, _, x in engine.evidence("was pegasus used against a uae activist")}
    assert rows["case-ahmed-mansoor"][APART] == 0.0


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("who makes pegasus", "nso-group"),
        ("who makes finspy", "gamma-finfisher"),
        ("who founded nso group", "nso-group"),
    ],
)
def test_a_question_whose_other_words_only_carry_the_ask_is_answered(
    engine: SearchEngine, question: str, expect: str
) -> None:
    answered(engine, question, expect)


TOLD = FEATURES.index("told")


@pytest.mark.parametrize(
    ("question", "top"),
    [
        # another language: its everyday words ('что', 'известно') are in no English statement
        ("Что известно о шпионской программе Predator?", "intellexa-cytrox"),
        # a long question: its story's words are in no one statement of the entry asked about
        (
            "Our group has been following spyware stories for a while and a new member keeps asking"
            " about the Greek scandal, the one with the journalist and the opposition leader. Who"
            " makes Predator spyware?",
            None,
        ),
        # a word asking for the entry's kind: 'makes' asks for a vendor, which NSO Group is
        ("who makes pegasus", "nso-group"),
        ("which company makes predator", "intellexa-cytrox"),
        # a word no entry knows is the `unknown` feature's business, not something left untold
        ("who founded nso group lmaooo", "nso-group"),
    ],
)
def test_told_reads_only_what_a_short_english_question_asks(
    engine: SearchEngine, question: str, top: str | None
) -> None:
    """`told` (the share of what is asked that one statement tells) is not lowered by another
    language's everyday words, a story's, the words asking for the entry's kind or unknown words:
    counted, they made the refit refuse questions in other languages and long ones."""
    i, _, x = engine.evidence(question)[0]
    assert top is None or engine.entries[i].id == top
    assert x[TOLD] == 1.0


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("Что известно о шпионской программе Predator?", "intellexa-cytrox"),
        ("which company makes predator", "intellexa-cytrox"),
    ],
)
def test_a_question_told_low_for_its_language_or_kind_word_is_still_answered(
    engine: SearchEngine, question: str, expect: str
) -> None:
    answered(engine, question, expect)
