"""Short questions typed casually, without accents, are read in their language (session 18, lang18).

Three causes misread them: wordfreq knows 'äger', 'sattı', 'fábrica' only with their accents, so
'ager', 'satti', 'fabrica' were no evidence; lingua's trigrams chose among every language with a
clear word or two, so a question with three Portuguese words and two Spanish ones read as Spanish;
and one-letter words the knowledge base also has ('o', 'e') were dropped as its names.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered

READ_IN = [
    ("vem ager Axis?", "sv"),  # äger
    ("vilka foretag saljer spionprogram?", "sv"),  # företag, säljer
    ("NSO kime satti Pegasus'u?", "tr"),  # sattı
    ("o Pegasus foi usado no Mexico?", "pt"),  # three words Portuguese, two Spanish
    ("quem e o dono da Intellexa?", "pt"),
    ("o que e Candiru?", "pt"),  # 'o' and 'e' are words of the knowledge base too
    ("chi ha comprato Hacking Team?", "it"),  # 'ha' is Spanish and Swedish as well
    ("qui fabrique Predator ?", "fr"),
]


@pytest.mark.parametrize(("question", "lang"), READ_IN)
def test_a_casual_question_without_accents_is_read_in_its_language(
    engine: SearchEngine, question: str, lang: str
) -> None:
    assert engine.read(question).lang == lang


@pytest.mark.parametrize(
    "question",
    [
        "La Quadrature du Net complaint",  # a name's 'la' and 'du' are no French
        "what is e-mail interception?",
        "Tal Dilian sanctions OFAC",
        "Pegasus Portugal",
    ],
)
def test_english_questions_with_foreign_looking_words_stay_english(
    engine: SearchEngine, question: str
) -> None:
    assert engine.read(question).lang == "en"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("NSO kime satti Pegasus'u?", "nso-group"),  # was read as English: refused
        ("o que e Candiru?", "candiru"),  # was read as Spanish: refused
        ("qui fabrique Predator ?", "intellexa-cytrox"),  # was read as Italian: refused
        ("quem fabrica o Predator?", "intellexa-cytrox"),  # 'fabrica' (fábrica) was an unknown word
    ],
)
def test_a_casual_question_without_accents_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the adjective of a place whose stem is not the country's name (list_words.yaml demonyms)
        ("Сколько тайских активистов было заражено Pegasus?", "case-pegasus-thailand-2022"),
        ("Ilu tajskich aktywistów zainfekowano Pegasusem?", "case-pegasus-thailand-2022"),
        ("¿Cuántos activistas tailandeses fueron infectados con Pegasus?", "case-pegasus-thailand-2022"),
        ("o que foi o escândalo grego do Predator?", "case-predatorgate-greece"),
        ("Yunan Predator skandalı nedir?", "case-predatorgate-greece"),
        ("Wurden mexikanische Journalisten mit Pegasus ausspioniert?", "case-pegasus-mexico-2017"),
    ],
)
def test_a_place_named_by_its_adjective_reaches_the_case(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "ما هي قواعد التصدير في بريطانيا بعد البريكست؟",
        "Какие правила экспорта действуют в Великобритании после брексита?",
    ],
)
def test_brexit_in_another_script_reaches_the_uk_rules(engine: SearchEngine, question: str) -> None:
    # 'Brexit' spelt in Arabic or Cyrillic was an unknown word (the glossary's term now)
    answered(engine, question, "uk-export-controls")
