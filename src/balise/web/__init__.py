"""The analyst web application: server-rendered pages and a JSON API under ``/api/v1``."""

from __future__ import annotations

from balise.web.app import create_app, run_server

__all__ = ["create_app", "run_server"]
