"""The FastAPI application factory."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from itsdangerous import URLSafeTimedSerializer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from balise.cases.service import NotFound
from balise.settings import Settings
from balise.store.appdb import make_engine, make_sessionmaker, upgrade
from balise.web.deps import AppContext, LoginRequired, Renderer
from balise.web.routes import admin, api, auth, cases, leads, partner, public, tips
from balise.web.routes import audit as audit_routes
from balise.web.routes import share as share_routes

HERE = Path(__file__).parent
SESSION_MAX_AGE = 8 * 3600


def create_app(settings: Settings) -> FastAPI:
    """Build the app on ``settings``: migrate the database, mount pages, API and static files.

    The session cookie is signed with ``settings.secret_key`` and marked ``Secure`` outside
    development and tests (Settings refuses the default secret in production).
    """
    engine = make_engine(settings.app_database_url)
    upgrade(engine)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    context = AppContext(
        settings=settings,
        sessions=make_sessionmaker(engine),
        templates=templates,
        tokens=URLSafeTimedSerializer(settings.secret_key, salt="balise-api-token"),
    )
    app = FastAPI(
        title="Balise API",
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
    )
    app.state.context = context
    app.state.engine = engine
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie="balise_session",
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=settings.environment == "production",
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in (
        auth.router,
        leads.router,
        cases.router,
        partner.router,
        admin.router,
        audit_routes.router,
        public.router,
        tips.router,
        share_routes.router,
    ):
        app.include_router(router, include_in_schema=False)
    app.include_router(api.router)
    app.include_router(tips.api_router)
    app.include_router(share_routes.api_router)
    app.state.tip_limiter = tips.RateLimiter(limit=5, window=600)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self'; frame-ancestors 'none'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={exc.next_url}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, context, 404)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return _error(request, context, exc.status_code)

    return app


def _error(request: Request, context: AppContext, status: int) -> Response:
    key = {404: "error.not_found", 403: "error.forbidden"}.get(status, "error.bad_request")
    render = Renderer(request, context)
    return render("error.html", {"message_key": key, "status": status}, status_code=status)


def create_app_from_environment() -> FastAPI:
    """``create_app(Settings())``: the factory uvicorn's worker processes call."""
    return create_app(Settings())


def run_server(
    settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1
) -> None:
    """Serve the app with uvicorn (``balise serve``).

    With ``workers`` > 1, uvicorn starts that many processes (Python pages are CPU-bound, one
    process uses one core); they rebuild the settings from ``BALISE_*`` variables, so this
    function exports ``settings`` there first, and migrates the database once beforehand.
    """
    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    upgrade(make_engine(settings.app_database_url))
    for name, value in settings.model_dump().items():
        if value is not None:
            os.environ[f"BALISE_{name.upper()}"] = str(value)
    if settings.database_url is None:
        os.environ.pop("BALISE_DATABASE_URL", None)
    uvicorn.run(
        "balise.web.app:create_app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
    )
