"""Swedish, Turkish and Chinese words for makers and suppliers ask for the firms.

"Vilka kameratillverkare finns med?" (which camera makers are in it?), "Hangi kamera üreticileri
var?" and "哪些供应商..." got no list and a refusal: "tillverkare", "üreticiler", "制造商" and "供应商"
were no noun of a kind, and a Swedish genitive "företags" (companies') none either, where the English
"companies'" and the German "Hersteller" were read. A singular with a singular cue stays one answer.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

CAMERA_MAKERS = {"hikvision", "dahua", "axis-communications"}


@pytest.mark.parametrize(
    "question",
    [
        "Vilka kameratillverkare har ni?",
        "Vilka tillverkare av övervakningskameror finns i databasen?",
        "Hangi kamera üreticileri kayıtlı?",
        "有哪些监控摄像头制造商?",
    ],
)
def test_camera_makers_are_listed(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question, kind="vendor") >= CAMERA_MAKERS


@pytest.mark.parametrize(
    "question",
    [
        "哪些供应商向叙利亚出售了监控设备?",
        "Vilka företags utrustning hamnade i Syrien?",
    ],
)
def test_suppliers_to_syria_are_listed(kb: KnowledgeService, question: str) -> None:
    assert {"area-spa", "blue-coat"} <= listed(kb, question, kind="vendor")


def test_one_maker_asked_stays_one_answer(kb: KnowledgeService) -> None:
    assert listed(kb, "Vilken tillverkare gör Pegasus?") == set()
