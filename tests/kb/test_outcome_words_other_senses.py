"""Outcome words with another sense ask no outcome (session 13's review of feature `unsettled`):
Spanish 'recurrió a' (resorted to), Dutch 'een beroep doen op' (to invoke), German 'Prozess' and
Italian/Portuguese 'processo' of something (a process), Polish 'z raportu wynika' (it follows from),
French 'a condamné' (condemned) and the participle naming a person ('le journaliste condamné'), an
English 'jailed activist'. Read as an outcome asked, a plain question whose card tells no outcome
was refused: "did Mexico resort to Pegasus against journalists?" at 0.49.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import OUTCOMES, default_asked_values
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("¿El gobierno de México recurrió a Pegasus para espiar periodistas?", "es"),
        ("Kan ik een beroep doen op de EU-verordening tegen spyware-export?", "nl"),
        ("Wie läuft der Prozess der Ausfuhrgenehmigung beim BAFA?", "de"),
        ("Come funziona il processo di autorizzazione per esportare spyware?", "it"),
        ("Qual é o processo de licenciamento para exportar spyware?", "pt"),
        ("Co wynika z raportu Citizen Lab o Pegasusie w Polsce?", "pl"),
        ("Amnesty a-t-elle condamné la vente de Pegasus au Maroc ?", "fr"),
        ("Le journaliste condamné au Maroc a-t-il été visé par Pegasus ?", "fr"),
        ("¿La UE condenó la venta de Predator?", "es"),
        ("Was the jailed activist Ahmed Mansoor hacked with Pegasus?", "en"),
        ("were the imprisoned journalists in Egypt hacked?", "en"),
    ],
)
def test_a_word_in_its_other_sense_asks_no_outcome(question: str, lang: str) -> None:
    assert not default_asked_values().asked(question, lang) & set(OUTCOMES)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("¿NSO recurrió la sentencia?", "es"),
        ("Is NSO in hoger beroep gegaan?", "nl"),
        ("Hat der Prozess gegen die Nexa-Manager begonnen?", "de"),
        ("Il processo contro Area è iniziato?", "it"),
        ("Jaki był wynik śledztwa?", "pl"),
        ("Vannier a-t-il été condamné ?", "fr"),
        ("¿Se ha condenado a alguien en España por CatalanGate?", "es"),
        ("Vannier è stato condannato?", "it"),
        ("was vannier jailed?", "en"),
        ("was anyone jailed for it", "en"),
    ],
)
def test_the_outcome_itself_is_still_asked(question: str, lang: str) -> None:
    assert default_asked_values().asked(question, lang) & set(OUTCOMES)


def test_resorting_to_pegasus_is_answered(kb: KnowledgeService) -> None:
    # 'recurrió a' read as an appeal refused the Mexican case's own question
    answered(
        kb, "¿El gobierno de México recurrió a Pegasus para espiar periodistas?", "case-pegasus-mexico-2017"
    )
