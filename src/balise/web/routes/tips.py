"""The anonymous tip line: the public form (``/signalement``, ``/tips``), its JSON twin
(``POST /api/v1/tips``) and the analysts' tips queue (``/queue/tips``).

Nothing about the client is stored or logged here. The rate limit keeps, in memory only, a
salted hash of the client address (the salt is random per process and never written down)
with the times of its recent submissions; the tip row never sees it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import deque
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, ValidationError

from balise.cases import tips as tip_service
from balise.cases.tips import LIMITS, TipInput, TipProblem, TipRejected
from balise.web.deps import AgencyScope, DbSession, Investigator, Render
from balise.web.routes.public import page_path, render_public

router = APIRouter()
api_router = APIRouter(prefix="/api/v1", tags=["v1"])

MAX_BODY = 32 * 1024
"""Bytes a submission may weigh: every field at its limit fits, with room for encoding."""

HONEYPOT = "website"
"""A field hidden from people; a bot that fills it gets a confirmation and nothing is stored."""


class RateLimiter:
    """At most ``limit`` submissions per client in any ``window`` seconds (in memory).

    Keyed by a salted hash of the client address; the salt is random per limiter, so the keys
    mean nothing outside this process. Thread-safe (sync routes run in a thread pool).
    """

    def __init__(self, *, limit: int = 5, window: float = 600.0, max_clients: int = 100_000):
        self.limit = limit
        self.window = window
        self.max_clients = max_clients
        self._salt = secrets.token_bytes(16)
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def key(self, address: str) -> str:
        """The salted hash standing for a client address."""
        return hmac.new(self._salt, address.encode(), hashlib.sha256).hexdigest()[:32]

    def allow(self, address: str, now: float | None = None) -> bool:
        """Count one submission from ``address``; False when it is past the limit."""
        now = time.monotonic() if now is None else now
        key = self.key(address)
        with self._lock:
            if len(self._hits) >= self.max_clients:
                self._forget_idle(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def _forget_idle(self, now: float) -> None:
        idle = [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]
        for k in idle:
            del self._hits[k]
        if len(self._hits) >= self.max_clients:  # a flood of addresses: start over
            self._hits.clear()


def _limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.tip_limiter
    return limiter


def _allowed(request: Request) -> bool:
    address = request.client.host if request.client else "unknown"
    return _limiter(request).allow(address)


def _too_big(request: Request) -> bool:
    try:
        return int(request.headers.get("content-length", "0")) > MAX_BODY
    except ValueError:
        return True


# --- the public form -----------------------------------------------------------------------

FORM_FIELDS = ("text", "place", "seen_at", "phone", "handle", "url", "reach")


def _form_page(
    request: Request,
    lang: str,
    *,
    values: dict[str, str] | None = None,
    problems: tuple[TipProblem, ...] = (),
    message: str = "",
    status_code: int = 200,
) -> Response:
    return render_public(
        request,
        "public/tip_form.html",
        "tips",
        lang,
        {
            "values": values or {},
            "problems": {p.field: p for p in problems},
            "message": message,
            "limits": LIMITS,
            "honeypot": HONEYPOT,
        },
        status_code=status_code,
    )


def _tip_form_get(lang: str) -> Any:
    def show(request: Request) -> Response:
        return _form_page(request, lang)

    return show


def _tip_form_post(lang: str) -> Any:
    async def submit(request: Request) -> Response:
        if not _allowed(request):
            return _form_page(request, lang, message="tips.error.rate", status_code=429)
        if _too_big(request):
            return _form_page(request, lang, message="tips.error.body", status_code=413)
        form = await request.form()
        sent = form.get("csrf_token")
        expected = request.session.get("csrf")
        if not (
            isinstance(sent, str)
            and isinstance(expected, str)
            and hmac.compare_digest(sent.encode(), expected.encode())
        ):
            raise HTTPException(status_code=400, detail="missing or wrong CSRF token")
        values = {name: str(form.get(name, "") or "") for name in FORM_FIELDS}
        if str(form.get(HONEYPOT, "") or ""):
            # Looks like success to the bot; nothing is stored.
            request.session["tip_ref"] = tip_service.new_reference()
            return RedirectResponse(page_path("tips", lang) + "/merci", status_code=303)
        tip = TipInput(language=lang, **values)
        context = request.app.state.context
        try:
            with context.sessions() as session, session.begin():
                reference = tip_service.submit_tip(session, tip=tip)
        except TipRejected as exc:
            return _form_page(
                request,
                lang,
                values=values,
                problems=exc.problems,
                message="tips.error.fix",
                status_code=422,
            )
        request.session["tip_ref"] = reference
        return RedirectResponse(page_path("tips", lang) + "/merci", status_code=303)

    return submit


def _tip_thanks(lang: str) -> Any:
    def thanks(request: Request) -> Response:
        reference = request.session.pop("tip_ref", None)
        if not isinstance(reference, str):
            return RedirectResponse(page_path("tips", lang), status_code=303)
        return render_public(
            request, "public/tip_thanks.html", "tips", lang, {"reference": reference}
        )

    return thanks


for _lang in ("fr", "en"):
    _path = page_path("tips", _lang)
    router.add_api_route(_path, _tip_form_get(_lang), methods=["GET"], name=f"tip-form-{_lang}")
    router.add_api_route(_path, _tip_form_post(_lang), methods=["POST"], name=f"tip-submit-{_lang}")
    router.add_api_route(
        _path + "/merci", _tip_thanks(_lang), methods=["GET"], name=f"tip-thanks-{_lang}"
    )


# --- the JSON API --------------------------------------------------------------------------


class TipContactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: str = ""
    handle: str = ""
    url: str = ""


class TipIn(BaseModel):
    """An anonymous tip (every field but ``text`` optional)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    place: str = ""
    seen_at: str = ""
    contact: TipContactIn = TipContactIn()
    reach: str = ""
    lang: str = "fr"


class TipCreated(BaseModel):
    reference: str


def _unprocessable(message: str, problems: list[dict[str, Any]] | None = None) -> JSONResponse:
    return JSONResponse({"detail": message, "problems": problems or []}, status_code=422)


@api_router.post(
    "/tips",
    status_code=201,
    response_model=TipCreated,
    responses={
        413: {"description": "request too large"},
        422: {"description": "bad input: `detail` says what to fix"},
        429: {"description": "too many tips from this client; try again later"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": TipIn.model_json_schema()}},
        }
    },
)
async def api_submit_tip(request: Request) -> Response:
    """Submit an anonymous tip; no account. Answers ``{"reference"}`` to quote later."""
    if not _allowed(request):
        return JSONResponse(
            {"detail": "too many tips from this address; try again in 10 minutes"},
            status_code=429,
            headers={"Retry-After": str(int(_limiter(request).window))},
        )
    if _too_big(request):
        return JSONResponse(
            {"detail": f"request too large (at most {MAX_BODY} bytes)"}, status_code=413
        )
    raw = await request.body()
    if len(raw) > MAX_BODY:
        return JSONResponse(
            {"detail": f"request too large (at most {MAX_BODY} bytes)"}, status_code=413
        )
    try:
        body = TipIn.model_validate(json.loads(raw or b"null"))
    except json.JSONDecodeError:
        return _unprocessable("the body must be a JSON object")
    except ValidationError as exc:
        problems = [
            {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False)
        ]
        return _unprocessable(
            "; ".join(f"{p['field']}: {p['message']}" for p in problems), problems
        )
    tip = TipInput(
        text=body.text,
        place=body.place,
        seen_at=body.seen_at,
        phone=body.contact.phone,
        handle=body.contact.handle,
        url=body.contact.url,
        reach=body.reach,
        language=body.lang if body.lang in ("fr", "en") else "fr",
    )
    context = request.app.state.context
    try:
        with context.sessions() as session, session.begin():
            reference = tip_service.submit_tip(session, tip=tip)
    except TipRejected as exc:
        return _unprocessable(
            str(exc),
            [
                {
                    "field": p.field,
                    "message": tip_service.ENGLISH_PROBLEMS[p.key].format(limit=p.limit),
                }
                for p in exc.problems
            ],
        )
    return JSONResponse({"reference": reference}, status_code=201)


# --- the analysts' queue -------------------------------------------------------------------


@router.get("/queue/tips")
def tips_queue(
    request: Request, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    try:
        page_no = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page_no = 1
    size = 50
    tips = tip_service.list_tips(
        db, agency=agency, actor=user.actor, limit=size + 1, offset=(page_no - 1) * size
    )
    return render(
        "public/tips_queue.html",
        {"tips": tips[:size], "page_no": page_no, "has_next": len(tips) > size},
        user=user,
    )
