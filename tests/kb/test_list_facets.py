"""List facets as members mean them: where companies come from vs where their gear went, Europe and its
member states, who was targeted and who documented it, in the campaign's languages; and the questions
that only look like lists (a story, "that case", a question about one case) keep their single answer."""

from __future__ import annotations

import pytest

from bot.kb.place_names import words_of
from bot.kb.places import places
from tests.kb.listing import ranked
from tests.support.entries import kb_entry

ENTRIES = [
    kb_entry(
        "romacam",
        "vendor",
        ["Italy", "Egypt"],
        ["video surveillance"],
        [2019],
        "Romacam SpA",
        "Italian camera maker that sold a city system to Egypt.",
    ),
    kb_entry(
        "veneto-intercept",
        "vendor",
        ["Italy", "Libya"],
        ["interception"],
        [2011],
        "Veneto Intercept Srl",
        "Italian interception vendor that supplied Libya.",
    ),
    kb_entry(
        "alpspy",
        "vendor",
        ["Switzerland", "Greece"],
        ["spyware"],
        [2021],
        "Alpspy AG",
        "Swiss spyware firm; Citizen Lab found its tools on phones in Greece.",
    ),
    kb_entry(
        "nilewatch",
        "vendor",
        ["Egypt"],
        ["interception"],
        [2020],
        "Nilewatch",
        "Egyptian integrator of interception gear.",
    ),
    kb_entry(
        "kingfisher",
        "vendor",
        ["United Kingdom"],
        ["spyware"],
        [2012],
        "KFS Kingfisher Systems",
        "British spyware maker.",
        ["Kingfisher"],
    ),
    kb_entry(
        "case-athens-journalists",
        "case",
        ["Greece", "Switzerland"],
        ["spyware"],
        [2022],
        "Athens: Alpspy on reporters' phones (2022)",
        "According to Citizen Lab, Alpspy spyware was found on two journalists' phones in Athens.",
    ),
    kb_entry(
        "case-kingfisher-cairo",
        "case",
        ["Egypt", "United Kingdom"],
        ["spyware"],
        [2011],
        "Kingfisher offer to Cairo (2011)",
        "Protesters found a Kingfisher spyware offer in a Cairo security building.",
    ).model_copy(update={"related": ["kingfisher"]}),
    kb_entry(
        "case-rome-newsroom",
        "case",
        ["Italy"],
        ["interception"],
        [2023],
        "Rome newsroom wiretaps (2023)",
        "Veneto Intercept gear was used to wiretap a newsroom's journalists in Rome.",
    ),
    kb_entry(
        "case-santiago-cameras",
        "case",
        ["Chile", "Italy"],
        ["video surveillance"],
        [2020],
        "Romacam cameras in Santiago (2020)",
        "Romacam cameras were installed across Santiago.",
    ),
    kb_entry(
        "eu-rule",
        "rule",
        ["European Union"],
        ["export controls", "spyware"],
        [2021],
        "EU export rule",
        "The Union's rule on exports of cyber-surveillance items.",
    ),
    kb_entry(
        "eu-guidance",
        "rule",
        ["European Union"],
        ["export controls"],
        [2024],
        "EU guidance on export due diligence",
        "The Commission's guidance to exporters.",
    ),
    kb_entry(
        "french-decree",
        "rule",
        ["France"],
        ["export controls"],
        [2019],
        "French export decree",
        "France's national decree on export licences.",
    ),
    kb_entry(
        "blocklist",
        "rule",
        ["United States"],
        ["export controls"],
        [2021],
        "The Blocklist (US trade blacklist)",
        "US list of firms barred from buying American technology, including Alpspy and Nilewatch.",
        ["Blocklist"],
    ).model_copy(update={"related": ["alpspy", "nilewatch"]}),
]


def test_based_in_a_list_of_places_means_home_for_each(service) -> None:
    # Alpspy's tools turned up in Greece, Nilewatch is Egyptian: both homes are asked for.
    assert set(ranked(service, "Which vendors are based in Switzerland, the UK or Egypt?")) == {
        "alpspy",
        "kingfisher",
        "nilewatch",
    }
    assert set(ranked(service, "Which Italy-based vendors do you have?")) == {"romacam", "veneto-intercept"}


def test_a_demonym_that_is_not_the_companies_names_where_the_gear_went(service) -> None:
    # "Egyptian police" is the customer, "Italian companies" the sellers: not Egyptian Nilewatch.
    got = set(ranked(service, "Which Italian companies sold to Egyptian or Libyan police?"))
    assert got == {"romacam", "veneto-intercept"}


def test_a_case_there_that_names_a_vendor_puts_it_on_a_sold_to_list(service) -> None:
    # Kingfisher's own countries do not say Egypt; the Cairo case that links to it and names it does.
    # The Blocklist links to Nilewatch and Alpspy, but a rule is no sale: Alpspy stays off; Nilewatch
    # is Egyptian, and a company's home is no sale either.
    assert set(ranked(service, "Which companies sold surveillance technology to Egypt?")) == {
        "kingfisher",
        "case-kingfisher-cairo",
        "romacam",
    }


def test_european_companies_are_those_of_member_states_but_eu_rules_are_the_unions(service) -> None:
    assert set(ranked(service, "Which European companies do you have?")) == {"romacam", "veneto-intercept"}
    # France is a member state, but its own decree is not an "EU rule".
    assert set(ranked(service, "Which EU rules do you have?")) == {"eu-rule", "eu-guidance"}


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Jakie firmy sprzedały sprzęt do Egiptu?", "Egypt"),
        ("Какие компании продавали технологии в Сирию?", "Syria"),
        ("Jakie zasady obowiązują w Wielkiej Brytanii?", "United Kingdom"),
        ("Hangi şirketler Mısır'a sattı?", "Egypt"),
    ],
)
def test_inflected_country_names_are_read(question, country) -> None:
    where, homes = places(words_of(question), question, frozenset())
    assert country in where | homes


def test_an_everyday_english_word_is_not_an_inflected_country() -> None:
    question = "which cases involve child labour or children"
    assert places(words_of(question), question, frozenset()) == (set(), set())


@pytest.mark.parametrize(
    "question",
    [
        "Which cases involve journalists?",
        "Welche Fälle betreffen Journalisten?",
        "Quels cas concernent des journalistes ?",
        "ما هي القضايا التي استهدفت الصحفيين؟",
    ],
)
def test_who_was_targeted_narrows_a_list_in_any_language(service, question) -> None:
    # Only these two cases' summaries say journalists; the Cairo case is about protesters.
    assert set(ranked(service, question)) == {"case-athens-journalists", "case-rome-newsroom"}


def test_who_documented_it_narrows_a_list(service) -> None:
    assert set(ranked(service, "Which entries mention Citizen Lab findings?")) == {
        "alpspy",
        "case-athens-journalists",
    }


def test_glossary_terms_name_the_technology_in_other_languages(service) -> None:
    want = {"alpspy", "kingfisher"}
    assert set(ranked(service, "Quelles entreprises vendent des logiciels espions ?")) == want
    assert set(ranked(service, "Welche Firmen verkaufen Spionagesoftware?")) == want


def test_a_named_rule_follows_the_firms_it_holds(service) -> None:
    # companies were asked for: they come first, the list that holds them after (lists13)
    assert ranked(service, "Which companies are on the Blocklist?") == ["alpspy", "nilewatch", "blocklist"]


@pytest.mark.parametrize(
    "question",
    [
        # A story with its question at the end is about the one thing the member has in mind.
        "A friend told me about a Swiss firm whose spyware turned up on the phones of reporters in "
        "Athens, and the local press wrote about it for weeks, with names of ministers and officials. "
        "I keep confusing it with other stories. Which companies were involved, and what happened next?",
        "Which vendors were involved in that case?",
        "Which companies were behind the Athens: Alpspy on reporters' phones case?",
    ],
)
def test_questions_about_one_thing_keep_their_single_answer(service, question) -> None:
    assert ranked(service, question) == []


def test_a_huge_question_is_refused_as_a_list_quickly(service) -> None:
    # An attacker pasting a book: it is a story, not a list, and facet parsing never runs over it.
    assert ranked(service, "which companies sold to Egypt " * 5000) == []


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Which cases happened in 2022 or later?", {"case-athens-journalists", "case-rome-newsroom"}),
        ("Welche Fälle gab es 2022 oder später?", {"case-athens-journalists", "case-rome-newsroom"}),
        ("Which cases happened in 2020 or earlier?", {"case-kingfisher-cairo", "case-santiago-cameras"}),
        (
            "Which spyware or phone hacking cases do you have?",
            {"case-athens-journalists", "case-kingfisher-cairo"},
        ),
    ],
)
def test_open_periods_and_a_cue_a_few_words_before_its_noun(service, question, want) -> None:
    got = service.search(question)
    ids = {e.id for e in got.items} or ({got.entry.id} if got.entry is not None else set())
    assert ids == want


@pytest.mark.parametrize(
    "question",
    [
        "Какие итальянские компании у вас есть?",
        "ما هي الشركات الإيطالية لديكم؟",
        "Hangi İtalyan şirketleri var?",
        "Hangi İtalya şirketleri var?",  # a country's name before the companies: their home
        "Quais empresas italianas vocês têm?",
        "哪些意大利公司？",
    ],
)
def test_where_companies_come_from_in_other_scripts_and_word_orders(service, question) -> None:
    # Both Italian firms: not Swiss Alpspy, Egyptian Nilewatch or British Kingfisher.
    assert set(ranked(service, question)) == {"romacam", "veneto-intercept"}
