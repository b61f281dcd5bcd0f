"""Names typed with a space too many or too few (issue 10, item 3: names with typos are strong
evidence). 'Net App' for NetApp read as two ordinary words NetApp's entry never uses, 'bluecoat'
for Blue Coat as a word nobody knows: the member named the entry and was refused with it offered
first (NetApp at 0.08, CatalanGate at 0.39). bot/kb/spacing.py re-spaces names as the entries
write them; words the entries themselves write apart stay apart."""

from __future__ import annotations

import pytest

from bot.kb import spacing
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "right"),
    [
        ("what did Net App sell to the syrians", {"netapp"}),
        ("which equipment did Fin Fisher export to Turkey", {"case-finfisher-turkey-prosecution"}),
        ("Quad Ream spyware victims", {"case-quadream-victims-2023"}),
        ("what was the Catalan Gate scandal", {"case-catalangate-2022"}),
        ("Sand Vine egypt", {"case-sandvine-turkey-belarus-egypt", "sandvine"}),
        ("did bluecoat devices end up in syria", {"case-blue-coat-syria", "blue-coat"}),
        ("Devils Tongue spyware maker", {"candiru"}),
        # split, and misspelt where it was split: 'el tantawi' is one slip from Eltantawy
        ("what spyware was found on El Tantawi's phone", {"case-egypt-nour-eltantawy"}),
    ],
)
def test_a_name_split_or_run_together_is_answered(
    engine: SearchEngine, question: str, right: set[str]
) -> None:
    answered(engine, question, right)


@pytest.mark.parametrize(
    "question",
    [
        # the name re-spaced, the fact asked still in no entry
        "Fin Spy licence for Vietnam",
        "Sand Vine contracts in Kenya",
        "what did Hik Vision sell to Iran in 2015",
        # two words that make no entry's name stay two words
        "did Net Scout sell deep packet inspection to syria",
    ],
)
def test_a_respaced_name_with_a_fact_no_entry_holds_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_words_are_respaced_only_into_names_the_entries_write() -> None:
    joins = spacing.joinable(["netapp", "hacking", "team", "database", "hackingteam"])
    apart = spacing.written_apart(["hacking", "team", "leak"], joins) | spacing.written_apart(
        ["netapp"], joins
    )
    respacing = spacing.Spacing(
        joins,
        apart,
        name_keys=["netapp", "hacking team", "blue coat systems"],
        vocabulary={"netapp", "hacking", "team", "blue", "coat", "systems", "leak", "hackingteam"},
    )
    assert respacing.respace(["net", "app", "syria"]) == ["netapp", "syria"]
    assert respacing.respace(["bluecoat", "syria"]) == ["blue", "coat", "syria"]
    # the entries write 'hacking team' apart as well as 'HackingTeam' whole: never joined
    assert respacing.respace(["hacking", "team"]) == ["hacking", "team"]
    # an everyday English compound is no name, whatever a title holds
    assert respacing.respace(["data", "base"]) == ["data", "base"]
    # one slip where a long name was split; never between two words the entries both use
    assert respacing.respace(["net", "appp"]) == ["net", "appp"]  # too short to guess
    long_name = spacing.joinable(["devilstongue"])
    guessing = spacing.Spacing(long_name, set(), [], vocabulary={"devils", "tongues", "spyware"})
    assert guessing.respace(["devils", "tonge", "spyware"]) == ["devilstongue", "spyware"]
    assert guessing.respace(["devils", "tongues"]) == ["devils", "tongues"]  # both words the entries use


def test_everyday_words_are_no_slip_in_a_split_name(kb: KnowledgeService) -> None:
    """A slip is joined only into a word no language members write in: German 'wegen der'
    ('because of the') is one letter from Wegener, and read so it named Variston's founder and
    refused a FinFisher question at 0.61 with its answer first; 'than Asia' named Thanasis Koukakis
    (Predatorgate first for a question on the Pegasus Project)."""
    answered(
        kb,
        "Was passierte wegen der Exporte von FinFisher in die Türkei?",
        "case-finfisher-turkey-prosecution",
    )
    first = kb.search("Is there more than Asia in the Pegasus Project?")
    top = first.entry.id if first.entry is not None else first.alternatives[0].id
    assert top == "case-pegasus-project-2021", top


def test_only_a_rare_unknown_word_is_read_as_a_slip() -> None:
    joins = spacing.joinable(["systemes", "thanasis", "wegener", "hikvision", "eltantawy"])
    respacing = spacing.Spacing(joins, set(), [], vocabulary={"system", "hack", "eltantawy"})
    # a function word beside an everyday word (of English, German, ...) stays as typed
    for words in (["system", "is"], ["than", "asia"], ["wegen", "der"], ["his", "vision"]):
        assert respacing.respace(words) == words
    # a word of no language is the slip that made the name unknown
    assert respacing.respace(["el", "tantawi", "hack"]) == ["eltantawy", "hack"]
