"""Review19b: a people's adjective for a country of two words ('salvadoran' for El Salvador) must
find the cards that name the country, as the adjective of a one-word country does ('jordanian')."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_the_adjective_of_a_two_word_country_finds_its_cards(engine: SearchEngine) -> None:
    # answered at 0.98 on main (typo-corrected to 'salvador'); read as El Salvador it was refused at
    # 0.42: the cards write 'El Salvador', and no word of that stood for the adjective
    answered(engine, "salvadoran journalists pegasus", "case-pegasus-el-salvador-2022")
    answered(engine, "were salvadoran journalists hacked with pegasus", "case-pegasus-el-salvador-2022")
    # ... and its near miss, a figure no card gives, stays refused
    refused(engine, "how much did the salvadoran government pay for pegasus")
