"""The rule in force in a year, asked in every language (session 29). Turkish 'tüzüğü' (the
regulation, k softened before its ending) went unread and '2016'da hangi AB tüzüğü yürürlükteydi?'
was refused (0.32). Named only by the name the recast shares with 428/2009 ('le règlement sur les
biens à double usage en 2016'), the recast ranked out of the period cue's reach of 428/2009 and the
question was refused (0.50): the year says which rule of the line is meant (in_force.line_mates).
Spanish 'vigente en 2016' is in force then, not now (time_words._dated_news). And a year to come
('Welche Dual-Use-Verordnung gilt im Jahr 2040?', answered with the recast at 0.79): no card's
dates tell what will apply then (in_force.to_come)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with, refused

OLD, RECAST = "eu-dual-use-428-2009", "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    "question",
    [
        "2016'da hangi AB tüzüğü yürürlükteydi?",
        "2016 yılında hangi AB yönetmeliği geçerliydi?",
        "Quel était le règlement sur les biens à double usage en 2016 ?",
        "¿Cuál era el reglamento de doble uso vigente en 2016?",
        "Qual era o regulamento de dupla utilização vigente em 2016?",
        # twins answered so already
        "2016'da hangi AB düzenlemesi yürürlükteydi?",
        "what was the dual use regulation in 2016",
        "Welche Dual-Use-Verordnung galt 2012?",
    ],
)
def test_the_rule_in_force_in_a_year_past_is_answered(kb: KnowledgeService, question: str) -> None:
    answered(kb, question, OLD)


@pytest.mark.parametrize(
    "question",
    [
        # twins: 'vigente' with no year asked is the rule now in force
        "¿Cuál es el reglamento de doble uso vigente?",
        "Welche Dual-Use-Verordnung gilt 2024?",
    ],
)
def test_the_rule_in_force_now_stays_the_recast(kb: KnowledgeService, question: str) -> None:
    answered(kb, question, RECAST)


@pytest.mark.parametrize(
    "question",
    [
        "Welche Dual-Use-Verordnung gilt im Jahr 2040?",
        "which dual-use regulation applies in 2040?",
        "¿Qué reglamento de doble uso se aplicará en 2038?",
        "Quel règlement s'appliquera en 2035 ?",
    ],
)
def test_no_card_tells_the_rule_of_a_year_to_come(kb: KnowledgeService, question: str) -> None:
    not_answered_with(kb, question, RECAST)
    refused(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        # Arabic 'في 2016', 'عام 2016' place the rule asked in the year (data/time_words.yaml
        # `rule_at_words`): the recast, applicable from 2021, was answered at 0.83-0.98
        "ما هي لائحة الاستخدام المزدوج في الاتحاد الأوروبي عام 2016؟",
        "ما هي اللائحة الأوروبية المطبقة في 2016؟",
        "أي لائحة أوروبية كانت مطبقة في عام 2016؟",
    ],
)
def test_a_rule_not_yet_in_force_is_no_answer_in_arabic(kb: KnowledgeService, question: str) -> None:
    not_answered_with(kb, question, RECAST)
