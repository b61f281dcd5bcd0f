"""List questions in the words a member uses, not the knowledge base's: a technology by its everyday
name ("censorship boxes", "phone extraction tools"), "who makes the cameras that ...", a Chinese
noun before its cue ("厂商有哪些"), France as "l'Hexagone", a case file as "dossier" / "expediente".
Each got nothing; twins asking for one thing must keep getting one answer."""

from __future__ import annotations

import pytest

from tests.kb.listing import listed

CAMERA_MAKERS = {"axis-communications", "dahua", "hikvision", "tkh-group"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("DPI and censorship-box vendors?", {"allot", "sandvine"}),
        ("censorship boxes makers?", {"blue-coat", "sandvine"}),
        ("phone extraction tool makers?", {"cellebrite", "meiya-pico"}),
        ("phone forensics vendors", {"cellebrite", "meiya-pico"}),
        ("who sells the CCTV cameras that show up in NGO reports?", CAMERA_MAKERS),
        ("摄像头公司有哪些？", CAMERA_MAKERS),
        ("监控摄像头厂商都有哪些", CAMERA_MAKERS),
        ("Liste des entreprises hexagonales de surveillance", {"amesys-nexa", "idemia", "qosmos"}),
        ("¿Qué expedientes hay sobre Egipto?", {"case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"}),
        ("quels dossiers avez-vous sur le Bahreïn ?", {"case-finfisher-bahrain"}),
        ("what dossiers do you hold on Greece?", {"case-predatorgate-greece"}),
    ],
)
def test_a_list_asked_in_everyday_words_gets_its_entries(kb, question, wanted) -> None:
    assert wanted <= listed(kb, question)


def test_a_chinese_noun_after_its_cue_is_still_the_kind_asked(kb) -> None:
    """ "中国公司有哪些案例" asks Chinese firms' cases: the noun before the cue narrows, it is not asked."""
    got = listed(kb, "中国公司有哪些案例")
    assert got and all(entry.startswith("case-") for entry in got)


@pytest.mark.parametrize(
    "question",
    [
        "who made the spyware that hit him?",  # one case pointed at
        "who sells the spyware that was used on her?",
        "what is the dossier on NSO?",  # one firm's file
        "¿Qué expediente tienes sobre NSO?",
    ],
)
def test_one_thing_asked_in_the_same_words_stays_one_answer(kb, question) -> None:
    assert listed(kb, question) == set()
