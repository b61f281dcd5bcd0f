"""fixtown33: two readings round 1's attack probed.

A "non-" before a country leaves out the firms whose HOME is that country (list_select.home: a
vendor's first country and its summary's origins), not what a list of "<country> DPI vendors" reads:
"non-US DPI vendors" dropped Sandvine, a Canadian firm a US fund owns and a US list names, and
"non-Canadian DPI vendors" listed nothing. The twins keep their readings ("non-Chinese CCTV brands",
"non-Israeli spyware vendors").

A town list reads the card's own text (title, summary, body), never its sources' titles or
publishers: Shanghai and Tripoli named only in a source's title bring no card. Wassenaar stays on
"Vienna connections": its body says the first plenary met in Vienna (the card's own words)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import assert_listed, listed

DPI = {"sandvine", "amesys-nexa", "allot"}


@pytest.mark.parametrize(
    ("question", "wanted", "left_out"),
    [
        ("non-US DPI vendors", DPI, set()),
        ("non-American DPI vendors", DPI, set()),
        ("non-Canadian DPI vendors", {"amesys-nexa", "allot"}, {"sandvine"}),
        ("non-Israeli DPI vendors", {"sandvine", "amesys-nexa"}, {"allot"}),
        # twins that kept their readings
        ("non-Chinese CCTV brands", {"axis-communications"}, {"hikvision", "dahua"}),
        ("non-Israeli spyware vendors", {"hacking-team", "rcs-lab"}, {"nso-group", "candiru"}),
    ],
)
def test_non_country_leaves_out_firms_at_home_there(
    kb: KnowledgeService, question: str, wanted: set[str], left_out: set[str]
) -> None:
    assert_listed(kb, question, wanted, left_out)


@pytest.mark.parametrize(
    ("question", "not_listed"),
    [
        # named only in a source's title ("... Shanghai ...", "... Tripoli ...")
        ("Shanghai connections", {"us-entity-list", "sensetime-megvii-iflytek-yitu"}),
        ("Tripoli connections", {"narus", "zte"}),
    ],
)
def test_a_town_list_reads_the_card_not_its_sources(
    kb: KnowledgeService, question: str, not_listed: set[str]
) -> None:
    got = listed(kb, question)
    assert got, f"{question!r}: the cards naming the town went missing"
    assert not got & not_listed, f"{question!r}: {sorted(got & not_listed)} from a source's title"


def test_a_town_the_body_names_stays_listed(kb: KnowledgeService) -> None:
    # the card's body: "the first plenary met in Vienna"; a reading of title and summary alone
    # would lose it
    assert listed(kb, "Vienna connections") == {"wassenaar-arrangement"}
