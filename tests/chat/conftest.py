"""Discord test fixtures (`discord_env`, `start_bot`, `fake_discord`, `knowledge`) live in
tests/fakediscord/fixtures.py and are registered suite-wide by tests/conftest.py; see the
walk-through at the top of tests/fakediscord/__init__.py.
"""
