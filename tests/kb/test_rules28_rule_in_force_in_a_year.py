"""The rule in force in one year asked (session 28). 'quale regolamento UE era in vigore nel 2016?'
answered Regulation 2021/821 (0.92), applicable only from Sept 2021: the AI Act's title
'EU AI Act (Regulation (EU) 2024/1689)' gave it the name 'Regulation (EU' (an aside opened inside
another), so 'regolamento UE' (read 'regulation eu') named it and, through it, the recast, and a rule
named is not held back by its dates (titles.short_titles). 'which EU regulation was in force in
2016?' held Regulation 428/2009 (2009 to 2021) at 0.19: '2016' is on no card, though its dates hold
it (in_force.untimed); 'which EU regulation governed spyware exports in 2016?' too, 'governed' read
as asking which rules applied (data/time_words.yaml `in_force`). 'cover' is not read so: 'which ...
cover X' as often asks what the cards report on, and read as in force it emptied a held-out list.
A year asked of something else ('who will chair the Pall Mall Process in 2027?') stays unexplained
by a rule's dates."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from bot.kb.titles import short_titles
from tests.kb.answers import answered, not_answered_with


def test_an_aside_inside_another_or_before_an_act_number_is_no_name() -> None:
    assert short_titles("EU AI Act (Regulation (EU) 2024/1689) and biometric surveillance") == ["EU AI Act"]
    old = "EU Dual-Use Regulation (EC) No 428/2009 (the regime in force until Sept 2021)"
    assert "EC" not in short_titles(old)
    # twins: an aside that is a name stays one
    assert short_titles("IDEMIA (formerly Morpho)") == ["IDEMIA", "Morpho"]
    assert "Predator" in short_titles("Intellexa / Cytrox (Predator spyware)")


@pytest.mark.parametrize(
    "question",
    [
        "which EU regulation was in force in 2016?",
        "which EU regulation governed spyware exports in 2016?",
        "quale regolamento UE era in vigore nel 2016?",
        "quelles règles européennes étaient en vigueur en 2016 ?",
        "które rozporządzenie UE obowiązywało w 2016?",
        "какой регламент ЕС действовал в 2016 году?",
        # 'كانت سارية' (was in force) read as 'in force' (knowledge/glossary.yaml): the recast was answered
        "ما هي لائحة الاتحاد الأوروبي التي كانت سارية في 2016؟",
        # twins that were answered so already
        "welche EU-Verordnung war 2016 in Kraft?",
        "¿qué reglamento de la UE estaba vigente en 2016?",
    ],
)
def test_the_rule_in_force_in_the_year_asked_is_answered(kb: KnowledgeService, question: str) -> None:
    answered(kb, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which EU rule applied in 2022?", "eu-dual-use-2021-821"),
        ("was the recast in force in 2022?", "eu-dual-use-2021-821"),
        ("was Regulation 428/2009 in force in 2010?", "eu-dual-use-428-2009"),
    ],
)
def test_a_rule_asked_in_a_year_it_applied_is_answered(
    kb: KnowledgeService, question: str, entry: str
) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("il regolamento UE in vigore nel 2016", "eu-dual-use-2021-821"),
        ("quale regolamento UE era in vigore nel 2016?", "eu-ai-act"),
        # a year asked of something else than the rule in force: its dates do not tell it
        ("who will chair the Pall Mall Process in 2027?", "pall-mall-code-2025"),
        ("what did the Commission's 2027 review of the dual-use recast conclude?", "eu-dual-use-2021-821"),
    ],
)
def test_a_rule_is_not_the_answer_for_a_time_its_dates_do_not_tell(
    kb: KnowledgeService, question: str, entry: str
) -> None:
    not_answered_with(kb, question, entry)


def test_a_rule_told_in_other_words_is_answered(kb: KnowledgeService) -> None:
    # 'sensitive goods' are the dual-use items the rule controls (data/synonyms.yaml)
    old = "eu-dual-use-428-2009"
    answered(kb, "which EU law governed exports of sensitive goods before autumn 2021?", old)
    # twin: the rule's own words
    answered(kb, "which EU law governed exports of dual-use goods before autumn 2021?", old)
