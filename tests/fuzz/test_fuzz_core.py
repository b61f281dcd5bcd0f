"""Property-based input through the core: hostile text never raises anything but a polite,
user-facing error (bot.errors.UserFacingError), and what is filed is what the member typed."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import App
from bot.cli.console.search import parse_search
from bot.cli.console.session import Console
from bot.errors import UserFacingError
from bot.kb.filters import Filters
from bot.kb.model import KINDS
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.store.tables.tips import Tip
from bot.summary.period import parse_week
from bot.tips.intake import LIMITS
from bot.tips.model import Reporter, TipForm
from bot.tips.receipts import normalise_receipt
from bot.tips.service import TipService
from tests.fuzz.strategies import hostile_text

KB_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "kb" / "valid"
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
kinds = st.sampled_from([None, *KINDS])


@pytest.fixture(scope="module")
def kb() -> KnowledgeService:
    import asyncio

    return asyncio.run(KnowledgeService.load(KB_DIR))


@FAST
@given(text=hostile_text, kind=kinds)
def test_knowledge_queries_never_raise(kb: KnowledgeService, text: str, kind: str | None) -> None:
    result = kb.search(text, Filters(kind=kind))
    assert 0.0 <= float(result.confidence or 0.0) <= 1.0 + 1e-9
    assert len(kb.complete(text, kind=kind)) <= 25
    assert len(kb.lookup(text, Filters(kind=kind))) <= 5
    kb.search("spyware", Filters(country=text, technology=text))


@FAST
@given(text=hostile_text)
def test_parsers_refuse_politely(text: str) -> None:
    for parse in (parse_week, normalise_receipt, parse_search):
        try:
            parse(text, "UTC") if parse is parse_week else parse(text)  # type: ignore[operator]
        except UserFacingError as err:
            assert str(err)


def _fitting(name: str) -> st.SearchStrategy[str]:
    """Hostile text cut to what Discord's modal lets through for the field."""
    return hostile_text.map(lambda s: s[: LIMITS[name]])


# Forms a member could submit, made of hostile text: each must be stored as typed. Forms hostile in
# every field: each is stored as typed or refused politely.
valid_what = hostile_text.map(lambda s: ("Interception kit delivered to the police: " + s)[: LIMITS["what"]])
valid_form = st.builds(
    TipForm,
    what=valid_what,
    vendor=_fitting("vendor"),
    country=_fitting("country"),
    when=_fitting("when"),
    source=st.sampled_from(["", "https://news.example.org/acme", "http://example.org/a?b=c#d"]),
    extra=_fitting("extra"),
)
hostile_form = st.builds(TipForm, *(hostile_text for _ in range(6)))


async def _file_and_check(url: str, form: TipForm, anonymous: bool, outcomes: dict[str, int]) -> None:
    db = await open_database(url, run_migrations=False)
    try:
        lenient = Settings(_env_file=None, tip_cooldown_seconds=0, tip_max_open_per_member=0)  # type: ignore[call-arg]
        service = TipService(db, lenient)
        try:
            filed = await service.file_tip(form, reporter=Reporter(42), anonymous=anonymous)
        except UserFacingError as err:
            assert str(err)
            outcomes["refused"] += 1
            return
        async with db.sessions() as session:
            tip = await session.get(Tip, filed.id)
        assert tip is not None
        assert tip.what == form.cleaned().what  # stored as typed; rendering escapes it, storage does not
        assert tip.reporter_id == (None if anonymous else 42)
        outcomes["stored"] += 1
    finally:
        await db.dispose()


@pytest.mark.parametrize(
    ("forms", "may_refuse"),
    [
        # A form within the modal's limits is filed as typed whatever its text: losing a tip is the
        # harm. Every example must be stored (a bot refusing everything fails).
        pytest.param(valid_form, False, id="a-form-a-member-could-send-is-always-filed"),
        # Hostile text in every field (over-long, empty, control characters) is filed as typed or
        # refused with a polite message, never a traceback. The mix is hypothesis's: not asserted.
        pytest.param(hostile_form, True, id="a-hostile-form-is-filed-or-refused-politely"),
    ],
)
def test_tip_intake_files_as_typed_or_refuses_politely(
    database_url: str, forms: st.SearchStrategy[TipForm], may_refuse: bool
) -> None:
    """Each example's storage is checked as it is filed (`_file_and_check`), so the counts only say
    how many examples ran and, for forms a member could send, that none was refused."""
    asyncio.run(_migrate(database_url))
    outcomes = {"stored": 0, "refused": 0}

    @SLOW
    @given(form=forms, anonymous=st.booleans())
    def one(form: TipForm, anonymous: bool) -> None:
        asyncio.run(_file_and_check(database_url, form, anonymous, outcomes))

    one()
    if not may_refuse:
        assert outcomes["refused"] == 0, outcomes
    assert outcomes["stored"] + outcomes["refused"] >= 20, outcomes


async def _migrate(url: str) -> None:
    await (await open_database(url)).dispose()


@SLOW
@given(
    line=hostile_text.map(lambda s: s.replace("\n", " ")),
    command=st.sampled_from(
        ["", "/ask ", "/search ", "/vendor ", "/rule ", "/case ", "/open ", "/rate ", "/more", "/nonsense "]
    ),
)
async def test_console_lines_never_crash(db: Database, kb: KnowledgeService, line: str, command: str) -> None:
    out = io.StringIO()
    app = App(settings=Settings(_env_file=None), kb=kb, db=db)  # type: ignore[call-arg]
    console = Console(app, out)
    try:
        assert await console.handle(command + line) in (True, False)
    except UserFacingError as err:
        assert str(err)
