"""Asked which rules cover *exports*, a member gets the rules that control exports.

"Which rules cover spyware exports?" (the README's own example) listed every rule tagged spyware: a
parliamentary inquiry, an executive order on the government's own use of spyware, a sanctions
order. None of them licenses or bars an export; a campaigner who cites them as export rules is wrong
in front of the officials they lobby. A rule controls exports when its technologies say
`export controls` (knowledge/README.md).
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed
from tests.support.entries import kb_entry

ENTRIES = [
    kb_entry(
        "ruritania-export-rule",
        "rule",
        ["Ruritania"],
        ["export controls", "intrusion software", "spyware"],
        [2021],
        "Ruritanian dual-use export regulation",
        "Licensing of exports of intrusion software and other dual-use cyber-surveillance items.",
    ),
    kb_entry(
        "arrangement-rule",
        "rule",
        ["Freedonia"],
        ["export controls", "intrusion software"],
        [2013],
        "Freedonia Arrangement on export controls",
        "Multilateral export control regime that added intrusion software to its control list in 2013.",
    ),
    kb_entry(
        "ruritania-list-rule",
        "rule",
        ["Ruritania"],
        ["export controls"],
        [2023],
        "Ruritanian control list update",
        "Yearly update of the dual-use control list.",
    ),
    kb_entry(
        "ruritania-inquiry",
        "rule",
        ["Ruritania"],
        ["spyware"],
        [2022],
        "Parliamentary spyware inquiry",
        "A parliamentary inquiry into the government's use of spyware against journalists.",
    ),
    kb_entry(
        "ruritania-order",
        "rule",
        ["Ruritania"],
        ["spyware"],
        [2023],
        "Executive order on government use of spyware",
        "Bars agencies from operationally using commercial spyware that poses risks.",
    ),
    kb_entry(
        "spyco",
        "vendor",
        ["Ruritania"],
        ["spyware", "export controls"],
        [2021],
        "Spyco Ltd",
        "Ruritanian spyware vendor.",
    ),
    kb_entry(
        "case-spyco-leak",
        "case",
        ["Ruritania"],
        ["spyware"],
        [2021],
        "Spyco leak (2021)",
        "Leaked files showed Spyco exports of spyware to several governments.",
    ).model_copy(update={"related": ["spyco"]}),
]
EXPORT_RULES = {"ruritania-export-rule", "arrangement-rule"}
NOT_EXPORT_RULES = {"ruritania-inquiry", "ruritania-order"}


@pytest.mark.parametrize(
    "question",
    [
        "which rules cover spyware exports?",
        "Which rules apply to exporting spyware?",
        "welche Regeln gelten für den Export von Spyware?",
        "Quelles règles encadrent l'exportation des logiciels espions ?",
        "¿Qué normas regulan la exportación de spyware?",
        "Quali norme regolano l'esportazione di spyware?",
        "哪些规则管控间谍软件出口？",
    ],
)
def test_rules_on_exports_are_the_rules_that_control_exports(service, question) -> None:
    assert listed(service, question) == EXPORT_RULES, question


def test_dual_use_rules_are_export_rules(service) -> None:
    got = listed(service, "which dual-use rules do you have?")
    assert got == EXPORT_RULES | {"ruritania-list-rule"}


def test_rules_on_spyware_without_exports_still_list_every_spyware_rule(service) -> None:
    assert listed(service, "which rules on spyware do you have?") == {
        "ruritania-export-rule",
        "arrangement-rule",
        "ruritania-inquiry",
        "ruritania-order",
    }


def test_exports_narrow_rules_only(service) -> None:
    # The cases and firms asked for beside the rules are not cut to those tagged export controls.
    got = listed(service, "which cases or rules cover spyware exports?")
    assert "case-spyco-leak" in got
    assert not got & NOT_EXPORT_RULES


def test_the_readme_example_lists_export_rules_only(shipped) -> None:
    service = KnowledgeService.from_entries(shipped.entries)
    got = listed(service, "which rules cover spyware exports?")
    assert {"wassenaar-arrangement", "eu-dual-use-2021-821", "uk-export-controls"} <= got
    # an inquiry, an order on the government's own use, a code of practice, a sanctions order
    assert not got & {"ep-pega-inquiry", "us-eo-14093", "pall-mall-code-2025", "us-ofac-spyware-sanctions"}
