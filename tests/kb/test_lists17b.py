"""lists17b (issue 10 item 5): list questions that got no list at all, and their single twins.

A list question with no list scores nothing, and on fresh question sets most such were lost before
any facet was read: a noun phrase with no cue ("italian spyware and interception companies") was a
list only with its plural noun among its first four words of at most six; a longer one opening with
it ("Entreprises françaises liées à ...", "casos de espionaje con ...") never. Places joined by
"albo" or after a French "d'" lost the reading of the first ("firmy z Rosji albo Singapuru": two
homes), and a "czarna lista USA" the English reading understands as the US acting stayed a
destination the firms sold to. A question word asking for one thing keeps the engine's answer; the
folded French "ou" (or) is no "où" (where). A longer one with an auxiliary is a sentence, and a rule
noun ending a short one names one regime ("EU dual use export controls"): no list. A short one ends
in its noun only after words that narrow it ("thoughts on the big spyware companies" is chat), and a
noun that is singular too ("firm") says no plural by itself.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a noun phrase ending in its plural noun
        ("chinese face recognition and camera companies", {"hikvision", "dahua"}),
        ("british spyware and intrusion software companies", {"gamma-finfisher"}),
        # a longer noun phrase that opens with it, in the campaign's languages
        ("Israeli firms sanctioned by the United States", {"nso-group", "candiru"}),
        ("Italian firms linked to spyware in Kazakhstan or Egypt", {"rcs-lab", "hacking-team"}),
        ("Entreprises italiennes liées à la surveillance en Syrie ou en Égypte", {"area-spa"}),
        ("Empresas italianas vinculadas a la vigilancia en Siria o Egipto", {"area-spa"}),
        ("casos de spyware contra periodistas en México", {"case-pegasus-mexico-2017"}),
        (
            "affaires de logiciels espions contre des journalistes en Europe",
            {"case-pegasus-hungary", "case-predatorgate-greece"},
        ),
    ],
)
def test_a_noun_phrase_without_a_cue_gets_its_list(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # "z Izraela albo Włoch": both are homes, not Italy where the gear went
        ("Które firmy z Izraela albo Włoch sprzedają spyware?", {"nso-group", "hacking-team"}),
        (
            "Quelles entreprises d'Israël ou d'Italie vendent des logiciels espions ?",
            {"nso-group", "rcs-lab"},
        ),
        # and the US blacklisted them: it is no place they sold to
        (
            "Jakie firmy z Chin albo Rosji są na czarnej liście USA?",
            {"hikvision", "positive-technologies"},
        ),
    ],
)
def test_places_joined_by_or_share_the_reading_of_the_first(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize(
    ("question", "single"),
    [
        ("Entreprises françaises : où est le siège d'Amesys ?", "amesys-nexa"),
        ("companies like NSO, where do they get their money from?", "nso-group"),
    ],
)
def test_a_question_word_asking_for_one_thing_keeps_the_answer(
    kb: KnowledgeService, question: str, single: str
) -> None:
    result = kb.search(question)
    assert not result.items, [e.id for e in result.items]
    assert result.answered and result.entry is not None and result.entry.id == single


@pytest.mark.parametrize(
    "question",
    [
        "spyware firms in Greece have been raided by the police??",
        "Israeli spyware firms in Cyprus got hacked by the Greek police",
        "EU dual use export controls",
        "thoughts on the big spyware companies",
    ],
)
def test_a_sentence_or_a_named_regime_gets_no_list(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


def test_a_singular_noun_opening_a_long_phrase_keeps_the_answer(kb: KnowledgeService) -> None:
    result = kb.search("Israeli spyware firm blacklisted by the US in 2021")
    assert not result.items, [e.id for e in result.items]
    assert result.answered


def test_an_origin_reaches_its_firms_over_the_technologies_between(kb: KnowledgeService) -> None:
    # Israeli firms, not gear found in Israel
    got = listed(kb, "israeli phone hacking and spyware companies")
    assert {"nso-group", "candiru"} <= got, got
    assert not {"hacking-team", "intellexa-cytrox", "gamma-finfisher"} & got, got
