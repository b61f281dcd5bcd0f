"""Small talk a member types besides hello and thanks (talk10): "ok", "cool", "how are you?", "are you
a bot?", "who made you?" in any campaign language get a short friendly reply, never "I don't have
that" nor an entry; "/search hi" gets the same reply as "/ask hi". None of it may swallow a real
question beside it ("ok so is NSO on the entity list?", "are you a bot that tracks Hikvision?")."""

from __future__ import annotations

import pytest
import yaml

from bot.i18n import use_locale
from bot.kb.filters import NO_FILTERS, Filters, SearchQuery
from bot.kb.glossary import LANGUAGES as CAMPAIGN_LANGUAGES
from bot.kb.present import NO_ANSWER
from bot.kb.service import KnowledgeService
from bot.kb.smalltalk import PHRASES_FILE
from bot.kb.smalltalk_reply import ABOUT_ME, ACK, FINE, reply
from tests.kb.answers import answered

from .test_small_talk import said

ACKNOWLEDGEMENTS = [
    "ok",
    "OK!",
    "okay 👌",
    "cool",
    "got it",
    "great",
    "alles klar",
    "d'accord",
    "vale",
    "va bene",
    "oké",
    "beleza",
    "okej",
    "tamam",
    "хорошо",
    "好的",
    "تمام",
]
HOW_ARE_YOU = [
    "how are you?",
    "hi, how are you doing?",
    "wie geht's?",
    "ça va ?",
    "¿cómo estás?",
    "come stai?",
    "hoe gaat het?",
    "como vai?",
    "jak się masz?",
    "hur mår du?",
    "كيف حالك؟",
    "你好吗？",
    "nasılsın?",
    "как дела?",
]
ABOUT_THE_BOT = [
    "are you a bot?",
    "Are you human?",
    "who made you",
    "who are you?",
    "who is behind this bot?",
    "bist du ein Bot?",
    "es-tu un robot ?",
    "¿quién te creó?",
    "chi ti ha creato?",
    "ben je een bot?",
    "você é um bot?",
    "kto cię stworzył?",
    "är du en bot?",
    "هل أنت بوت؟",
    "你是机器人吗？",
    "seni kim yaptı?",
    "кто тебя создал?",
]


def test_every_campaign_language_has_the_new_kinds() -> None:
    data = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    for language in ("en", *CAMPAIGN_LANGUAGES):
        for kind in ("ack", "about", "how_are_you"):
            assert data.get(language, {}).get(kind), f"{language} has no {kind} phrases"


@pytest.mark.parametrize("message", ACKNOWLEDGEMENTS)
def test_ok_and_cool_get_a_short_nod_not_a_refusal_or_an_entry(kb: KnowledgeService, message: str) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind == "ack", message
    assert not result.answered and result.entry is None and result.alternatives == [] and not result.items
    text = said(result)
    assert str(NO_ANSWER) not in text and "Did you mean" not in text
    with use_locale("en"):
        assert len(reply(result.talk)) < 120  # a nod, nothing noisy


@pytest.mark.parametrize("message", HOW_ARE_YOU)
def test_how_are_you_gets_a_friendly_word_and_what_the_bot_does(kb: KnowledgeService, message: str) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind == "how_are_you", message
    assert not result.answered and result.alternatives == []
    with use_locale("en"):
        text = reply(result.talk)
    assert str(NO_ANSWER) not in text
    if result.talk.language is None:
        for command in ("/ask", "/search", "/tip new"):
            assert command in text


@pytest.mark.parametrize("message", ABOUT_THE_BOT)
def test_are_you_a_bot_says_it_is_one_and_what_it_covers(kb: KnowledgeService, message: str) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind == "about", message
    assert not result.answered and result.entry is None and result.alternatives == []
    with use_locale("en"):
        text = reply(result.talk)
    assert str(NO_ANSWER) not in text and "ExportWatch" in text
    if result.talk.language is None:  # else the commands are shown in the words' language
        for command in ("/ask", "/tip new", "/about"):
            assert command in text


def test_the_replies_are_in_the_language_the_member_wrote_in(kb: KnowledgeService) -> None:
    for message, language, words in [
        ("bist du ein Bot?", "de", "Ich bin ExportWatch"),
        ("ça va ?", "fr", "Je vais bien"),
        ("vale", "es", "¡De acuerdo!"),
        ("chi ti ha creato?", "it", "Sono ExportWatch"),
        ("هل أنت بوت؟", "ar", "أنا ExportWatch"),
    ]:
        talk = kb.search(message).talk
        assert talk is not None and talk.language == language, message
        assert reply(talk).startswith(words), message
    with use_locale("en"):
        assert reply(kb.search("cool").talk).startswith(str(ACK)[:9])  # type: ignore[arg-type]
        assert reply(kb.search("are you a bot").talk).startswith(str(ABOUT_ME))  # type: ignore[arg-type]
        assert reply(kb.search("how are you").talk).startswith(str(FINE))  # type: ignore[arg-type]


# The twins: the same words beside a real question must leave it a question, answered as without them.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ok so is NSO on the entity list?", "nso-group"),
        ("ok, so is NSO on the entity list?", "nso-group"),
        ("cool, who owns axis?", "axis-communications"),
        ("are you a bot that tracks Hikvision?", "hikvision"),
        ("how are you? who sold FinFisher to Bahrain?", "case-finfisher-bahrain"),
        ("who made the Hermit spyware?", "rcs-lab"),  # "who made" asks about the bot only with "you"
        ("who made you? who owns axis?", "axis-communications"),
    ],
)
def test_a_nod_or_are_you_a_bot_beside_a_question_never_swallows_it(
    kb: KnowledgeService, question: str, entry: str
) -> None:
    assert answered(kb, question, entry).talk is None, question


def test_a_nod_set_off_in_front_never_changes_the_answer(kb: KnowledgeService) -> None:
    for question in ("is hikvision on the entity list?", "who owns axis", "qui a vendu FinFisher ?"):
        plain = kb.search(question)
        for before in ("ok, ", "cool! ", "alles klar: ", "vale, "):
            polite = kb.search(before + question)
            assert (polite.answered, polite.entry, polite.confidence) == (
                plain.answered,
                plain.entry,
                plain.confidence,
            ), before + question


def test_an_ordinary_word_that_can_nod_stays_in_the_question_unless_set_off(kb: KnowledgeService) -> None:
    from bot.kb.smalltalk import question_part

    assert question_part("great firewall exports to iran") == "great firewall exports to iran"
    assert question_part("who sold cameras to china cool") == "who sold cameras to china cool"
    assert question_part("who sold cameras to china? cool, thanks") == "who sold cameras to china?"


@pytest.mark.parametrize("query", ["hi", "thanks!", "ok", "are you a bot?", "what can you do?", "merci"])
def test_search_gets_the_same_small_talk_as_ask_not_nothing_found(kb: KnowledgeService, query: str) -> None:
    asked = kb.search(query).talk
    page = kb.page(SearchQuery(query, NO_FILTERS), 1, 5)
    assert page.talk is not None and page.talk == asked
    assert page.entries == [] and page.total == 0
    filtered = kb.page(SearchQuery(query, Filters(kind="vendor")), 1, 5)
    assert filtered.talk == asked


def test_a_real_search_is_still_a_search(kb: KnowledgeService) -> None:
    page = kb.page(SearchQuery("hikvision", NO_FILTERS), 1, 5)
    assert page.talk is None and page.total >= 1
