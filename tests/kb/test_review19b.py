"""Review19b: a people's adjective for a country of two words ('salvadoran' for El Salvador) must
find the cards that name the country, as the adjective of a one-word country does ('jordanian')."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_the_adjective_of_a_two_word_country_finds_its_cards(engine: SearchEngine) -> None:
    # answered at 0.98 on main (typo-corrected to 'salvador'); read as El Salvador it was refused at
    # 0.42: the cards write 'El Salvador', and no word of that stood for the adjective
    answered(engine, "salvadoran journalists pegasus", "case-pegasus-el-salvador-2022")
    answered(engine, "were salvadoran journalists hacked with pegasus", "case-pegasus-el-salvador-2022")
    # ... and its near miss, a figure no card gives, stays refused
    refused(engine, "how much did the salvadoran government pay for pegasus")


def test_a_summary_someone_made_is_asked_about() -> None:
    # 'a summary of' is the form the member wants ('my boss wants a summary of X'), but after
    # 'publish' or 'is there' it is the thing asked: cut, 'is there a summary of the pega report'
    # read 'is there the pega report'
    assert asked_text("my boss wants a summary of the predator files") == "my boss wants the predator files"
    assert asked_text("did amnesty publish a summary of the predator files") == (
        "did amnesty publish a summary of the predator files"
    )
    assert asked_text("is there a summary of the pega report") == "is there a summary of the pega report"


def test_what_someone_else_wanted_to_know_is_asked() -> None:
    # 'wanted to ask' is chat when the member says it, not when another wanted it: 'did nso want to
    # know who the journalists were' was read 'did nso who the journalists were'
    assert asked_text("new here, wanted to ask what predatorgate was") == "what predatorgate was"
    assert asked_text("i just want to know if memento labs sells rcs") == "memento labs sells rcs"
    assert asked_text("did nso want to know who the journalists were") == (
        "did nso want to know who the journalists were"
    )
    assert (
        asked_text("did the uk want to check finfisher exports")
        == "did the uk want to check finfisher exports"
    )
    # ... after an emoji too (the question of a tune set: 'hi! new here 👋 wanted to ask what...')
    assert asked_text("new here 👋 wanted to ask what the pegasus project found") == (
        "👋 what the pegasus project found"
    )
