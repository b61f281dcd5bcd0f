"""All tables, one module per area; importing this package registers them all on `metadata`.

Migrations compare against `metadata`, so every table module must be imported here.
"""

from sqlmodel import SQLModel

metadata = SQLModel.metadata

__all__ = ["metadata"]
