"""An Arabic word names a place only as a whole name, or a name with an adjective's ending (tidy17):
the readers took any word that began like a name once its clitic was cut, so ordinary words were
places. 'بالإضافة إلى' (in addition to) was Palau (بالاو), 'الصيف' (summer) China, 'اليمينية'
(right-wing) Yemen, 'الهندسة' (engineering) India, 'تركيز' (focus) Turkey, 'للنمو' (for growth)
Austria (النمسا), and the card a member asked for was refused as never naming them. The endings
Arabic writes after a name are list_words.yaml's arabic_endings (bot/kb/places.py `arabic_name`).
"""

from __future__ import annotations

import pytest

from bot.kb.elsewhere import asked_places
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "بالإضافة إلى بيغاسوس، ما هي برامج التجسس الأخرى التي تبيعها NSO؟",
        "هل زادت صادرات برامج التجسس في الصيف الماضي؟",
        "ما هو تركيز تقرير منظمة العفو الدولية عن بيغاسوس؟",
        "هل تدعم الأحزاب اليمينية بيع أنظمة المراقبة؟",
        "ما هو دور الهندسة الاجتماعية في هجمات بيغاسوس؟",
        "من هي الشركة المانحة لبرنامج المراقبة؟",
    ],
)
def test_an_ordinary_word_names_no_place(question: str) -> None:
    assert asked_places(question) == (), question


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("ما هي خطط الحكومة للنمو الاقتصادي؟", "austria"),
        ("ما هي الصناعة التي تدعمها الحكومة بأموالها؟", "china"),  # 'الصناعة', industry
        ("ما هو تركيب برنامج بيغاسوس؟", "turkey"),
    ],
)
def test_the_english_reading_holds_no_stems_place(engine: SearchEngine, question: str, place: str) -> None:
    assert place not in engine.read(question).text, engine.read(question).text


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("هل باعت Hikvision كاميرات للمغرب؟", "Morocco"),  # 'to' joined to the name
        ("هل استخدمت الحكومة السويسرية برامج التجسس؟", "Switzerland"),  # was Sweden (السويد)
        ("هل اشترت الحكومة النيجيرية برامج تجسس من Circles؟", "Nigeria"),  # was Niger (النيجر)
        ("هل باعت NSO بيغاسوس للحكومة المكسيكية؟", "Mexico"),
        ("هل تجسس السوريون على المعارضين؟", "Syria"),  # 'سوريا' without its alif, a people's ending
    ],
)
def test_a_name_with_an_ending_is_still_its_place(question: str, place: str) -> None:
    assert place in dict(asked_places(question)), asked_places(question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("هل باعت Cellebrite أجهزتها للشرطة بالإضافة إلى الجيش؟", "cellebrite"),
        ("ماذا فعلت Hacking Team بالإضافة إلى بيع برامج التجسس؟", "hacking-team"),
        # the Circles card names Nigeria among Citizen Lab's likely customers
        ("هل اشترت الحكومة النيجيرية برامج تجسس من Circles؟", "circles"),
    ],
)
def test_the_card_asked_for_is_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)
