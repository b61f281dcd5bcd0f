"""Another region's movement named by a lower-case adjective (session 36, helper move). The glossary
reads the movement's words in 12 languages as Catalangate's 'independence movement', and 'los
independentistas escoceses', 'les indépendantistes corses', 'die schottische
Unabhängigkeitsbewegung', 'Kürt bağımsızlık hareketi' (.88) got the Catalan card: these languages
write a people's adjective in lower case, and only a capitalised place word held it. Now a region's
word beside the movement's (data/movement_places.yaml, 37 regions in 13 languages) holds a card that
never names the region; so does a region beside protesters' words for a card telling of protest
('Scottish protesters pegasus' got Thailand's pro-democracy activists, .79). Catalonia's movement,
Thailand's and Hong Kong's protesters stay answered."""

from __future__ import annotations

import pytest
import yaml

from bot.kb import movement_places
from bot.kb.search import SearchEngine

CATALANGATE = "case-catalangate-2022"

ELSEWHERE = [
    "¿Qué piensan los independentistas escoceses?",
    "¿espiaron a los independentistas vascos?",
    "los independentistas del País Vasco y Pegasus",
    "les indépendantistes corses",
    "les indépendantistes bretons ont-ils été espionnés ?",
    "die schottische Unabhängigkeitsbewegung",
    "wurde die kurdische Unabhängigkeitsbewegung ausspioniert?",
    "Unabhängigkeitsbewegung in dem Baskenland Pegasus",
    "gli indipendentisti sardi sono stati spiati?",
    "indipendentisti della Corsica e Pegasus",
    "os independentistas galegos foram espiados?",
    "czy szkocki ruch niepodległościowy był szpiegowany?",
    "vad vill den färöiska självständighetsrörelsen?",
    "Kürt bağımsızlık hareketi",
    "İskoç bağımsızlık hareketi ne istiyor?",
    "что хочет чеченское движение за независимость?",
    "هل تم التجسس على الحركة الاستقلالية في اسكتلندا؟",
    "ماذا تريد الحركة الاستقلالية الكردية؟",
    "西藏独立运动被监视了吗？",
    "苏格兰独派和飞马间谍软件",
    "scotland's independence movement and pegasus",
]

STAY = [
    "¿Qué dijo el CNI sobre los independentistas espiados?",
    "los independentistas catalanes espiados",
    "¿espiaron a los independentistas catalanes?",
    "Katalanische Unabhängigkeitsbewegung Pegasus",
    "the Catalan separatists hacked",
    "les indépendantistes catalans ont-ils été espionnés ?",
    "gli indipendentisti catalani sono stati spiati?",
    "Katalan bağımsızlık hareketi ne istiyor?",
    "加泰罗尼亚独立运动被监视了吗？",
    "¿Fue Candiru, o más bien NSO, quien espió a los independentistas catalanes?",
]

PROTEST_ELSEWHERE = ["Scottish protesters pegasus", "protesters in scotland pegasus"]

PROTEST_STAY = [
    ("Thai protesters pegasus", "case-pegasus-thailand-2022"),
    ("protesters in thailand pegasus", "case-pegasus-thailand-2022"),
    ("Hong Kong protesters hacked", "case-cellebrite-hk-belarus-serbia"),
    ("Belarusian protesters phones unlocked", "case-cellebrite-hk-belarus-serbia"),
]


def _catalangate(result: object) -> bool:
    entry = getattr(result, "entry", None)
    return bool(getattr(result, "answered", False)) and entry is not None and entry.id == CATALANGATE


@pytest.mark.parametrize("question", ELSEWHERE)
def test_other_region_not_catalonia(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not _catalangate(result), (question, result.confidence)


@pytest.mark.parametrize("question", STAY)
def test_catalonia_still_answered(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert _catalangate(result), (question, result.entry and result.entry.id, result.confidence)


@pytest.mark.parametrize("question", PROTEST_ELSEWHERE)
def test_other_region_protesters_held(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not (result.answered and result.entry is not None), (question, result.entry and result.entry.id)


@pytest.mark.parametrize(("question", "expected"), PROTEST_STAY)
def test_card_region_protesters_answered(engine: SearchEngine, question: str, expected: str) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == expected, (
        question,
        result.entry and result.entry.id,
    )


CARD = " catalan independence movement targeted by pegasus la voz de galicia "


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("los independentistas escoceses", True),
        ("les indépendantistes kanak", True),
        ("los independentistas gallegos", True),  # Galicia only in the publisher's name
        ("los independentistas catalanes y vascos", False),  # the card's region named too
        ("los independentistas espiados", False),  # no region at all
        ("escoceses y pegasus: ¿quién espió a los independentistas en Barcelona?", False),  # too far
    ],
)
def test_place_beside(question: str, held: bool) -> None:
    forms = ("independentist", "independantist")
    assert movement_places.place_beside(question, CARD, forms, ("la voz de galicia",)) is held


def test_every_region_in_13_languages() -> None:
    data = yaml.safe_load(movement_places.PLACES_FILE.read_text(encoding="utf-8"))
    langs = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar", "zh", "tr", "ru"}
    for region, forms in data["regions"].items():
        assert set(forms) == langs, region
        assert all(forms[lang] for lang in langs), region


@pytest.mark.parametrize(
    "question", ["Scottish pro-democracy activists pegasus", "activistas prodemocracia escoceses Pegasus"]
)
def test_other_region_pro_democracy_held(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not (result.answered and result.entry is not None), (question, result.entry and result.entry.id)


def test_thai_pro_democracy_answered(engine: SearchEngine) -> None:
    result = engine.search("the Thai pro-democracy movement and pegasus")
    assert result.answered and result.entry is not None and result.entry.id == "case-pegasus-thailand-2022"
