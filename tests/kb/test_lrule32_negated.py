"""lrule32: a list question whose closing clause is negated. "Aziende cinesi che non fanno telecamere"
listed exactly the camera makers (Hikvision, Dahua, Huawei) and "Israel-based companies that aren't in
the spyware business" listed nothing: the negation was read as a word of the description. Now the whole
set (the question without the clause) less the set the clause names without its negation is the answer
(bot/kb/list_negated.py, through list_except.without_described), in every language the cue words hold.
A modal ("can agencies not buy from"), a quality ("not legally binding"), "no longer" and "not on
<a rule's list>" keep their readings."""

from __future__ import annotations

import pytest

from bot.kb.list_negated import negated
from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed, listed

CAMERAS = {"hikvision", "dahua"}
SPYWARE = {"nso-group", "candiru"}


@pytest.mark.parametrize(
    ("question", "wanted", "left_out"),
    [
        ("Chinese companies that don't make cameras", {"zte", "hytera"}, CAMERAS),
        ("Aziende cinesi che non producono telecamere", {"zte", "hytera"}, CAMERAS),
        ("Les entreprises chinoises qui ne fabriquent pas de caméras", {"zte", "hytera"}, CAMERAS),
        ("Israeli companies that aren't in the spyware business", {"allot", "cellebrite"}, SPYWARE),
        ("Which Israeli firms are not spyware makers?", {"allot", "cellebrite"}, SPYWARE),
    ],
)
def test_a_negated_clause_leaves_out_what_it_names(
    kb: KnowledgeService, question: str, wanted: set[str], left_out: set[str]
) -> None:
    assert_listed(kb, question, wanted, left_out)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # the clause said without negation: the set it names, as before
        ("Chinese companies that make cameras", CAMERAS),
        ("Israeli companies in the spyware business", SPYWARE),
        # a negated modal asks for the banned ones, not the rest
        ("which companies can US federal agencies not buy equipment from under NDAA 889?", {"hikvision"}),
    ],
)
def test_twins_keep_their_lists(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize(
    "question",
    [
        "which texts on surveillance exports are voluntary, not legally binding?",
        "Which firms are no longer on the Entity List?",
        "Bei welchen chinesischen Herstellern dürfen US-Bundesbehörden nicht mehr einkaufen?",
        # a question word opening the question asks a reason, no list ("Why did the EU" is none)
        "Why did the EU not sanction NSO?",
        # an everyday word that is a cue elsewhere, with no relative opening a clause
        "Quais empresas israelenses no mercado de spyware foram sancionadas?",
        "Quali aziende italiane ne hanno venduto in Siria?",
        "which non-Western firms sell spyware?",
    ],
)
def test_no_subtraction_read_where_the_negation_is_no_exclusion(question: str) -> None:
    assert negated(question) is None


@pytest.mark.parametrize(
    "question", ["Did NSO not sell to Mexico?", "Why didn't Germany prosecute FinFisher?"]
)
def test_a_single_question_with_a_negation_stays_no_list(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


# fixneg32: Portuguese "no" ("in the") and Italian "ne" (a pronoun) read as negations reversed the list
# (the 7 Israeli firms NOT sanctioned; hacking-team only); the twins with a real negation keep theirs.
@pytest.mark.parametrize(
    ("question", "wanted", "left_out"),
    [
        (
            "Quais empresas israelenses no mercado de spyware foram sancionadas?",
            SPYWARE,
            {"paragon-solutions"},
        ),
        (
            "Quais empresas israelenses no mercado de spyware não foram sancionadas?",
            {"paragon-solutions"},
            SPYWARE,
        ),
        ("Quali aziende italiane ne hanno venduto in Siria?", {"area-spa", "rcs-lab"}, {"hacking-team"}),
        ("Aziende italiane che non hanno venduto in Siria", {"hacking-team"}, {"area-spa", "rcs-lab"}),
        ("Quali aziende italiane non hanno venduto in Siria?", {"hacking-team"}, {"area-spa", "rcs-lab"}),
    ],
)
def test_an_everyday_word_is_no_negation(
    kb: KnowledgeService, question: str, wanted: set[str], left_out: set[str]
) -> None:
    assert_listed(kb, question, wanted, left_out)


def test_a_why_question_is_no_list(kb: KnowledgeService) -> None:
    assert listed(kb, "Why did the EU not sanction NSO?") == set()
    assert {"paragon-solutions"} <= listed(kb, "Which Israeli spyware firms were not sanctioned?")
