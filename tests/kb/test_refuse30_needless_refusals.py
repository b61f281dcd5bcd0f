"""Right answers refused for a misreading (session 30, refuse30): a misspelt name read as a place
('Dauha', Dahua, as Doha), a Russian word spelling an English one read as a name ('момента',
moment, as Memento Labs), a jailing that describes who is asked read as a verdict asked ('... before
he was jailed'), members' 'got owned by a hacker' read as ownership asked, and glossary stems that
missed a form (Turkish 'suçlandı', was charged; Polish 'Polaków', Poles). The twins that must stay
as they were sit beside each."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.country_reader import english_cities
from bot.kb.elsewhere import as_corrected
from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from bot.kb.translit import english_cognate


def _answers(engine: SearchEngine, question: str, expected: set[str]) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id in expected, (r.entry, r.confidence)


@pytest.mark.parametrize("question", ["Dauha cameras uyghur", "dauha uyghur-alert code"])
def test_a_misspelt_name_is_no_place(engine: SearchEngine, question: str) -> None:
    _answers(engine, question, {"case-hikvision-dahua-xinjiang", "dahua"})


def test_the_place_itself_still_counts(engine: SearchEngine) -> None:
    assert not engine.search("Did Dahua sell cameras to Doha?").answered


def test_places_are_read_after_the_names() -> None:
    assert as_corrected(
        "Dauha cameras uyghur", ["dauha", "cameras", "uyghur"], ["dahua", "cameras", "uyghur"]
    ) == ("dahua cameras uyghur")
    assert as_corrected("NSO in Doha", ["nso", "in", "doha"], ["nso", "in", "doha"]) == "NSO in Doha"


def test_a_russian_cognate_is_no_name(engine: SearchEngine) -> None:
    question = "С какого момента NSO находится в американском Entity List?"
    assert "memento" not in engine.read(question).text.split()
    _answers(engine, question, {"nso-group", "us-entity-list"})
    assert english_cognate("момента", "ru", "memento")


@pytest.mark.parametrize("question", ["Что известно о Memento Labs?", "Кто владеет компанией Мементо?"])
def test_the_firm_spelt_in_russian_still_reads(engine: SearchEngine, question: str) -> None:
    _answers(engine, question, {"hacking-team"})


@pytest.mark.parametrize(
    "question",
    [
        "the Emirati activist hit by three different vendors' spyware before he was jailed",
        "the Emirati human rights defender hit by three different hacking-tool vendors and then jailed",
    ],
)
def test_a_jailing_that_describes_asks_no_verdict(question: str) -> None:
    assert "outcome" not in default_fact_kinds().asked(question)
    assert "verdict" not in default_asked_values().asked(question)


@pytest.mark.parametrize(
    "question",
    ["how long was he jailed for?", "was Ahmed Mansoor sentenced?", "was he jailed after the trial?"],
)
def test_a_jailing_asked_still_asks_one(question: str) -> None:
    assert "outcome" in default_fact_kinds().asked(question)


def test_got_owned_is_hacked_not_owned() -> None:
    kinds = default_fact_kinds()
    assert "ownership" not in kinds.asked("milan spyware vendor got owned by a hacker, right?")
    assert "ownership" in kinds.asked("who owns Hacking Team now?")
    assert "ownership" in kinds.asked("is Hacking Team owned by a hacking firm now?")


def test_who_owns_still_answered(engine: SearchEngine) -> None:
    _answers(engine, "who owns Hacking Team now?", {"hacking-team"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "FinFisher'ın kaç yöneticisi Münih'te suçlandı?",
            {"case-finfisher-turkey-prosecution", "gamma-finfisher"},
        ),
        (
            "Almanya'da FinFisher yöneticileri neden suçlandı?",
            {"case-finfisher-turkey-prosecution", "gamma-finfisher"},
        ),
        ("Ilu Polaków objęto Pegasusem w latach 2017-2022?", {"case-pegasus-poland"}),
    ],
)
def test_glossary_stems_read_the_form(engine: SearchEngine, question: str, expected: set[str]) -> None:
    _answers(engine, question, expected)


def test_a_compounds_known_front_stays(engine: SearchEngine) -> None:
    assert (
        "lund" in engine.read("Lundföretagets kameror hos kinesisk polis – vad hittade Amnesty?").text.split()
    )
    _answers(
        engine,
        "Lundföretagets kameror hos kinesisk polis – vad hittade Amnesty?",
        {"case-axis-china-psb", "axis-communications"},
    )


def test_a_compound_without_a_known_front_reads_as_before(engine: SearchEngine) -> None:
    assert engine.read("Welche Firmen exportieren Überwachungstechnik?").text.split()[:2] == [
        "welche",
        "company",
    ]


@pytest.mark.parametrize(
    ("question", "kind", "asked"),
    [
        ("Кто стоит за шпионской программой REIGN и закрылась ли эта компания?", "price", False),
        ("Сколько стоит Pegasus?", "price", True),
        ("Что такое правило EAR о cybersecurity items и исключение ACE?", "lawsuit", False),
        ("Что говорит закон об искусственном интеллекте?", "lawsuit", False),
        ("Кто подал иск против NSO?", "lawsuit", True),
    ],
)
def test_russian_words_that_ask_nothing(question: str, kind: str, asked: bool) -> None:
    assert (kind in default_fact_kinds().asked(question)) is asked


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Кто стоит за шпионской программой REIGN и закрылась ли эта компания?", {"quadream"}),
        ("Что такое правило EAR о cybersecurity items и исключение ACE?", {"us-ear-cybersecurity-rule"}),
        (
            "Qui a porté plainte contre Nexa pour la vente à l'Égypte ?",
            {"case-nexa-egypt-cerebro", "amesys-nexa"},
        ),
    ],
)
def test_answered_once_read_right(engine: SearchEngine, question: str, expected: set[str]) -> None:
    _answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("С какого года в Минске вскрывали смартфоны задержанных израильским оборудованием?", "minsk"),
        ("FinFisher'ın kaç yöneticisi Münih'te suçlandı?", "munich"),
        ("IDEMIA a vendu des systèmes à la police de Pékin aussi ?", "beijing"),
    ],
)
def test_a_city_inside_a_sentence_reads_in_english(engine: SearchEngine, question: str, city: str) -> None:
    assert city in engine.read(question).text.split()


def test_a_city_in_lower_case_or_a_german_noun_reads_as_before(engine: SearchEngine) -> None:
    assert "rome" not in engine.read("Chi ha comprato a roma lo spyware?").text.split()
    assert english_cities("Die Polizei in Kairo", "die polizei in kairo", "de") == "die polizei in kairo"


def test_a_city_named_keeps_a_near_miss_refused(engine: SearchEngine) -> None:
    assert not engine.search("IDEMIA a vendu des systèmes à la police de Pékin aussi ?").answered


def test_the_detainees_phones_ask_no_arrest() -> None:
    values = default_asked_values()
    assert "charge" not in values.asked("С какого года в Минске вскрывали смартфоны задержанных?", "ru")
    assert "charge" in values.asked("Кто был задержан по делу FinFisher?", "ru")
