"""A member asking which firms one US body acted on gets the firms of that body's measures only.

"Blacklisted by the Commerce Department" once listed Huawei and Hytera (an NDAA and FCC ban, not
Commerce's) and cases besides; "sanctioned by the Treasury" listed every Entity List firm, though the
Treasury designated only the Intellexa consortium (facts.md 1.10) and put SenseTime on its investment
list (1.11). A rule's measure says which body took it (`by`), and a body named with an act narrows
the list to its measures, in any of the campaign's languages.
"""

from __future__ import annotations

import pytest

COMMERCE = {"nso-group", "candiru", "hikvision", "dahua", "sandvine", "positive-technologies"}
NOT_COMMERCE = {"huawei", "hytera", "zte", "netapp", "clearview-ai", "area-spa"}


@pytest.mark.parametrize(
    "question",
    [
        "which vendors did the Commerce Department blacklist?",
        "firms blacklisted by the US Department of Commerce, please list them",
        "welche Firmen hat das US-Handelsministerium sanktioniert?",
        "美国商务部制裁了哪些公司？",
    ],
)
def test_commerce_lists_its_own_listings(listed, question: str) -> None:
    got = listed(question)
    assert got >= COMMERCE
    assert not got & NOT_COMMERCE


@pytest.mark.parametrize(
    "question",
    [
        "which companies did the US Treasury sanction?",
        "quelles entreprises le Trésor américain a-t-il sanctionnées ?",
        "¿qué empresas ha sancionado el Departamento del Tesoro?",
    ],
)
def test_treasury_lists_only_what_the_treasury_did(listed, question: str) -> None:
    got = listed(question)
    assert "intellexa-cytrox" in got
    assert not got & (COMMERCE | NOT_COMMERCE)


def test_a_bare_treasury_sanctions_stays_one_answer(listed) -> None:
    # near miss: a short phrase naming one measure is the engine's answer, not a list
    assert listed("intellexa treasury sanctions when") == set()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sanctioned by OFAC", {"treasury"}),
        ("listed by BIS in 2021", {"commerce"}),
        ("welche Firmen wurden bis 2021 sanktioniert", set()),  # German "bis" is "until"
        ("e-commerce platforms that were banned", set()),
    ],
)
def test_which_body_is_named(question: str, expected: set[str]) -> None:
    from bot.kb.list_authority import bodies

    assert set(bodies(question)) == expected
