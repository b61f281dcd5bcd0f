"""Every renderer stays within every Discord limit for any input the core accepts.

The limits are checked by the same code the loopback Discord uses to refuse a request
(tests/fakediscord/rules.py and the OpenAPI schema's per-field maximums), so a renderer that
passes here is one Discord would accept: titles, descriptions, field names and values, footers,
authors, at most 25 fields, no empty field, the 6000-character total, and 2000-character content.
Inputs are hostile text (Markdown, mentions, zero-width and bidi characters) within the limits the
core enforces (bot/tips/intake.py LIMITS, REASON_MAX, QUESTION_MAX; knowledge entries as pydantic
accepts them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.errors import MESSAGE_MAX
from bot.chat.render import (
    SearchPage,
    entry_embed,
    entry_page_embed,
    entry_pages,
    list_embed,
    no_answer_embed,
    not_found_embed,
    question_line,
    search_embed,
    shorten,
)
from bot.chat.render.summary import summary_embed
from bot.chat.render.tips import preview_embed, queue_text, review_embed, status_text
from bot.i18n import LANGUAGES, pgettext, use_locale
from bot.kb.list_select import MAX_ITEMS
from bot.kb.model import Entry, Source
from bot.questions.service import ASK_MAX
from bot.summary.model import (
    Count,
    GapGroup,
    KnowledgeFigures,
    OldestOpen,
    QuestionFigures,
    TipFigures,
    WeeklySummary,
)
from bot.tips.intake import LIMITS, QUESTION_MAX, REASON_MAX, REPLY_MAX
from bot.tips.model import MessageView, ReceiptStatus, TipForm, TipView
from tests.fakediscord.rules import CONTENT_MAX, message_refusals
from tests.fuzz.profile import DEEP, EXAMPLES
from tests.fuzz.strategies import hostile_text, within

# The quick profile in CI; FUZZ_PROFILE=deep (FUZZ_EXAMPLES, default 1000) for a long run.
PROPERTY = settings(
    max_examples=EXAMPLES if DEEP else 30, deadline=None, suppress_health_check=list(HealthCheck)
)
PER_FIELD = {"title": 256, "description": 4096, "footer": 2048, "author": 256}


def assert_within_discord(*embeds: discord.Embed, content: str = "") -> None:
    dicts = [e.to_dict() for e in embeds]
    for data in dicts:
        assert len(data.get("title") or "") <= PER_FIELD["title"]
        assert len(data.get("description") or "") <= PER_FIELD["description"]
        assert len((data.get("footer") or {}).get("text") or "") <= PER_FIELD["footer"]
        assert len((data.get("author") or {}).get("name") or "") <= PER_FIELD["author"]
        fields = data.get("fields") or []
        assert len(fields) <= 25
        for field in fields:
            assert 0 < len(field["name"]) <= 256 and 0 < len(field["value"]) <= 1024, field
    body: dict[str, Any] = {"embeds": dicts, "content": content}
    refusals = message_refusals(body, new=True, has_files=False)
    assert refusals == [], [r.message for r in refusals]


def nonblank(limit: int) -> st.SearchStrategy[str]:
    return stored(limit).filter(lambda s: s != "")


def stored(limit: int) -> st.SearchStrategy[str]:
    """Text as the core stores it: within the limit, stripped (TipForm.cleaned, check_text)."""
    return within(limit).map(str.strip)


moment = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC)
)


@st.composite
def tips(draw: st.DrawFn) -> TipView:
    anonymous = draw(st.booleans())
    return TipView(
        id=draw(st.integers(1, 99_999)),
        public_id=f"TIP-{draw(st.integers(1, 99_999)):04d}",
        status=draw(
            st.sampled_from(["new", "claimed", "needs_info", "accepted", "rejected", "duplicate", "void"])
        ),
        created_at=draw(moment),
        updated_at=draw(moment),
        what=draw(nonblank(LIMITS["what"])),
        vendor=draw(stored(LIMITS["vendor"])),
        country=draw(stored(LIMITS["country"])),
        when=draw(stored(LIMITS["when"])),
        source=draw(stored(LIMITS["source"])),
        extra=draw(stored(LIMITS["extra"])),
        anonymous=anonymous,
        reporter_id=None if anonymous else draw(st.none() | st.integers(1, 2**63 - 1)),
        claimed_by=draw(st.none() | st.integers(1, 2**63 - 1)),
        duplicate_of=None,
        possible_duplicates=draw(stored(2000)),
        reason=draw(stored(max(REASON_MAX, QUESTION_MAX))),
        review_message_id=None,
        unanswered_question=draw(st.booleans()),
    )


@PROPERTY
@given(tip=tips())
def test_review_card_fits_for_any_tip(tip: TipView) -> None:
    assert_within_discord(review_embed(tip))


@PROPERTY
@given(
    form=st.builds(
        TipForm,
        what=nonblank(LIMITS["what"]),
        vendor=within(LIMITS["vendor"]),
        country=within(LIMITS["country"]),
        when=within(LIMITS["when"]),
        source=within(LIMITS["source"]),
        extra=within(LIMITS["extra"]),
    )
)
def test_tip_preview_fits_for_any_form(form: TipForm) -> None:
    assert_within_discord(preview_embed(form.cleaned()))


@PROPERTY
@given(queue=st.lists(tips(), max_size=60), status=st.data())
def test_texts_for_tipsters_and_moderators_fit(queue: list[TipView], status: st.DataObject) -> None:
    # /triage queue cuts at 2000 itself (cogs/triage.py); the text must survive that cut.
    assert len(queue_text(queue)[:CONTENT_MAX]) <= CONTENT_MAX
    messages = status.draw(
        st.lists(
            st.builds(
                MessageView,
                at=moment,
                direction=st.sampled_from(["to_tipster", "from_tipster"]),
                author_id=st.none(),
                body=nonblank(max(QUESTION_MAX, REPLY_MAX)),
            ),
            max_size=30,
        )
    )
    receipt = ReceiptStatus("TIP-0001", "new", "received", messages, status.draw(st.booleans()))
    assert len(status_text(receipt)) <= CONTENT_MAX


source = st.builds(
    Source,
    publisher=nonblank(300),
    title=nonblank(500),
    date=st.just("2024-05-01"),
    url=st.none() | st.just("https://example.org/report"),
)


languages = st.sampled_from(LANGUAGES)
# Review dates as entries may write them: a day, a month or a year (the longest written date differs).
review_dates = st.sampled_from(["2026-11-26", "2026-09-30", "2026-05", "2025", "2024-02-29"])


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    return Entry(
        id=draw(st.from_regex(r"[a-z][a-z0-9]{0,20}(-[a-z0-9]{1,10}){0,3}", fullmatch=True)),
        kind=draw(st.sampled_from(["rule", "vendor", "case"])),
        title=draw(nonblank(400)),
        aliases=draw(st.lists(nonblank(100), max_size=3)),
        summary=draw(nonblank(2000)),
        body=draw(st.one_of(hostile_text, within(8000))),
        status=draw(st.sampled_from(["established", "alleged", "contested"])),
        countries=draw(st.lists(nonblank(60), max_size=3)),
        technologies=draw(st.lists(nonblank(60), max_size=3)),
        years=draw(st.lists(st.integers(1990, 2030), max_size=3)),
        sources=draw(st.lists(source, max_size=6)),
        last_reviewed="2026-11-26",
    )


@PROPERTY
@given(
    entry=entries(),
    related=st.lists(entries(), max_size=6),
    language=languages,
    reviewed=review_dates,
)
def test_entry_card_and_pages_fit_for_any_entry(
    entry: Entry, related: list[Entry], language: str, reviewed: str
) -> None:
    # In every language: the frame (badge, "Sources", review date, notes) grows with the translation.
    entry = entry.model_copy(update={"last_reviewed": reviewed})
    with use_locale(language):
        assert_within_discord(entry_embed(entry, related=related, english_note=True))
        pages = entry_pages(entry)
        for page in range(1, min(len(pages), 3) + 1):
            assert_within_discord(entry_page_embed(entry, page, pages))


@PROPERTY
@given(
    question=nonblank(500),
    alternatives=st.lists(entries(), max_size=MAX_ITEMS),  # a list answer holds up to MAX_ITEMS
    query=within(200),
    filters=st.dictionaries(st.sampled_from(["kind", "country", "technology", "year"]), within(60)),
    total=st.integers(0, 10_000),
    language=languages,
)
def test_answers_lookups_and_search_pages_fit(
    question: str, alternatives: list[Entry], query: str, filters: dict[str, str], total: int, language: str
) -> None:
    with use_locale(language):
        assert_within_discord(no_answer_embed(alternatives), content=question_line(question))
        assert_within_discord(
            list_embed(question, alternatives, english_note=True), content=question_line(question)
        )
        assert_within_discord(not_found_embed("vendor", question[:100], alternatives[:5]))
        page = SearchPage(query, filters, alternatives[:5], 1, max(1, -(-total // 5)), total)
        assert_within_discord(search_embed(page))


@PROPERTY
@given(message=st.one_of(hostile_text, within(20_000)))
def test_any_error_message_fits_one_reply(message: str) -> None:
    # report_error shortens every message (a core error may quote the member's input) to this.
    text = shorten(message, MESSAGE_MAX)
    assert len(text) <= CONTENT_MAX


def largest_summary() -> WeeklySummary:
    """The longest weekly summary the core can hand over: every list full of labels at the intake
    limits made of Markdown characters (escaping doubles them), gap questions at /ask's limit, and
    figures far beyond any real week."""
    now = datetime(2026, 11, 23, 8, tzinfo=UTC)
    big = 10**9

    def counts(prefix: str, limit: int) -> list[Count]:
        return [Count(f"{prefix}{i}" + "*_" * (limit // 2 - 1), big) for i in range(8)]

    return WeeklySummary(
        week="2026-W47",
        timezone="America/Argentina/ComodRivadavia",
        days=[date(2026, 11, 16) + timedelta(days=d) for d in range(7)],
        start=now,
        end=now,
        generated_at=now,
        tips=TipFigures(
            opened=big,
            closed=big,
            backlog=big,
            median_first_action_hours=99_999.5,
            median_decision_hours=99_999.5,
            oldest_open=OldestOpen(99_999_999, now, 99_999.5),
            by_status=[Count(s, big, trusted=True) for s in ("new", "claimed", "needs_info", "accepted")],
            by_vendor=counts("v", LIMITS["vendor"]),
            by_country=counts("c", LIMITS["country"]),
            by_technology=counts("t", LIMITS["technology"]),
        ),
        questions=QuestionFigures(
            asked=big,
            answered=big,
            helpful=big,
            not_helpful=big,
            top_entries=[Count("e" * 256, big) for _ in range(8)],
            gaps=[GapGroup("*" * ASK_MAX, big) for _ in range(5)],
        ),
        knowledge=KnowledgeFigures(total=big),
    )


def test_the_largest_weekly_summary_fits_in_every_language() -> None:
    """Some languages' longer words push it past the 6,000 total: the least important fields go,
    the week's tip figures and the knowledge base line stay."""
    summary = largest_summary()
    for language in LANGUAGES:
        with use_locale(language):
            embed = summary_embed(summary, "chart-2026-W47.png")
            assert_within_discord(embed)
            names = [f.name for f in embed.fields]
            assert names[:3] == [
                pgettext("embed field name", "Tips"),
                pgettext("embed field name", "Backlog"),
                pgettext("embed field name", "Triage (median)"),
            ]
            assert names[-1] == pgettext("embed field name", "Knowledge base")
