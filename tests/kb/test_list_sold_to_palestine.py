"""Cameras found in use on Palestinians in the occupied territories are no sale to Palestine (gap10).

Amnesty identified Hikvision and TKH Security cameras in occupied East Jerusalem (facts.md 3.24); no
source names a Palestinian buyer. "Which companies sold surveillance tech to Palestine?" listed both
firms and the report as sales to Palestine. A list of what was used there still offers them.
"""

from __future__ import annotations

import json

CAMERAS = {"hikvision", "tkh-group", "case-automated-apartheid-2023"}


def _ask(cli, question: str) -> dict:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    return json.loads(out)


def test_sold_to_palestine_lists_no_deployment_as_a_sale(cli) -> None:
    got = _ask(cli, "which companies sold surveillance tech to Palestine?")
    assert not {item["id"] for item in got.get("list", [])} & CAMERAS
    # the member is still pointed at what holds (the cameras' use in the OPT): the report or a firm
    assert CAMERAS & {a["id"] for a in got["alternatives"]}


def test_used_in_palestine_still_lists_the_cameras(cli) -> None:
    got = _ask(cli, "which companies' cameras are used in Palestine?")
    assert {item["id"] for item in got.get("list", [])} >= CAMERAS
