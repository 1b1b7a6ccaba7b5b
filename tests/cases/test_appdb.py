"""The application database: migrations to head, seeded agencies, upgrade is repeatable."""

from __future__ import annotations

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from balise.cases.models import Agency
from balise.store.appdb import MIGRATIONS_DIR, upgrade


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    (head,) = ScriptDirectory.from_config(config).get_heads()
    return str(head)


def test_police_agencies_exist_from_the_start(engine: Engine) -> None:
    with Session(engine) as s:
        police = dict(
            s.execute(select(Agency.id, Agency.jurisdiction).where(Agency.kind == "police")).all()
        )
    assert police == {"spvm": "montreal", "spl": "laval", "spal": "longueuil"}


def test_upgrade_again_is_a_no_op_at_head(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        agencies = conn.execute(text("SELECT count(*) FROM agencies WHERE kind = 'police'"))
        assert agencies.scalar_one() == 3
    assert versions == [_head()]  # one head: the migration chain never forks
