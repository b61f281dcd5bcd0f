"""A measure asked with a place, worded without an English subject, must be told of that place
(wrong23). 'did Poland ban Pegasus?' was held, but 'hat Polen Pegasus verboten?' and the same in
French, Spanish, Polish, Russian and Turkish got the Polish case at 0.92-0.97, 'was DSIRF banned in
Austria?' the DSIRF card at 0.98: neither tells a ban. 'did the UK ban DSIRF?' was told by 'law
firms' ('ban' read as 'law'). Where the card tells the measure with the place, it is answered
(bot/kb/actors.py)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "hat Polen Pegasus verboten?",
        "la Pologne a-t-elle interdit Pegasus ?",
        "¿Polonia prohibió Pegasus?",
        "czy Polska zakazała Pegasusa?",
        "Польша запретила Pegasus?",
        "Türkiye Sandvine'i yasakladı mı?",
        "was DSIRF banned in Austria?",
        "Har Österrike förbjudit DSIRF?",
        "Le Royaume-Uni a-t-il interdit DSIRF ?",
        "did the UK ban DSIRF?",
        "did Austria ban DSIRF?",
        "is Sandvine sanctioned by Canada?",
        "wurde Sandvine von Kanada sanktioniert?",
    ],
)
def test_a_measure_no_statement_tells_of_the_place_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ist Clearview in Italien verboten?", "case-clearview-eu-enforcement"),  # the Garante banned it
        ("Clearview est-il interdit en Italie ?", "case-clearview-eu-enforcement"),
        ("is ZTE banned in the US?", "zte"),  # 'United States: ... bans'
        ("did the US ban ZTE?", "zte"),
        ("haben die USA Intellexa sanktioniert?", "us-ofac-spyware-sanctions"),
        ("los Estados Unidos sancionaron a Intellexa?", "us-ofac-spyware-sanctions"),
        ("why was sandvine blacklisted, egypt?", "sandvine"),  # Egypt is the reason, not who listed it
        ("华为在乌干达被指控做了什么？", "case-huawei-uganda-zambia"),  # 'accused', no charge asked of Uganda
    ],
)
def test_a_measure_the_card_tells_of_the_place_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
