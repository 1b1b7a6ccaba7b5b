"""Validated settings, read from the environment (prefix ``BALISE_``) and arguments.

There is no module-level instance: build one with ``Settings()`` (or ``Settings(store_dir=...)``)
where the program starts and pass it down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "balise-development-secret-do-not-use-in-production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BALISE_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    store_dir: Path = Field(default=Path("balise-data"), description="embedded store directory")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the application database; default: SQLite in the store",
    )
    secret_key: str = DEV_SECRET
    key_encryption_key: str | None = Field(
        default=None,
        repr=False,  # its length is checked where it is used, so no error message echoes it
        description="encrypts the consortium keys stored in the database, at least 32 "
        "characters (see docs/sharing.md); default: derived from secret_key",
    )
    lang: Literal["fr", "en"] = "fr"
    flag_threshold: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="score at which a lead is flagged; default: the score model's own threshold",
    )
    workers: int = Field(default=0, ge=0, description="extraction processes; 0 = one per core")
    retention_days: int = Field(default=90, ge=1)
    ingest_batch: int = Field(
        default=5_000,
        ge=1,
        description="ads per ingest transaction (an interruption loses at most one)",
    )

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment == "production" and self.secret_key == DEV_SECRET:
            raise ValueError("BALISE_SECRET_KEY must be set to a real secret in production")
        return self

    @property
    def app_database_url(self) -> str:
        """The application database: ``database_url`` or SQLite inside the store."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.store_dir / 'app.sqlite3').resolve()}"
