"""Search behaviour on the shipped knowledge (typos, aliases, vendor+place, rejection, filters)."""

from __future__ import annotations

import jsonschema
import pytest

from bot.kb.filters import Filters
from bot.kb.result import SearchResult
from bot.kb.search import SearchEngine
from bot.kb.text import content_tokens, raw_tokens
from tests.kb.answers import answered, refused

ENTRY_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "id",
        "kind",
        "title",
        "aliases",
        "summary",
        "body",
        "status",
        "countries",
        "technologies",
        "years",
        "last_reviewed",
        "sources",
    ],
    "properties": {
        "id": {"type": "string"},
        "kind": {"enum": ["rule", "vendor", "case"]},
        "title": {"type": "string"},
        "aliases": {"type": "array", "items": {"type": "string"}},
        "summary": {"type": "string"},
        "body": {"type": "string"},
        "status": {"enum": ["established", "alleged", "contested"]},
        "countries": {"type": "array", "items": {"type": "string"}},
        "technologies": {"type": "array", "items": {"type": "string"}},
        "years": {"type": "array", "items": {"type": "integer"}},
        "last_reviewed": {"type": "string"},
        "sources": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["publisher", "title", "label", "date", "circa", "undated", "url"],
                "properties": {
                    "publisher": {"type": "string"},
                    # Exactly one of title (a real headline) and label (a description) is set.
                    "title": {"type": ["string", "null"]},
                    "label": {"type": ["string", "null"]},
                    "date": {"type": ["string", "null"]},  # null only when undated
                    "circa": {"type": "boolean"},
                    "undated": {"type": "boolean"},
                    "url": {"type": ["string", "null"]},
                },
            },
        },
    },
}


def first_id(result: SearchResult) -> str | None:
    """The entry ranked first, answered or offered first among the alternatives: these tests are
    about ranking; whether to answer is the calibrated model's call (test_calibration.py)."""
    if result.entry is not None:
        return result.entry.id
    return result.alternatives[0].id if result.alternatives else None


RESULT_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["question", "answered", "confidence", "entry", "alternatives"],
    "properties": {
        "question": {"type": "string"},
        "answered": {"type": "boolean"},
        "language": {"type": "string", "minLength": 2, "maxLength": 2},
        "english_note": {"type": "boolean"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "entry": {"oneOf": [{"type": "null"}, ENTRY_SCHEMA]},
        "alternatives": {
            "type": "array",
            "maxItems": 5,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "kind", "title", "score"],
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string"},
                    "title": {"type": "string"},
                    "score": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
    },
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hikvison", "hikvision"),
        ("wasenaar arrangement", "wassenaar-arrangement"),
        ("FinSpy", "gamma-finfisher"),
        ("Saito Tech", "candiru"),
        ("morpho shanghai", "case-morpho-shanghai-2015"),
        ("blue coat syria", "case-blue-coat-syria"),
        ("IDEMIA", "idemia"),
    ],
)
def test_names_typos_and_vendor_with_place(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "is palantir on the entity list?",
        # a known miss from knowledge v2 to the monotone trees refitted with blind_v4_tune.yaml:
        # Clearview is a vendor entry and 'entity list' only another entry's name
        "is clearview ai on the entity list?",
        "what's the weather in paris",
        "best pizza recipe",
        "does palantir sell to ICE?",
        "",
        "???",
    ],
)
def test_out_of_scope_gets_no_answer(engine: SearchEngine, question: str) -> None:
    result = refused(engine, question)
    assert result.entry is None


def test_unknown_company_with_known_rule_offers_the_rule_as_suggestion(engine: SearchEngine) -> None:
    result = engine.search("is palantir on the entity list?")
    assert "us-entity-list" in [a.id for a in result.alternatives]


def test_unknown_name_lowers_confidence(engine: SearchEngine) -> None:
    known = engine.search("is hikvision on the entity list").confidence
    unknown = engine.search("is zorblatt on the entity list").confidence
    assert unknown < known


def test_place_the_answer_does_not_explain_refuses_but_a_rule_may_cover_any_destination(
    engine: SearchEngine,
) -> None:
    """A known vendor with a country no entry links it to is a question about something else; a
    rule governs exports to any destination, so a destination it does not name costs it nothing."""
    assert engine.search("cellebrite").answered
    refused(engine, "did sandvine sell to pakistan")
    assert engine.search("cellebrite sales to serbia").answered
    rule = engine.search("is it allowed to sell cyber surveillance items from the eu to egypt")
    assert first_id(rule) == "eu-dual-use-2021-821"


def test_result_json_shape(engine: SearchEngine) -> None:
    for question in ("nso group pegasus", "best pizza recipe"):
        payload = engine.search(question).to_json()
        jsonschema.validate(payload, RESULT_SCHEMA)


def test_filters_restrict_kind_country_year(engine: SearchEngine) -> None:
    result = engine.search("finfisher", Filters(kind="case"))
    assert result.entry is None or result.entry.kind == "case"
    assert all(a.kind == "case" for a in result.alternatives)
    result = engine.search("spyware", Filters(country="Greece"))
    ids = ([result.entry.id] if result.entry else []) + [a.id for a in result.alternatives]
    assert ids and all("Greece" in engine.index.entries[engine.index.by_id[i]].countries for i in ids)
    result = engine.search("pegasus", Filters(year=2017))
    assert all(2017 in engine.index.entries[engine.index.by_id[a.id]].years for a in result.alternatives)


def test_lookup_lists_all_filtered_entries_for_empty_query(engine: SearchEngine) -> None:
    rows, total = engine.lookup("", Filters(kind="vendor"), limit=1000)
    assert total == sum(1 for e in engine.entries if e.kind == "vendor")
    assert [e.title.casefold() for e, _ in rows] == sorted(e.title.casefold() for e, _ in rows)
    page, _ = engine.lookup("", Filters(kind="vendor"), limit=3, offset=3)
    assert [e.id for e, _ in page] == [e.id for e, _ in rows[3:6]]


def test_complete_prefix_and_typo(engine: SearchEngine) -> None:
    assert engine.catalogue.complete("hikv")[0].id == "hikvision"
    assert "candiru" in [e.id for e in engine.catalogue.complete("saito")]
    assert all(e.kind == "case" for e in engine.catalogue.complete("pegasus", kind="case"))
    first = engine.catalogue.complete("")
    assert [e.title.casefold() for e in first] == sorted(e.title.casefold() for e in first)
    assert len(first) == 25


def test_normalisation_folds_member_forms() -> None:
    assert raw_tokens("Art. 5 of Reg 2021/821") == ["article", "5", "of", "regulation", "2021/821"]
    assert content_tokens("IDEMIA’s exporters") == content_tokens("idemia exporter")
    assert raw_tokens("Ségolène") == ["segolene"]


def test_hyphen_compounds_are_joined_on_both_sides() -> None:
    from bot.kb.text import hyphen_compounds, with_compounds

    assert hyphen_compounds("Art 5 catch-all; e-mail and zero-click-exploit") == {
        "catchall",
        "email",
        "zeroclick",
        "clickexploit",
    }
    assert with_compounds(["catch", "all", "clause"], {"catchall"}) == ["catch", "all", "clause", "catchall"]


@pytest.mark.parametrize("question", ["what is the catch all clause", "catchall rule", "catch-all clause"])
def test_compound_spellings_reach_the_hyphenated_alias(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-2021-821")


def test_inflected_penalty_word_finds_the_case_recording_a_settlement(engine: SearchEngine) -> None:
    """'fines' is listed nowhere; it meets 'penalty' / 'settle' through the stemmed synonym group.
    Asked of the distributor that settled: asked of Blue Coat itself, the only fine on record is
    Computerlinks' and the question is refused (`unsettled`, tests/kb/test_outcomes_asked.py)."""
    result = engine.search("are there any fines for computerlinks")
    assert result.answered and first_id(result) in {"computerlinks", "case-blue-coat-syria"}


def test_legality_word_cues_the_rule_over_a_vendor(engine: SearchEngine) -> None:
    assert first_id(engine.search("is selling spyware illegal in the uk")) == "uk-export-controls"


def test_names_spelt_by_ear_and_numbers_typed_backwards_are_named(engine: SearchEngine) -> None:
    """A transliterated or misheard name ('Morfo', 'Vastek') and a regulation number typed
    number-first ('821/2021') still name their entry, so the member gets an answer."""
    for question, expected in (
        ("Morfo shanghai police face recognition 2015", "case-morpho-shanghai-2015"),
        ("Vastek 40 million minutes", "vastech"),
        ("reg 821/2021 article 5", "eu-dual-use-2021-821"),
    ):
        answered(engine, question, expected)


def test_a_long_story_is_read_through_its_question(engine: SearchEngine) -> None:
    """Names in the story must not pull the answer away from what the last sentence asks."""
    question = (
        "My cousin works for a camera installer and keeps telling me about Hikvision and Dahua deals, "
        "and last week she also mentioned some Italian firm. Anyway, what I really want to know is: "
        "what did the Pegasus Project reveal in 2021?"
    )
    assert first_id(engine.search(question)) in {"case-pegasus-project-2021", "nso-group"}


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Colleagues say the government used hacking tools against people like us. Who sold them?", False),
        ("A lawyer told us the Commerce Department listed a police supplier. When was that?", False),
        ("which chinese camera makers got sanctioned by the us and why", True),
        ("can us federal agencies buy hikvision cameras", True),
        ("Our lawyer told us about the US Entity List", True),
    ],
)
def test_us_the_pronoun_is_not_the_united_states(engine: SearchEngine, question: str, country: bool) -> None:
    """A member's 'people like us' is not a place the answer must explain; 'the us', 'US' are."""
    query = engine.index.analyse(question)
    assert ("us" in query.country) is country
