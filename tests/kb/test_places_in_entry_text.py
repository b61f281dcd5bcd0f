"""A place an entry's text names explains the question's place, however the text writes it: the
ZTE and Dahua cards say the US bans their gear, but 'US' and 'United States' in a card were no
question's 'us', 'usa' or 'america', so the card read as never naming the country asked about."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, ranked_first, refused


def test_a_vendor_whose_card_names_the_us_answers_whether_it_is_banned_there(engine: SearchEngine) -> None:
    answered(engine, "so zte is banned in america or not", "zte")


def test_the_vendor_asked_about_comes_before_its_case(engine: SearchEngine) -> None:
    ranked_first(engine, "dahua in the US, banned?", "dahua")
    answered(engine, "is dahua banned in the united states or no", "dahua")


def test_a_place_no_card_ties_to_the_question_stays_refused(engine: SearchEngine) -> None:
    refused(engine, "is tiktok banned in the us lol")
    refused(engine, "which us states banned face recognition for cops")
