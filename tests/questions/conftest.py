from __future__ import annotations

from tests.dbfixtures import database_url, db  # noqa: F401  (shared per-test database fixtures)
