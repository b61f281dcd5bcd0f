"""Members' words for the domain that no entry used (issue 10, session 13): 'facebook' and 'fb'
for Meta, 'booted off', 'uncle sam', a leak called a 'dump', 'booby-trapped' texts, a 'finance
ministry' for the US Treasury, a 'reseller', spy 'outfits', an office 'raided' or 'stormed', a
firm 'outed'. Left as typed, each was a word no entry holds, weighed like a name the answer does not
explain, and a right first entry was refused. The phrasings here are new, not from any question
file; near misses in the same words stay refused."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the takedown's entry says Meta: refused at 0.19, 0.07 and 0.33 (Cobwebs first, rightly)
        ("which spy companies did facebook remove in december 2021", "case-meta-takedown-2021"),
        ("were israeli surveillance firms booted from facebook", "case-meta-takedown-2021"),
        ("why did facebook ban cobwebs", "cobwebs-technologies"),
        # OFAC is the US Treasury's: refused at 0.12 and 0.60
        ("did the american finance ministry sanction spyware firms", "us-ofac-spyware-sanctions"),
        ("finance ministry sanctions predator spyware", "intellexa-cytrox"),
        # the entry says activists were searching the headquarters: refused at 0.50
        (
            "activists raided egypt's security hq and found finfisher papers",
            "case-finfisher-egypt-uk-licensing",
        ),
        (
            "egyptian activists stormed the state security building and found a finfisher offer",
            "case-finfisher-egypt-uk-licensing",
        ),
    ],
)
def test_a_member_s_own_words_find_the_entry(engine: SearchEngine, question: str, entry: str) -> None:
    result = engine.search(question)
    assert result.answered, (question, result.confidence, [a.id for a in result.alternatives])
    assert result.entry is not None and result.entry.id == entry


@pytest.mark.parametrize(
    ("casual", "plain"),
    [
        ("did uncle sam blacklist nso", "did US blacklist nso"),
        ("how big was the hacking team dump", "how big was the hacking team leak"),
        ("aristegui son booby-trapped texts", "aristegui son infected texts"),
        ("californian court ruling on nso", "california court ruling on nso"),
        (
            "blue coat devices went to syria via a dubai reseller",
            "blue coat devices went to syria via a dubai distributor",
        ),
        ("which surveillance outfits did fb remove", "which surveillance firms did meta remove"),
        ("cytrox booted off facebook in 2021?", "cytrox removed meta in 2021?"),
        ("google outed a spanish exploit firm", "google exposed a spanish exploit firm"),
    ],
)
def test_a_casual_phrase_reads_as_the_entries_term(engine: SearchEngine, casual: str, plain: str) -> None:
    said, meant = engine.search(casual), engine.search(plain)
    assert (said.answered, said.confidence) == (meant.answered, meant.confidence)
    assert [a.id for a in said.alternatives] == [a.id for a in meant.alternatives]


@pytest.mark.parametrize(
    "question",
    [
        # the same words about what no entry holds
        "did facebook ban any brazilian spyware firms in 2019",
        "which surveillance outfits did tiktok ban",
        "did uncle sam fine clearview in australia",
        "dump of flexispy customer data",
        "booby trapped links sent to chilean reporters",
        "finance ministry of peru bought spyware?",
        "which peruvian reseller sold pegasus",
        "who outed the peruvian spyware broker",
        "police raided a kenyan spyware reseller",
        "live facial recognition by police in brazil",
    ],
)
def test_a_near_miss_in_the_same_words_is_still_refused(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not result.answered, (question, result.confidence, result.entry and result.entry.id)


def test_live_facial_recognition_is_the_ai_act_s_real_time_identification(engine: SearchEngine) -> None:
    """The AI Act says 'real-time' remote biometric identification; a member says 'live': left
    unexplained, 'live' was what the question seemed to ask besides the Act (gap 0.10)."""
    question = "ai act ban on live facial recognition by police"
    rows = engine.evidence(question)
    first, _, features = rows[0]
    assert engine.index.entries[first].id == "eu-ai-act"
    assert dict(zip(FEATURES, features, strict=True))["gap"] == 0.0
