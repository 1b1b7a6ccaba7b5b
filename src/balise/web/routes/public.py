"""Public awareness pages (no login), each at a French and an English address.

The address decides the language, so a link shared by a caseworker opens in the language it
was copied in; every page links to its counterpart in the other language.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from balise.cases.models import Agency
from balise.web.deps import DbSession, csrf_token, get_context
from balise.web.i18n import translator

router = APIRouter()

HOTLINE = "1-833-900-1010"
"""The Canadian Human Trafficking Hotline (24/7, confidential, multilingual)."""

PAGES: dict[str, tuple[str, str]] = {
    "home": ("/sensibilisation", "/awareness"),
    "signs": ("/signes", "/signs"),
    "recruitment": ("/recrutement", "/recruitment"),
    "help": ("/aide", "/help"),
    "tips": ("/signalement", "/tips"),
}
"""Page name -> (French address, English address)."""


def page_path(name: str, lang: str) -> str:
    """The address of a public page in ``lang``."""
    fr, en = PAGES[name]
    return en if lang == "en" else fr


def render_public(
    request: Request,
    name: str,
    page: str,
    lang: str,
    values: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> Response:
    """Render a public template in ``lang`` (no user, no session language)."""
    context = get_context(request)
    other = "fr" if lang == "en" else "en"
    data: dict[str, Any] = {
        "lang": lang,
        "other_lang": other,
        "t": translator(lang),
        "csrf_token": csrf_token(request),
        "page": page,
        "paths": {p: page_path(p, lang) for p in PAGES},
        "other_path": page_path(page, other),
        "hotline": HOTLINE,
    }
    data.update(values or {})
    return context.templates.TemplateResponse(request, name, data, status_code=status_code)


def _organisations(db: DbSession) -> list[Agency]:
    return list(
        db.execute(select(Agency).where(Agency.kind == "partner").order_by(Agency.name)).scalars()
    )


def _handler(page: str, template: str, lang: str, with_orgs: bool) -> Any:
    def handler(request: Request, db: DbSession) -> Response:
        values = {"organisations": _organisations(db)} if with_orgs else {}
        return render_public(request, f"public/{template}_{lang}.html", page, lang, values)

    return handler


def _add(page: str, template: str, *, with_orgs: bool = False) -> None:
    for lang, path in zip(("fr", "en"), PAGES[page], strict=True):
        router.add_api_route(
            path,
            _handler(page, template, lang, with_orgs),
            methods=["GET"],
            name=f"public-{page}-{lang}",
        )


_add("home", "home")
_add("signs", "signs")
_add("recruitment", "recruitment")
_add("help", "help", with_orgs=True)
