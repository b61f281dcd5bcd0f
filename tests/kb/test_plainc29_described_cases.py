"""Cases and rules described without their names, in a member's words (session 29, plainc29): the
victims and deeds of a case ('the Athens socialist leader bugged by spies', 'the newsroom in San
Salvador', 'the Bangkok protesters whose iPhones were infected'), a rule
by what it covers ('the presidential order against mercenary hacking tools', 'the campaign that
collected signatures to outlaw face-scanning'), a date asked of a jailing, and 'quick rundown on X'
opening a message. Each was refused with the right card ranked first on int29: a word no card says
weighed like a name no card holds, or a phrase read as asking an outcome the card never tells. The
near misses beside them, asking what no card holds, stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the card: 'PASOK leader Nikos Androulakis', 'the EYP had also tapped his phone'
        ("the Athens socialist leader bugged both by spies and by phone malware", "case-predatorgate-greece"),
        ("which socialist party leader in greece had his phone bugged?", "case-predatorgate-greece"),
        # the card: El Faro's journalists
        ("the newsroom in San Salvador whose staff phones were hacked", "case-pegasus-el-salvador-2022"),
        ("how many people at the el faro newsroom got hacked?", "case-pegasus-el-salvador-2022"),
        # pro-democracy activists, their phones
        ("the Bangkok protesters whose iPhones were infected in 2020 and 2021", "case-pegasus-thailand-2022"),
        # the order bars federal use of commercial spyware posing risks ('risky' is not read as 'risk':
        # test_opinion_words_hold_no_card_down)
        ("the US order banning federal use of mercenary spyware", "us-eo-14093"),
        # Catalangate's card: 'with the authorisation of the Supreme Court judge', a scandal
        (
            "the affair where the government said it only intercepted 18 separatists with court approval",
            "case-catalangate-2022",
        ),
        ("which court approved the interception of the catalan separatists?", "case-catalangate-2022"),
        # WhatsApp's lawsuit, the UK and France's Pall Mall process
        (
            "the court fight the messaging app started after 1,400 of its users were hit",
            "case-whatsapp-v-nso",
        ),
        ("the voluntary Anglo-French guidance on commercial hacking tools", "pall-mall-code-2025"),
        ("the Anglo-French process on commercial hacking tools", "pall-mall-code-2025"),
    ],
)
def test_a_case_or_rule_in_a_members_words(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # signatures gathered are no money collected (the kind `collected`)
        (
            "the campaign that collected signatures across Europe to outlaw face-scanning of crowds",
            "reclaim-your-face",
        ),
        ("the EU campaign that collected signatures to ban biometric mass surveillance", "reclaim-your-face"),
        # a date asked of a jailing is the arrest's: 'arrested on 20 March 2017'
        ("when was mansoor jailed?", "case-ahmed-mansoor"),
        ("when was the emirati activist mansoor locked up", "case-ahmed-mansoor"),
        # 'quick rundown on' opening the message asks nothing of its own
        ("quick rundown on the predator files", "case-predator-files-2023"),
    ],
)
def test_words_that_ask_no_outcome(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # a move out of the country (the kind `relocation`) no card tells
        "Did El Faro move its newsroom out of El Salvador because of the spying?",
        "did the el faro newsroom relocate abroad after the hacking?",
        # a sentence, a term: still a court's outcome the card never tells
        "how long was mansoor jailed for?",
        "was ahmed mansoor sentenced?",
        # money collected, and things no card counts
        "has NSO collected the damages yet?",
        "how many signatures did the greek socialist party collect?",
        "quick rundown on the austrian spyware firm's revenue",
        "did the polish tally of pegasus victims lead to any convictions?",
        # another messaging app, and a cost no card gives
        "did the messaging app signal ever sue a spyware firm?",
        "what did the british-french affair cost the taxpayers?",
    ],
)
def test_what_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which rules restrict dangerous hacking tools?", "us-ear-cybersecurity-rule"),
        ("which rules restrict risky hacking tools?", "us-ear-cybersecurity-rule"),
        ("is Pegasus dangerous?", "nso-group"),
        ("is Predator dangerous?", "intellexa-cytrox"),
    ],
)
def test_opinion_words_hold_no_card_down(engine: SearchEngine, question: str, entry: str) -> None:
    # attack29: with risky/dangerous read as 'risk', a card without the word was held down
    # (the EAR rule 0.78 -> 0.35, NSO 0.77 -> 0.37)
    answered(engine, question, entry)
