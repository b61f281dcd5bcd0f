"""What a search skips because its result cannot matter (session 18, lat18): the answers stay the
same (bench/search_golden.py), the work goes. A refused question that says no firm's home cannot
describe a firm (described.py), so its places are not read for one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.kb import detect as detect_module
from bot.kb import list_asks
from bot.kb.described import Described
from bot.kb.holds import Holds
from bot.kb.search import SearchEngine


def test_a_refused_question_naming_no_firms_home_skips_the_description(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    described = Holds.described

    def spy(self: Holds, reading: object, i: int, rivals: object, typed: str = "") -> bool:
        checked.append("described")
        return described(self, reading, i, rivals, typed)  # type: ignore[arg-type]

    def never(text: str, query: object, *args: object) -> None:
        raise AssertionError(f"read the places of {text!r} for a firm's home it cannot name")

    monkeypatch.setattr(Holds, "described", spy)
    monkeypatch.setattr(Described, "asked", staticmethod(never))
    result = engine.search("who won the 2026 nobel peace prize?")
    assert not result.answered
    assert checked  # the question did reach the description check, which skipped the reading


def test_a_question_whose_first_entry_is_a_rule_skips_the_firms_home(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A firm is described by its home (described.py): with a rule first, the question's word for
    firms ('companies') is no reason to read its places for one (~0.3 ms, lat19)."""

    def never(text: str, query: object, *args: object) -> None:
        raise AssertionError(f"read the places of {text!r} for a firm's home the rule first lacks")

    monkeypatch.setattr(Described, "asked", staticmethod(never))
    engine._last_reading = None
    result = engine.search("Which companies' equipment are US federal agencies barred from buying?")
    assert not result.answered and result.alternatives[0].id == "us-other-measures"


def test_a_question_in_another_language_that_asks_no_which_firm_skips_the_firms_home(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only '¿qué empresa británica...?' can describe a firm by its home (which.py): a Spanish
    question about a rule is answered without reading its places for one (~0.5 ms, lat19)."""

    def never(text: str, query: object, *args: object) -> None:
        raise AssertionError(f"read the places of {text!r} for a firm's home no 'which firm' asks")

    monkeypatch.setattr(Described, "asked", staticmethod(never))
    engine._last_reading = None
    result = engine.search(
        "¿Qué prohíbe la Ley de IA de la UE sobre el reconocimiento facial en tiempo real?"
    )
    assert result.answered and result.entry is not None and result.entry.id == "eu-ai-act"


@pytest.mark.parametrize(
    "question",
    [
        "which british firm sold spyware to japan?",
        "which chinese telecom giant supplied cctv to uganda?",
        "which companies are from Israel and sold to Mexico?",
        "the surveillance vendor based in the UK that sold to Bahrain",
        "a UK-based maker of interception gear that sold to Libya",
        "哪家中国公司向乌干达提供了监控摄像头？",
        "¿qué empresa británica vendió spyware a Japón?",  # the home read as typed (postposed)
        "quelles sociétés hexagonales ont vendu des logiciels espions ?",
    ],
)
def test_every_way_of_saying_a_firms_home_is_still_read(engine: SearchEngine, question: str) -> None:
    reading = engine.read(question)  # what the search describes by ('giant': a company)
    query = engine.index.analyse(reading.text, reading.ordinary)
    assert Described.asked(reading.text, query, question, reading.lang, reading.ordinary)[0], reading
    assert Described.says_home(reading.text, question)


def test_a_compound_word_is_split_once() -> None:
    list_asks._split.cache_clear()
    question = ["welche", "überwachungsfirmen"]
    assert list_asks.split_compounds(question) == ["welche", "überwachungs", "firmen"]
    assert list_asks.split_compounds(question) == ["welche", "überwachungs", "firmen"]
    assert list_asks._split.cache_info().hits == 2


def test_a_described_firm_is_answered_on_one_analysis_of_the_question(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[str] = []
    analyse = type(engine.index).analyse

    def counted(self: object, question: str, ordinary: object = None) -> object:
        analysed.append(question)
        return analyse(self, question, ordinary)  # type: ignore[arg-type]

    monkeypatch.setattr(type(engine.index), "analyse", counted)
    engine._last_reading = None  # read afresh, as a new question is
    result = engine.search("which italian spyware maker had its gear in kazakhstan?")
    assert result.answered and result.entry is not None and result.entry.id == "rcs-lab"
    assert len(analysed) == 1, analysed  # the description check reuses the ranking's analysis


def test_the_laws_each_entry_names_are_read_before_any_question(engine: SearchEngine) -> None:
    """'whose export law covers this?' reads each statement's law and its country (~0.5 ms an entry):
    on a small knowledge base read at start, so no member's question waits for it."""
    values = engine._evidence_of._values
    assert values._law_owners.cache_info().currsize == len(engine.index.entries)


# Run in a fresh process, as a start builds the knowledge: every table of bot/kb (a memo of one
# value, one a language or one a name table) the member's questions read must be read by the build.
# A memo of a question's own words (maxsize of 256 and more: its text, stems, compounds) grows with
# every question, and so do the two below, keyed by what the question asks (a town, a language's
# months: microseconds each); any other cache that grows is a table a member waited for.
_QUESTION_MEMOS = {"bot.kb.list_towns._forms", "bot.kb.time_words._passed"}
_FIRST_QUESTIONS = """
import sys
from pathlib import Path
from weakref import WeakKeyDictionary
from bot.kb.check import check_directory
from bot.kb.service import KnowledgeService
service = KnowledgeService.from_entries(check_directory(Path("knowledge")).entries)
def size(table):
    info = getattr(table, "cache_info", None)
    return info().currsize if info else len(table)
tables = {
    f"{name}.{attr}": value
    for name, module in list(sys.modules.items()) if name.startswith("bot.kb")
    for attr, value in vars(module).items()
    if isinstance(value, WeakKeyDictionary) or (
        getattr(value, "__module__", "") == name and (info := getattr(value, "cache_info", None))
        and (info().maxsize is None or info().maxsize < 256)
    )
}
built = {name: size(table) for name, table in tables.items()}
for question in sys.argv[2:]:
    service.search(question)
memos = set(sys.argv[1].split(","))
print(sorted(name for name, table in tables.items() if size(table) > built[name] and name not in memos))
"""


def test_no_member_question_waits_for_a_table_the_build_reads() -> None:
    """The tables are read when the knowledge is built, not by the first question that needs one:
    ~1 ms the words that narrow a set of firms, the Arabic endings of an origin (lat19), ~50 ms a
    language's word list (Romanian: unlisted.py), the firms' owners (list_owned.py)."""
    questions = [
        "Axis Communications china police cameras amnesty",  # a short plural without a list cue
        "ماذا باعت شركة أميسيس الفرنسية لليبيا في عهد القذافي؟",  # an Arabic adjective of origin
        "which companies sold spyware to Mexico?",
        "¿Qué empresas venden tecnología de vigilancia a Siria?",
        "the Tel Aviv firm Google called out",  # a party and a town of two words
        "quelle entreprise de Salzbourg a développé Subzero ?",  # a home town after its noun
        "Which reports by Amnesty or Human Rights Watch on EU export controls do you have?",  # two bodies
        "Guvernul român a folosit Pegasus?",  # a language no reader here reads (unlisted.py)
        "Munich connections",  # a town's firms (list_towns.py)
        "owned by Canon or by Advent?",  # the firms of two owners (list_owned.py)
        "who sold to Mubarak?",  # a ruler's country and years (list_rulers.py)
        "what happened since 2025?",  # every language's since-words (list_dates.py)
    ]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_QUESTIONS, ",".join(sorted(_QUESTION_MEMOS)), *questions],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("¿Qué empresas vendieron tecnología de vigilancia a Siria?", "es"),
        ("Qual empresa vendeu o Pegasus ao México?", "pt"),
        ("Vad innebär catch-all-regeln i artikel 5 för cyberövervakningsprodukter?", "sv"),
        ("Selon Human Rights Watch, l'UE applique-t-elle le règlement sur les biens à double usage ?", "fr"),
    ],
)
def test_a_question_plainly_in_one_language_is_told_without_lingua(
    question: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half its words clearly of one language, more than of any other that qualifies (Spanish's
    'la', 'de' are Portuguese and Italian too): lingua could only agree (~0.3 ms, lat19)."""

    def never() -> None:
        raise AssertionError("asked lingua about a question whose language its words already tell")

    monkeypatch.setattr(detect_module, "detector", never)
    assert detect_module.detect(question) == language
