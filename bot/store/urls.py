"""DATABASE_URL: which schemes and options work, checked once in the settings, translated once here.

People paste the URL their database host gives them: `postgresql://...?sslmode=require`, or a
SQLite file with `?mode=ro`. The async drivers take different names (asyncpg has `ssl`, not
`sslmode`; SQLite ignores `mode` unless the URL is a `file:` URI), so a pasted option would crash
(`TypeError`) or, worse, be dropped silently. Settings keep the libpq/SQLite names people know (and
pg_dump understands); `engine_args` turns them into what the drivers take. Unknown schemes and
options are refused with one line naming what works, before any driver is imported.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SUPPORTED = "sqlite (sqlite:///path/to/file.db) or postgresql (postgresql://user:password@host:5432/name)"
DRIVERS = {"sqlite": "aiosqlite", "postgresql": "asyncpg"}
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
PG_OPTIONS = (
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "application_name",
    "target_session_attrs",
)
PG_FILES = ("sslrootcert", "sslcert", "sslkey")
SQLITE_OPTIONS = {"mode": ("ro", "rw", "rwc"), "cache": ("shared", "private"), "immutable": ("0", "1")}


def _parse(value: str) -> URL:
    try:
        return make_url(value.strip())
    except ArgumentError:
        raise ValueError(f"not a database URL; use {SUPPORTED}") from None


def normalise(value: str, root: Path | None = None) -> str:
    """The URL with its async driver, checked; `ValueError` (safe to show: no password) otherwise.

    A relative SQLite path is taken from `root` (the project root) so every command, started from
    any folder, uses the same file.
    """
    url = _parse(value)
    backend = {"postgres": "postgresql"}.get(url.get_backend_name(), url.get_backend_name())
    if backend not in DRIVERS:
        raise ValueError(f"scheme {backend!r} is not supported; use {SUPPORTED}")
    driver = url.get_driver_name() if "+" in url.drivername else DRIVERS[backend]
    if driver != DRIVERS[backend]:
        raise ValueError(
            f"driver {driver!r} is not supported; write {backend}:// "
            f"(ExportWatch uses {DRIVERS[backend]}) — supported: {SUPPORTED}"
        )
    url = url.set(drivername=f"{backend}+{driver}")
    query = dict(url.query)
    if backend == "postgresql":
        _check_pg(query)
    else:
        _check_sqlite(query)
        database = url.database or ""
        if root is not None and database and database != ":memory:" and not database.startswith("file:"):
            path = Path(database).expanduser()
            url = url.set(database=str(path if path.is_absolute() else root / path))
    return url.render_as_string(hide_password=False)


def _one(query: dict[str, Any], key: str) -> str:
    value = query[key]
    if isinstance(value, tuple):
        raise ValueError(f"?{key}= is given more than once")
    return str(value)


def _check_pg(query: dict[str, Any]) -> None:
    unknown = sorted(set(query) - set(PG_OPTIONS))
    if unknown:
        raise ValueError(
            f"option {unknown[0]!r} is not supported for PostgreSQL; supported: {', '.join(PG_OPTIONS)}"
        )
    if "sslmode" in query and _one(query, "sslmode") not in SSLMODES:
        raise ValueError(f"sslmode must be one of {', '.join(SSLMODES)}")
    if "connect_timeout" in query:
        seconds = _one(query, "connect_timeout")
        if not seconds.isdigit() or int(seconds) < 1:
            raise ValueError("connect_timeout must be a whole number of seconds, 1 or more")
    for key in PG_FILES:
        if key in query and not Path(_one(query, key)).expanduser().is_file():
            raise ValueError(f"{key}: no such file")


def _check_sqlite(query: dict[str, Any]) -> None:
    for key in query:
        allowed = SQLITE_OPTIONS.get(key)
        if allowed is None:
            raise ValueError(
                f"option {key!r} is not supported for SQLite; supported: {', '.join(SQLITE_OPTIONS)}"
            )
        if _one(query, key) not in allowed:
            raise ValueError(f"{key} must be one of {', '.join(allowed)}")


def engine_args(value: str) -> tuple[URL, dict[str, Any]]:
    """(URL for SQLAlchemy, connect_args for the driver) from a normalised DATABASE_URL."""
    url = make_url(value)
    query = {k: _one(dict(url.query), k) for k in url.query}
    if url.get_backend_name() == "sqlite":
        if not query:
            return url, {}
        # SQLite only honours these as a `file:` URI; without one it silently ignores them.
        database = url.database or ""
        if not database.startswith("file:"):
            database = "file:" + database
        return url.set(database=database, query={**query, "uri": "true"}), {}
    args: dict[str, Any] = {}
    sslmode = query.pop("sslmode", None)
    files = {k: query.pop(k) for k in PG_FILES if k in query}
    if files:
        args["ssl"] = _ssl_context(sslmode or "verify-full", files)
    elif sslmode:
        args["ssl"] = sslmode
    if "connect_timeout" in query:
        args["timeout"] = float(query.pop("connect_timeout"))
    if "application_name" in query:
        args["server_settings"] = {"application_name": query.pop("application_name")}
    if "target_session_attrs" in query:
        args["target_session_attrs"] = query.pop("target_session_attrs")
    return url.set(query={}), args


def _ssl_context(sslmode: str, files: dict[str, str]) -> ssl.SSLContext | str:
    """libpq's meaning of sslmode with certificate files, as an SSLContext asyncpg takes."""
    if sslmode in {"disable", "allow", "prefer"} and "sslcert" not in files:
        return sslmode
    root = files.get("sslrootcert")
    context = ssl.create_default_context(cafile=str(Path(root).expanduser()) if root else None)
    context.check_hostname = sslmode == "verify-full"
    if sslmode == "require" and root is None:
        context.verify_mode = ssl.CERT_NONE
    if "sslcert" in files:
        context.load_cert_chain(
            str(Path(files["sslcert"]).expanduser()),
            str(Path(files["sslkey"]).expanduser()) if "sslkey" in files else None,
        )
    return context


def libpq_url(value: str) -> str:
    """The URL as libpq tools (pg_dump) read it: plain `postgresql://`, the options as given."""
    return make_url(value).set(drivername="postgresql").render_as_string(hide_password=False)


def display(value: str) -> str:
    """The URL to show a person: never the password."""
    try:
        return make_url(value).render_as_string(hide_password=True)
    except ArgumentError:
        return "(an unreadable DATABASE_URL)"
