"""lrule31: a list that leaves out a description, not a name. "Chinese companies other than the camera
makers" listed exactly the camera makers (Hikvision, Dahua, Huawei): the description was read as the
list's own technology. Now the whole set ("Chinese companies") less what the description lists
("Chinese companies, the camera makers") is the answer, in every language the cue words hold
(bot/kb/list_except.py `without_described`). A name after the cue keeps its reading (`excluded`)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed


@pytest.mark.parametrize(
    ("question", "wanted", "left_out"),
    [
        ("Chinese firms apart from the camera makers", {"zte", "hytera"}, {"hikvision", "dahua"}),
        ("besides the camera makers, which Chinese firms are there?", {"zte"}, {"hikvision", "dahua"}),
        ("Empresas chinas excepto los fabricantes de cámaras", {"zte", "hytera"}, {"hikvision", "dahua"}),
        ("Israeli firms other than the spyware makers", {"allot", "cellebrite"}, {"nso-group", "candiru"}),
        (
            "Israelische Firmen außer den Spyware-Herstellern",
            {"allot", "cellebrite"},
            {"nso-group", "candiru", "quadream"},
        ),
        (
            "Entreprises israéliennes sauf les fabricants de logiciels espions",
            {"allot", "cellebrite"},
            {"nso-group", "paragon-solutions"},
        ),
        (
            "Israeli companies except those Meta banned",
            {"nso-group", "allot"},
            {"black-cube", "cognyte", "cobwebs-technologies"},
        ),
    ],
)
def test_a_described_exclusion_leaves_out_what_it_describes(
    kb: KnowledgeService, question: str, wanted: set[str], left_out: set[str]
) -> None:
    assert_listed(kb, question, wanted, left_out)


@pytest.mark.parametrize(
    ("question", "wanted", "left_out"),
    [
        # the description said as the list's own: unchanged
        ("Chinese camera makers", {"hikvision", "dahua"}, set()),
        ("Israeli companies that Meta kicked off", {"black-cube", "cognyte"}, {"nso-group"}),
        # a name after the cue: left out by name, as before
        ("Israeli firms other than NSO", {"candiru", "quadream"}, {"nso-group"}),
        # a word not understood after the cue leaves nothing out on a guess: as before
        ("Italy-based suppliers other than HT", {"area-spa", "rcs-lab"}, set()),
    ],
)
def test_twins_keep_their_lists(
    kb: KnowledgeService, question: str, wanted: set[str], left_out: set[str]
) -> None:
    assert_listed(kb, question, wanted, left_out)


@pytest.mark.parametrize(
    "question",
    ["which firms other than the camera makers sell spyware?", "every vendor other than the camera makers"],
)
def test_a_whole_set_shown_only_in_part_is_no_list_to_subtract_from(
    kb: KnowledgeService, question: str
) -> None:
    """Read to the end of the question, the whole set is "which firms": the first twelve firms of the
    catalogue A to C. Less the camera makers, that list dropped NSO, FinFisher and Paragon and said
    nothing of the rest. A catalogue shown in part is no whole set: the question keeps its old reading."""
    got = [e.id for e in kb.search(question).items]
    assert got[:3] != ["allot", "amesys-nexa", "area-spa"], got
