"""Flask extension singletons, initialised by `create_app` (kept apart to avoid import cycles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Explicit constraint names: Alembic needs them to drop constraints (and SQLite batch mode to rebuild tables).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()

# Models subclass `Model`. At run time it is Flask-SQLAlchemy's `db.Model` (table names, session binding); for
# type checkers, which cannot see through `db.Model`, it is the typed declarative `Base` it is built from.
if TYPE_CHECKING:
    Model = Base
else:
    Model = db.Model
