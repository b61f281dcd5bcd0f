"""Casual messages ranked right but refused (session 20, casual20): chat about the answer's length, a
number in chat's shorthand, members' words for interception, a firm and what the cards say otherwise,
and what the member believed told after the ask, each weighed as what the right card leaves out.
Each question answered below was refused on main (one marked otherwise); its near-miss twin, the
same register asking what no card holds, stays refused."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine
from bot.kb.text import raw_tokens
from tests.kb.answers import answered, refused


def test_the_length_of_the_answer_wanted_is_not_asked(engine: SearchEngine) -> None:
    # 'sentence' weighed as a word the PEGA card lacks (refused at 0.01), 'version' likewise (0.61)
    answered(engine, "what did the pega committee conclude, in one sentence pls", "ep-pega-inquiry")
    answered(
        engine,
        "sandvine and belarus - gimme the short version",
        ("case-sandvine-turkey-belarus-egypt", "sandvine"),
    )
    assert asked_text("tl;dr version pls: who owns nso") == "who owns nso"
    # what no card holds is still refused, however short the answer asked
    refused(engine, "how much did hungary pay nso for pegasus? give me the 2 line version")
    refused(engine, "which company did nso sell to norway, the tl;dr version")
    # a short version or the lines of a text that is asked about stay asked
    assert "version" in asked_text("is there a short version of the pega report")
    assert "lines" in asked_text("what happened in 2 lines of the report")


def test_chats_thousands_are_the_number(engine: SearchEngine) -> None:
    # '50k' was a token no card holds (weighed as a name, 5.3); the cards write '50,000'
    assert raw_tokens("a leak of 50k numbers, 2.5k of them") == raw_tokens(
        "a leak of 50,000 numbers, 2,500 of them"
    )
    assert "50000" in raw_tokens("50K")
    # answered on main too, at 0.94 -> 0.97 now that the number is read
    answered(
        engine,
        "meta said about 50k ppl got targeted by those for-hire firms, when was that",
        "case-meta-takedown-2021",
    )
    refused(engine, "did the 50k numbers leak include any norwegian politicians?")


def test_members_words_for_interception_and_images(engine: SearchEngine) -> None:
    # 'tapping' weighed 3.5 as a word Area's cards lack; they say 'intercept' (refused at 0.21)
    answered(engine, "which italian firm did the email tapping in syria", ("area-spa", "case-area-syria"))
    refused(engine, "did area spa do phone tapping in norway too?")
    # 'selfies' was unknown to every card (refused at 0.47): Clearview's speak of images scraped
    answered(
        engine,
        "the face search firm that scraped ppl's selfies off the web, who fined it",
        ("clearview-ai", "case-clearview-eu-enforcement"),
    )
    refused(engine, "did clearview scrape selfies from tiktok in brazil?")


def test_members_verbs_for_what_the_cards_say_otherwise(engine: SearchEngine) -> None:
    # 'bought' weighed against Sandvine's card, which tells a takeover (refused at 0.56)
    answered(engine, "sandvine got bought by who", "sandvine")
    refused(engine, "did sandvine get bought by a chinese company?")
    # 'needing' a licence: the cards say required (refused at 0.55)
    answered(
        engine,
        "since when do u need a uk licence for finspy exports, when did they start needing one",
        ("gamma-finfisher", "case-finfisher-egypt-uk-licensing"),
    )
    refused(engine, "did gamma start needing a licence to sell finspy to norway?")
    # 'spying' on Syria's emails: NetApp's card says its equipment was used to intercept them
    answered(engine, "netapp and the syria spying, whats the story", "netapp")
    refused(engine, "was netapp spying on people in norway?")


def test_a_shop_is_a_firm(engine: SearchEngine) -> None:
    # 'shop' was unknown to every card, weighed as a name the answer leaves out (refused at 0.58)
    answered(
        engine,
        "the milan spyware shop that got hacked in 2015, what happened to it",
        ("hacking-team", "case-hacking-team-leak-2015"),
    )
    refused(engine, "did the milan spyware shop sell to iceland")
    refused(engine, "which spyware shop sold tools to norway's police?")


def test_what_the_member_believed_is_not_asked(engine: SearchEngine) -> None:
    # told after the ask, 'hsm', 'crypto' and 'boxes' weighed as names Utimaco's card lacks (0.10)
    answered(engine, "utimaco gear in syria? i thought they made hsm crypto boxes", "utimaco")
    answered(
        engine,
        "area spa and syria?? i thought they only did wiretapping for italian prosecutors",
        ("area-spa", "case-area-syria"),
    )
    refused(engine, "did sandvine sell to norway?? thought they were just an isp gear company")
    refused(engine, "candiru in iceland?? i thought they only sold to governments")
    # before the ask, or asking itself, it stays
    assert "banned" in asked_text("i thought they were banned, is nso on the entity list?")
    assert "candiru" in asked_text("is nso banned? i thought so. and is candiru?")
