"""The App and its clock for the question-log tests that ask through the App (weekly.py); a module
with its own `clock` (test_question_log.py) keeps it."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.settings import Settings
from tests.chat.entries import sample_knowledge
from tests.questions.weekly import ASKED


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(ASKED)


@pytest.fixture
def app(db, clock) -> App:
    return App(settings=Settings(_env_file=None), kb=sample_knowledge(), db=db, clock=clock)
