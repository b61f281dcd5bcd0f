"""A small, fixed knowledge base for the chat and console tests, so they do not move with knowledge/."""

from __future__ import annotations

from bot.kb.model import Entry, Source
from bot.kb.service import KnowledgeService

LONG_TITLE = "Zeta Monitoring Systems International " + "and Partners " * 12 + "Holding"


def _source(n: int) -> Source:
    return Source(
        publisher=f"Example News {n}",
        title=f"Report number {n}",
        date="2024-05-01",
        url=f"https://example.org/report-{n}",
    )


def _entry(**data: object) -> Entry:
    base: dict[str, object] = {
        "status": "established",
        "last_reviewed": "2026-11-26",
        "sources": [_source(1)],
    }
    return Entry(**(base | data))  # type: ignore[arg-type]


def sample_entries() -> list[Entry]:
    long_facts = "\n".join(
        f"- Fact {i}: Acme's interception kit was reported in **Ruritania** by [Example News]"
        f"(https://example.org/fact-{i}) " + "with further detail on the sale " * 8
        for i in range(1, 25)
    )
    entries = [
        _entry(
            id="acme-intercept",
            kind="vendor",
            title="Acme Intercept GmbH",
            aliases=["AcmeSpy"],
            summary="German maker of mobile interception kit sold to the Ruritanian police.",
            body="## Key facts\n" + long_facts + "\n\n## Responses\n- Acme said it obeys export law.",
            status="alleged",
            countries=["Germany", "Ruritania"],
            technologies=["interception"],
            years=[2019],
            related=["case-acme-ruritania", "rule-dual-use"],
            sources=[_source(i) for i in range(1, 4)],
        ),
        _entry(
            id="case-acme-ruritania",
            kind="case",
            title="Acme interception sale to Ruritania (2019)",
            summary="In 2019 researchers found Acme interception kit used against Ruritanian journalists.",
            body="## Key facts\n- Found by researchers in 2019.\n\n## Responses\n- Acme denied the sale.\n",
            status="contested",
            countries=["Ruritania"],
            technologies=["interception"],
            years=[2019],
            related=["acme-intercept"],
        ),
        _entry(
            id="rule-dual-use",
            kind="rule",
            title="EU Dual-Use Regulation",
            aliases=["Regulation 2021/821"],
            summary="The EU regulation controlling exports of dual-use items, incl. cyber-surveillance.",
            body="## Key facts\n- Applies since September 2021.\n",
            countries=["European Union"],
            technologies=["export controls"],
            years=[2021],
            related=[],
        ),
        _entry(
            id="zeta-monitoring",
            kind="vendor",
            title=LONG_TITLE,
            summary="A vendor with a very long name, to test Discord's 100-character choice names.",
            body="## Key facts\n- Sells monitoring centres.\n",
            countries=["Freedonia"],
            technologies=["monitoring centre"],
            years=[2020],
            related=[f"gridvendor-{i:02d}" for i in range(1, 8)],
        ),
    ]
    for i in range(1, 13):
        entries.append(
            _entry(
                id=f"gridvendor-{i:02d}",
                kind="vendor",
                title=f"Gridvendor {i:02d} Cameras",
                summary=f"Camera maker number {i} selling video surveillance to Freedonia.",
                body="## Key facts\n- Sells cameras.\n",
                countries=["Freedonia"] if i % 2 else ["Sylvania"],
                technologies=["video surveillance"],
                years=[2018],
                related=[],
            )
        )
    return entries


def sample_knowledge() -> KnowledgeService:
    return KnowledgeService.from_entries(sample_entries())
