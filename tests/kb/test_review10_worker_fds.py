"""review10, from the attacker's side of lat6's fork: the search worker is a copy of the bot's
process, so every descriptor the bot had open at the fork (the SQLite file, Discord's gateway
socket) would be the child's too. The child must hold none of them: it could never write to the
database or the gateway, and never keep the database file (or a lock on it) after the bot lets go."""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.kb.worker import SearchWorker
from tests.chat.entries import sample_knowledge

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def targets(pid: int) -> set[str]:
    """What the process's descriptors above stdio point at ("socket:[…]", a file path)."""
    fds = Path(f"/proc/{pid}/fd")
    return {os.readlink(fds / name) for name in os.listdir(fds) if int(name) > 2}


async def test_the_child_keeps_no_descriptor_of_the_bots_database_or_sockets(tmp_path: Path) -> None:
    database = tmp_path / "exportwatch.db"
    connection = sqlite3.connect(database)
    connection.execute("create table t (x)")
    connection.execute("begin immediate")  # a write lock held at the fork, as during a group commit
    connection.execute("insert into t values (1)")
    gateway = socket.create_server(("127.0.0.1", 0))  # stands in for the gateway's socket
    worker = SearchWorker(sample_knowledge())
    try:
        await worker.start()
        assert worker.pid is not None
        await worker.search("who sold cameras?")  # the child is past its start-up
        held = targets(worker.pid)
        assert not any(str(tmp_path) in target for target in held), held
        assert len(held) == 1 and next(iter(held)).startswith("socket:"), held  # its own socket only
        connection.commit()
        other = sqlite3.connect(database, timeout=0)
        other.execute("begin immediate")  # the bot's lock is gone, and no copy of it stayed behind
        other.rollback()
        other.close()
    finally:
        await worker.close()
        gateway.close()
        connection.close()
