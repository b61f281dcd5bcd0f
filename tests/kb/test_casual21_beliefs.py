"""Casual messages that tell what the member heard and ask whether it is so, or say who the member is
(session 21, casual21): 'i heard nso got banned in the us, true?', 'hi, im a student researching
spyware. who ...?'. Where the belief came from and who asks are chat, chat's 'got banned' is 'was
banned', and German's 'ich habe gehört' (heard) is no ownership asked ('wem gehört', who owns).
Each question answered below was refused on main with the right entry first; its near-miss twin, the
same register asking what no card holds, stays refused."""

from __future__ import annotations

from bot.kb.chatter import asked_text
from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

NSO_IN_THE_US = ("nso-group", "us-entity-list")
HIKVISION_IN_THE_US = ("hikvision", "case-hikvision-dahua-xinjiang", "us-entity-list", "us-other-measures")


def test_chats_got_is_was_before_a_listing(engine: SearchEngine) -> None:
    # 'got' between the name and 'banned': the name no longer read as what is asked (refused at 0.46,
    # 'was nso banned in the us?' 0.83)
    answered(engine, "did nso get banned in the us?", NSO_IN_THE_US)
    answered(engine, "i heard nso got banned in the us, true?", NSO_IN_THE_US)
    refused(engine, "did candiru get banned in canada?")
    refused(engine, "i heard cellebrite got sanctioned by japan, is that right")


def test_where_the_belief_came_from_is_not_asked(engine: SearchEngine) -> None:
    assert asked_text("i read somewhere that nso got banned in the us, true?") == "nso got banned in the us?"
    assert asked_text("apparently, intellexa was sanctioned?") == "intellexa was sanctioned?"
    # refused on main at 0.61, 0.44 and 0.53: the opening weighed, the name not read as the subject
    answered(engine, "i read somewhere hikvision cams are banned in the us?? legit?", HIKVISION_IN_THE_US)
    answered(
        engine, "someone on reddit said whatsapp won its lawsuit against nso? true?", "case-whatsapp-v-nso"
    )
    answered(engine, "supposedly eltantawy was hacked with predator?", "case-egypt-nour-eltantawy")
    refused(engine, "apparently hikvision was fined in brazil?")
    refused(engine, "someone on reddit said nso sold pegasus to norway? true?")
    # what the member was told to do, or heard about, is left to the lead-in and the question
    assert "about" in asked_text("i heard about the predator files, what were they?")
    assert asked_text("someone told me to ask here: who owns nso?") == "who owns nso?"


def test_german_heard_is_no_owner_asked(engine: SearchEngine) -> None:
    kinds = default_fact_kinds()
    assert "ownership" not in kinds.asked("ich habe gehört, dass NSO auf einer Liste steht")
    assert "ownership" not in kinds.asked("hab ich gehört, stimmt das?")
    assert "ownership" in kinds.asked("wem gehört Trovicor heute?")
    assert "ownership" in kinds.asked("weißt du, wem Utimaco gehört?")
    # read as 'who owns' on main: refused at 0.25 ('steht NSO ... auf einer schwarzen Liste?' 0.90)
    answered(
        engine,
        "ich habe gehört, dass NSO in den USA auf einer schwarzen Liste steht, stimmt das?",
        NSO_IN_THE_US,
    )
    refused(engine, "ich habe gehört, dass Cellebrite von Japan sanktioniert wurde, stimmt das?")


def test_a_belief_told_after_a_comma_is_not_asked(engine: SearchEngine) -> None:
    # only after '?' or '!' before: 'swedish' weighed as a place the card leaves out (refused at 0.03),
    # 'assumed ... fine' as words it lacks (0.15)
    answered(
        engine,
        "did the us treasury sanction intellexa, i always thought they were swedish",
        ("us-ofac-spyware-sanctions", "intellexa-cytrox"),
    )
    answered(
        engine,
        "how many people got hacked by pegasus in poland, i assumed it was fine",
        "case-pegasus-poland",
    )
    assert asked_text("did sandvine sell to belarus, i thought that they only sold in turkey") == (
        "did sandvine sell to belarus"
    )
    refused(engine, "did nso sell pegasus to norway, i always thought they were swedish")
    # a thought that is asked stays ('what did they think' is no belief of the member's)
    assert "thought" in asked_text("what was nso thought to have sold to mexico?")


def test_the_member_saying_who_they_are_is_not_asked(engine: SearchEngine) -> None:
    # 'student', 'researching', 'journalist' weighed as words the right card lacks, or drew the
    # cards on journalists targeted: refused at 0.03, 0.26 and 0.47 on main
    answered(
        engine,
        "hi, im a student researching spyware. who was targeted with predator in greece?",
        "case-predatorgate-greece",
    )
    answered(engine, "im a journalist - how did eltantawy get hacked?", "case-egypt-nour-eltantawy")
    answered(
        engine,
        "did axis sell cameras to chinese police - for context im a journalist",
        ("case-axis-china-psb", "axis-communications"),
    )
    refused(engine, "hi, im a student researching spyware. did axis sell cameras to the norwegian police?")
    # an introduction that tells where, or a question that names too little of its own, stays
    kept = "I'm a Mexican journalist living abroad. Which newspaper broke the story?"
    assert asked_text(kept) == kept
    assert "pegasus" in asked_text("im a journalist researching pegasus in poland. how many were hacked?")
    # what the member studies is left out only when it names nothing but the domain's general words
    answered(engine, "hi, im researching spyware. how did eltantawy get hacked?", "case-egypt-nour-eltantawy")
    assert "pegasus" in asked_text("im a student researching pegasus. who was targeted in poland?")
