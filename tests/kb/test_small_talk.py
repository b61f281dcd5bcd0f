"""Small talk from the member's side (issue 10): "hi", "thanks", "what can you do?" in any campaign
language get a short reply, never "I don't have that"; a question that merely contains "help" or
starts with a greeting is still answered as the question, exactly as without the courtesy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.i18n import use_locale
from bot.kb.check import CheckReport, check_directory
from bot.kb.glossary import LANGUAGES as CAMPAIGN_LANGUAGES
from bot.kb.present import NO_ANSWER
from bot.kb.result import SearchResult
from bot.kb.service import KnowledgeService
from bot.kb.smalltalk import PHRASES_FILE, check_data, names_taken
from bot.kb.smalltalk_reply import reply

from .conftest import FIXTURES


def said(result: SearchResult) -> str:
    """What the member reads, as `python -m bot ask` prints it."""
    from bot.cli.ask import readable

    return readable(result)


# The messages issue 10 lists, and the same in every campaign language.
THANKS = [
    "thanks",
    "thank you!",
    "Thanks a lot 🙏",
    "merci",
    "danke",
    "Danke schön!",
    "شكرا",
    "شكراً جزيلاً",
    "gracias",
    "grazie mille",
    "dank je wel",
    "obrigado!",
    "Dziękuję bardzo",
    "tack så mycket",
    "谢谢！",
    "Teşekkür ederim",
    "Спасибо большое!",
    "👍",
]
HELLO = [
    "hi",
    "hello?",
    "Hi there!",
    "hola",
    "ciao",
    "Hallo",
    "bonjour",
    "مرحبا",
    "你好",
    "merhaba",
    "привет",
]
WHAT_CAN_YOU_DO = [
    "what can you do",
    "help",
    "Help?",
    "who are you?",
    "was kannst du?",
    "que peux-tu faire ?",
    "¿qué puedes hacer?",
    "cosa sai fare?",
    "wat kun je doen?",
    "o que você pode fazer?",
    "co potrafisz?",
    "vad kan du göra?",
    "ماذا يمكنك أن تفعل؟",
    "你能做什么？",
    "ne yapabilirsin?",
    "что ты умеешь?",
]


@pytest.mark.parametrize("message", THANKS)
def test_thanks_get_a_friendly_reply_not_a_refusal(kb: KnowledgeService, message: str) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind == "thanks"
    assert not result.answered and result.entry is None and result.alternatives == []
    text = said(result)
    assert str(NO_ANSWER) not in text and "Did you mean" not in text
    assert text.startswith(("You're welcome", "Je vous", "Gern", "¡De nada", "Prego", "على"))


@pytest.mark.parametrize("message", HELLO + WHAT_CAN_YOU_DO)
def test_hello_and_what_can_you_do_say_what_the_bot_answers_and_how_to_file_a_tip(
    kb: KnowledgeService, message: str
) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind in ("greeting", "help", "about")  # "who are you?"
    assert not result.answered and result.alternatives == []
    text = said(result)
    assert str(NO_ANSWER) not in text
    for command in ("/ask", "/vendor", "/search", "/tip new", "/about"):
        assert command in text


@pytest.mark.parametrize(
    "question",
    [
        "how can I help stop hikvision exports?",
        "help me find cases about egypt",
        "can you help me with the wassenaar arrangement?",
        "thanks to which rule was hikvision listed?",
        "hi-tech cameras sold to china?",
        "buenas prácticas de exportación",
        "is facial recognition helpful for police?",
        "ciao è vero che hacking team vendeva spyware?",  # a greeting in front: still a question
    ],
)
def test_a_question_that_contains_help_or_thanks_is_still_a_question(
    kb: KnowledgeService, question: str
) -> None:
    result = kb.search(question)
    assert result.talk is None
    assert "small_talk" not in result.to_json()
    assert "You're welcome" not in said(result) and "Ask in your own words" not in said(result)


QUESTIONS = [
    "is hikvision on the entity list?",
    "who owns axis",
    "which companies sold to Egypt?",
    "what is the wassenaar arrangement?",
    "wer besitzt Axis?",
    "qui a vendu FinFisher ?",
    "¿quién fabrica Pegasus?",
    "chi ha venduto Hacking Team?",
    "wie verkocht FinFisher?",
    "quem vende o Pegasus?",
    "kto sprzedał Pegasus?",
    "vem äger Axis?",
    "من يملك هيكفيجن؟",
    "海康威视在实体清单上吗？",
    "Hikvision kimin?",
    "кто владеет Hikvision?",
]
COURTESIES = [
    ("hi, ", ""),
    ("hello! ", ""),
    ("Hi there, ", " thanks!"),
    ("hey exportwatch, ", ""),
    ("hello ", ""),  # no comma: a member types fast
    ("hi ", " thanks"),
    ("Good morning! ", " Thank you."),
    ("Hallo, ", " danke"),
    ("Bonjour, ", " merci"),
    ("¡Hola! ", ""),
    ("Ciao, ", " grazie"),
    ("Hoi, ", ""),
    ("Olá, ", " obrigado"),
    ("Cześć, ", ""),
    ("Hej! ", " tack!"),
    ("مرحبا، ", " شكرا"),
    ("你好，", "谢谢"),
    ("Merhaba, ", ""),
    ("Привет, ", " спасибо"),
]


def shape(result: SearchResult) -> tuple[object, ...]:
    return (
        result.answered,
        result.entry.id if result.entry else None,
        result.confidence,
        [e.id for e in result.items],
        [a.id for a in result.alternatives],
        result.language,
        result.talk,
    )


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_greeting_in_front_or_thanks_after_never_changes_the_answer(
    kb: KnowledgeService, question: str
) -> None:
    plain = shape(kb.search(question))
    for before, after in COURTESIES:
        polite = before + question + after
        result = kb.search(polite)
        assert shape(result) == plain, polite
        assert result.question == polite  # shown and logged as typed


# "help" or "what can you do?" set off in front of a question, as members type it (review9): the
# question after the mark is what they ask. Unmarked ("help me find cases about Egypt") it stays.
PREFACES = [
    "help: ",
    "Help, ",
    "help! ",
    "please help: ",
    "What can you do? ",
    "Hilfe: ",
    "Aide : ",
    "Ayuda: ",
    "Помогите: ",
    "帮助：",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_help_set_off_in_front_never_changes_the_answer(kb: KnowledgeService, question: str) -> None:
    plain = shape(kb.search(question))
    for before in PREFACES:
        result = kb.search(before + question)
        assert shape(result) == plain, before + question
        assert result.question == before + question


# Farewells (review9): "bye" alone is no question the knowledge base failed, and "…? thanks, bye"
# is the question before it. An ordinary word that can say goodbye ("пока" is also "while", "later")
# is dropped only when a punctuation mark sets it off.
FAREWELLS = [
    ("bye", "Goodbye!"),
    ("Goodbye!", "Goodbye!"),
    ("see you later 👋", "Goodbye!"),
    ("tschüss", "Auf Wiedersehen!"),
    ("au revoir !", "Au revoir !"),
    ("adiós", "¡Hasta pronto!"),
    ("arrivederci", "Arrivederci!"),
    ("مع السلامة", "مع السلامة!"),
]


@pytest.mark.parametrize(("message", "words"), FAREWELLS)
def test_a_farewell_gets_goodbye_in_its_language_not_a_refusal(
    kb: KnowledgeService, message: str, words: str
) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.kind == "farewell"
    assert not result.answered and result.entry is None
    assert reply(result.talk).startswith(words)
    assert str(NO_ANSWER) not in said(result)


@pytest.mark.parametrize("message", ["do widzenia", "再见", "hoşça kal", "до свидания", "tot ziens"])
def test_farewells_in_the_other_campaign_languages_are_small_talk(kb: KnowledgeService, message: str) -> None:
    talk = kb.search(message).talk
    assert talk is not None and talk.kind == "farewell"


FAREWELL_AROUND = [("bye, ", ""), ("", " thanks, bye"), ("", " bye!"), ("Tschüss, ", ""), ("", ", пока")]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_farewell_around_a_question_never_changes_the_answer(kb: KnowledgeService, question: str) -> None:
    plain = shape(kb.search(question))
    for before, after in FAREWELL_AROUND:
        result = kb.search(before + question + after)
        assert shape(result) == plain, before + question + after


def test_a_word_that_can_say_goodbye_stays_in_the_question_unless_set_off(kb: KnowledgeService) -> None:
    from bot.kb.smalltalk import question_part

    assert question_part("что известно о FinFisher пока") == "что известно о FinFisher пока"
    assert question_part("что известно о FinFisher? пока") == "что известно о FinFisher?"
    assert question_part("which rules did nso break later") == "which rules did nso break later"


def test_the_issue_examples_keep_their_answer(kb: KnowledgeService) -> None:
    assert kb.search("hi, is hikvision on the entity list?").entry.id == "hikvision"
    assert kb.search("hello! who owns axis").entry.id == "axis-communications"


def test_every_campaign_language_has_greetings_thanks_farewells_and_help() -> None:
    data = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    for language in ("en", *CAMPAIGN_LANGUAGES):
        for kind in ("greeting", "thanks", "farewell", "help"):
            assert data.get(language, {}).get(kind), f"{language} has no {kind} phrases"


@pytest.mark.parametrize(
    ("message", "language", "words"),
    [
        ("merci", "fr", "Je vous en prie"),
        ("Merci beaucoup !", "fr", "Je vous en prie"),
        ("danke", "de", "Gern geschehen"),
        ("gracias", "es", "¡De nada!"),
        ("grazie", "it", "Prego!"),
        ("شكرا", "ar", "على الرحب والسعة"),  # Discord has no Arabic client: the words choose it
        ("hola", "es", "¡Hola!"),
        ("qu'est-ce que tu peux faire ?", "fr", "Je réponds aux questions"),
    ],
)
def test_the_reply_is_in_the_language_the_member_wrote_in(
    kb: KnowledgeService, message: str, language: str, words: str
) -> None:
    result = kb.search(message)
    assert result.talk is not None and result.talk.language == language
    assert words in reply(result.talk)


def test_english_or_shared_words_are_answered_in_the_members_language(kb: KnowledgeService) -> None:
    for message in ("hi", "thanks", "hallo", "👋"):  # "hallo" is German and Dutch alike
        talk = kb.search(message).talk
        assert talk is not None and talk.language is None
        with use_locale("de"):
            assert reply(talk).startswith(("Hallo!", "Gern geschehen")), message
        with use_locale("en"):
            assert reply(talk).startswith(("Hello!", "You're welcome")), message


def test_ask_json_keeps_every_field_and_adds_the_reply(cli) -> None:
    code, out, _ = cli("ask", "--json", "--dir", str(FIXTURES / "valid"), "who sold FinFisher?")
    assert code == 0
    fields = set(json.loads(out))
    code, out, _ = cli("ask", "--json", "--dir", str(FIXTURES / "valid"), "thank you!")
    assert code == 0
    talk = json.loads(out)
    assert fields <= set(talk)
    assert talk["answered"] is False and talk["entry"] is None and talk["english_note"] is False
    assert talk["small_talk"]["kind"] == "thanks"
    assert talk["small_talk"]["reply"].startswith("You're welcome")
    code, out, _ = cli("ask", "--dir", str(FIXTURES / "valid"), "what can you do?")
    assert code == 0 and "/tip new" in out and str(NO_ANSWER) not in out


def test_kb_check_refuses_an_entry_named_like_small_talk(tiny: CheckReport) -> None:
    """An entry called "Merci" could never be searched by its name: kb check says so."""
    entry = tiny.entries[0].model_copy(update={"aliases": ["Merci"]})
    assert any("'Merci'" in problem for problem in names_taken([entry]))
    assert names_taken(tiny.entries) == []


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "must be a mapping"),
        ({"en": {"greting": ["hi"]}}, "unknown kind"),
        ({"en": {"greeting": ["!!"]}}, "no word left"),
        ({"en": {"greeting": ["hi"], "thanks": ["Hi"]}}, "also a greeting phrase"),
        ({"en": {"greeting": ["hi"], "set_off": ["yo"]}}, "not a greeting or thanks"),
    ],
)
def test_a_broken_phrase_list_is_reported(data: object, problem: str) -> None:
    assert any(problem in p for p in check_data(data))


def test_kb_check_checks_the_shipped_phrase_lists(tmp_path: Path) -> None:
    report = check_directory(FIXTURES / "valid")
    assert not [p for p in report.problems if p.path == PHRASES_FILE]
