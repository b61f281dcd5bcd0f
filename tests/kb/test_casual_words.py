"""Members' own English words for the domain (knowledge/casual.yaml): a member who says 'abroad',
'hrw' or 'photos' where the entries say export, Human Rights Watch or images gets the entry, and a
near miss worded the same way is still refused. `kb check` keeps the table to general paraphrases:
terms the entries hold, no names, no numbers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.check import check_directory
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # 'abroad' was a word no entry holds, weighed like a name: refused at 0.20
        ("uk rules for selling surveillance tech abroad", "uk-export-controls"),
        ("what are the uk rules on selling spyware overseas", "uk-export-controls"),
        # Human Rights Watch as members abbreviate it: refused at 0.17
        ("jordan hrw staff hacked?", "case-pegasus-jordan-2024"),
        # the entry says images: refused at 0.52
        ("clearview has how many photos, billions?", "clearview-ai"),
        # session 13 (casual13): words no entry used
        # the takedown's entry says Meta: refused at 0.19, 0.07 and 0.33 (Cobwebs first, rightly)
        ("which spy companies did facebook remove in december 2021", "case-meta-takedown-2021"),
        ("were israeli surveillance firms booted from facebook", "case-meta-takedown-2021"),
        ("why did facebook ban cobwebs", "cobwebs-technologies"),
        # OFAC is the US Treasury's: refused at 0.12 and 0.60
        ("did the us finance ministry put sanctions on a spyware group", "us-ofac-spyware-sanctions"),
        ("finance ministry sanctions predator spyware", "intellexa-cytrox"),
        # the entry says activists were searching the headquarters: refused at 0.50
        (
            "activists raided egypt's security hq and found finfisher papers",
            "case-finfisher-egypt-uk-licensing",
        ),
        (
            "egyptian activists stormed the state security building and found a finfisher offer",
            "case-finfisher-egypt-uk-licensing",
        ),
        # session 14 (casual14): the entries' words for the same thing (bot/kb/vocab.py's groups)
        # the Commission's guidance is, in the entry's words, guidelines: refused at 0.34, 0.19, 0.29
        (
            "what guidance did the commission give exporters of cyber-surveillance items?",
            "eu-recommendation-2024-2659",
        ),
        ("is there eu guidance on due diligence for selling spy tech?", "eu-recommendation-2024-2659"),
        ("commission guidance for cyber surveillance exports, is it binding", "eu-recommendation-2024-2659"),
        # the rule says on human-rights grounds: refused at 0.25, 0.31, 0.21
        ("can the US list a firm on the entity list for human rights reasons", "us-entity-list-human-rights"),
        (
            "what reasons did commerce give for adding companies to the entity list over human rights",
            "us-entity-list-human-rights",
        ),
        (
            "us entity list: can human rights be the reason for listing a company?",
            "us-entity-list-human-rights",
        ),
        # a human rights defender is, in the entries' words, an activist: refused at 0.26, 0.44, 0.37
        ("thai human rights defenders hacked with pegasus, how many", "case-pegasus-thailand-2022"),
        ("a human rights defender from bahrain was hacked with finspy, who?", "case-finfisher-bahrain"),
        ("were human rights defenders in jordan hacked?", "case-pegasus-jordan-2024"),
        # the cases say spyware and text messages: refused at 0.49, 0.50, 0.60 (a fourth row, on Egypt
        # 2023, sits at the threshold: 0.59 to 0.63 from one refit to the next, right entry first)
        ("phone malware against catalan politicians", "case-catalangate-2022"),
        ("the mexican journalists who got pegasus sms links", "case-pegasus-mexico-2017"),
        ("uae activist got sms links in 2016, who sent the malware", "case-ahmed-mansoor"),
    ],
)
def test_a_member_s_own_words_find_the_entry(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("casual", "plain"),
    [
        ("which spy apps did BIS blacklist?", "which spyware did BIS blacklist?"),
        ("Face-Scanning firms on the entity list", "facial recognition firms on the entity list"),
        (
            "did the govt snoop on hrw staff in jordan",
            "did the government surveillance on human rights watch staff in jordan",
        ),
        # session 13 (casual13): words no entry used
        ("did uncle sam blacklist nso", "did US blacklist nso"),
        ("how big was the hacking team dump", "how big was the hacking team leak"),
        ("aristegui son booby-trapped texts", "aristegui son infected texts"),
        ("californian court ruling on nso", "california court ruling on nso"),
        (
            "blue coat devices went to syria via a dubai reseller",
            "blue coat devices went to syria via a dubai distributor",
        ),
        ("which surveillance outfits did fb remove", "which surveillance firms did meta remove"),
        ("cytrox booted off facebook in 2021?", "cytrox removed meta in 2021?"),
        ("google outed a spanish exploit firm", "google exposed a spanish exploit firm"),
    ],
)
def test_a_casual_phrase_reads_as_the_entries_term(engine: SearchEngine, casual: str, plain: str) -> None:
    """Case, hyphens and a plural ending do not matter; what is ranked is the same question."""
    said, meant = engine.search(casual), engine.search(plain)
    assert (said.answered, said.confidence) == (meant.answered, meant.confidence)
    assert [a.id for a in said.alternatives] == [a.id for a in meant.alternatives]


@pytest.mark.parametrize(
    "question",
    [
        # the same words about what no entry holds: another country's rules, an unknown buyer
        "australian rules for selling surveillance tech abroad",
        "which spy apps did the brazilian govt buy",
        "face scanning cameras in kenyan schools",
        "did hrw report on spyware in kazakhstan",
        # session 13 (casual13): words no entry used
        # the same words about what no entry holds
        "did facebook ban any brazilian spyware firms in 2019",
        "which surveillance outfits did tiktok ban",
        "did uncle sam fine clearview in australia",
        "dump of flexispy customer data",
        "booby trapped links sent to chilean reporters",
        "finance ministry of peru bought spyware?",
        "which peruvian reseller sold pegasus",
        "who outed the peruvian spyware broker",
        "police raided a kenyan spyware reseller",
        "live facial recognition by police in brazil",
    ],
)
def test_a_near_miss_in_casual_words_is_still_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_the_shipped_table_passes_kb_check() -> None:
    report = check_directory(Path(__file__).resolve().parents[2] / "knowledge")
    assert not [p for p in report.problems if p.path.name == "casual.yaml"]


def _with_table(tmp_path: Path, table: str) -> list[str]:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(FIXTURES / "valid", knowledge, dirs_exist_ok=True)
    (knowledge / "casual.yaml").write_text(table, encoding="utf-8")
    return [p.message for p in check_directory(knowledge).problems if p.path.name == "casual.yaml"]


def test_kb_check_refuses_rows_that_are_not_general_paraphrases(tmp_path: Path) -> None:
    problems = _with_table(
        tmp_path,
        "terms:\n"
        "  video surveillance: [cctv gear, acme gear]\n"  # a phrase holding a vendor's alias
        "  quantum spyware: [magic app]\n"  # a term no entry holds
        "  acme vision: [ruritania camera maker]\n"  # a term naming a vendor: a fact about it
        "  cameras: [cams, cctv gear, cams in]\n"  # one phrase for two terms
        "  export: [sold in 2019]\n",  # a number
    )
    text = "\n".join(problems)
    assert "phrase 'acme gear' names an entry ('acme')" in text
    assert "term 'quantum spyware' occurs in no entry" in text
    assert "term 'acme vision' names a vendor or case" in text
    assert "phrase 'cctv gear' stands for both 'video surveillance' and 'cameras'" in text
    assert "phrase 'sold in 2019' must not hold a number" in text
    assert len(problems) == 5, problems


def test_kb_check_accepts_a_rule_s_name_as_the_domain_s_term(tmp_path: Path) -> None:
    """'blacklist' -> 'Entity List' is how members word an export rule, not a fact about a firm."""
    assert _with_table(tmp_path, "terms:\n  test export rule: [trial export regulation]\n") == []


def test_kb_check_says_where_a_broken_table_is(tmp_path: Path) -> None:
    assert _with_table(tmp_path, "terms: [spy app\n")[0].startswith("casual table is not valid YAML")
    assert _with_table(tmp_path, "- spy app\n") == ["casual table must be a mapping with a 'terms' mapping"]


def test_live_facial_recognition_is_the_ai_act_s_real_time_identification(engine: SearchEngine) -> None:
    """The AI Act says 'real-time' remote biometric identification; a member says 'live': left
    unexplained, 'live' was what the question seemed to ask besides the Act (gap 0.10)."""
    question = "ai act ban on live facial recognition by police"
    rows = engine.evidence(question)
    first, _, features = rows[0]
    assert engine.index.entries[first].id == "eu-ai-act"
    assert dict(zip(FEATURES, features, strict=True))["gap"] == 0.0
