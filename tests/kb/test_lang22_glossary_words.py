"""Domain words the glossary lacked, so a question in another language left them as ordinary words no
card explains, or as unread words counted against any answer, where the English is answered:
'intrusion software' ('intrångsprogram', 'Intrusion-Software'), a ban ('verboten',
'prohibida'), the recast and what came before it ('vor der Neufassung', 'prima della rifusione'),
a firm's technicians ('فنيو هواوي', 'técnicos'), 'automated apartheid' ('الفصل العنصري الآلي') and
Myanmar by its older name ('Birma', 'Birmanie'). Plain translations in knowledge/glossary.yaml.

A place no card gives the rule, the ban or the help for stays refused in each language."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Krävs det amerikansk licens för att exportera intrångsprogramvara?", "us-ear-cybersecurity-rule"),
        ("Kräver USA licens för export av intrångsprogram?", "us-ear-cybersecurity-rule"),
        ("¿Desde cuándo está prohibida Hikvision en EE. UU.?", "case-hikvision-dahua-xinjiang"),
        ("Welche Regeln galten vor der Neufassung?", "eu-dual-use-428-2009"),
        ("Quali norme valevano prima della rifusione?", "eu-dual-use-428-2009"),
        ("¿Qué normas regían antes de la refundición?", "eu-dual-use-428-2009"),
        ("Was hat sich mit der Neufassung geändert?", "eu-dual-use-2021-821"),
        ("هل ساعد فنيو هواوي حكومة أوغندا في التجسس على المعارضين؟", "case-huawei-uganda-zambia"),
        ("تقرير عن الفصل العنصري الآلي والتعرف على الوجه في الخليل", "case-automated-apartheid-2023"),
        ("Qu'a fait Cognyte en Birmanie ?", "case-cognyte-myanmar"),
        ("Cognyte w Birmie – co wiadomo?", "case-cognyte-myanmar"),
    ],
)
def test_a_domain_word_in_another_language_reads_as_the_cards_word(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # no card gives Japan's or Brazil's rules, nor a ban in Brazil
        "Behöver man licens i Japan för att exportera intrångsprogram?",
        "Braucht man in Brasilien eine Lizenz für den Export von Intrusion-Software?",
        "Seit wann ist Dahua in Brasilien verboten?",
        "Welche Exportregeln galten in Japan vor der Neufassung?",
        # no card says Huawei's technicians helped Kenya
        "Técnicos da Huawei ajudaram o governo do Quénia a espiar blogueiros?",
        "هل ساعد فنيو هواوي حكومة كينيا في التجسس على الصحفيين؟",
        # nor that Hikvision sold in Myanmar
        "Co Hikvision sprzedał w Birmie?",
    ],
)
def test_a_place_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
