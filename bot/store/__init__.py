"""Storage: the async engine, the tables, and the Alembic migrations that shape them."""
