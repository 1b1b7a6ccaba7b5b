"""Signed, versioned bundles of shared leads between separate deployments.

A bundle carries, per lead: a pseudonymised reference, pseudonymised identifiers (phones,
emails, handles, photo hashes), the indicators that fired (id, category, weight, value — no
evidence text), places, the path between territories, dates, sizes and a referral field. No
ad text, no raw identifier, no evidence snippet (those can hold a phone). It is JSON, signed
with HMAC-SHA256 under the consortium key over its canonical bytes (sorted keys, compact); the
key id is in the bundle so a rotated key still verifies old bundles.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import as_utc, utc_now
from balise.cases.models import Ad, Case, LeadAgency, LeadRow
from balise.cases.sharing import jurisdiction_of, territory_path
from balise.errors import BaliseError
from balise.share.keys import key_by_id
from balise.share.models import RemoteIdentifier, RemoteLead, ShareImport
from balise.share.overlaps import ad_identifiers, refresh_overlaps
from balise.share.pseudonyms import ConsortiumKey, key_id_of, pseudonymise
from balise.share.sealing import KeyEncryptionKey

FORMAT = "balise-share"
VERSION = 1
SUPPORTED_VERSIONS = (1,)
ALGORITHM = "HMAC-SHA256"


class BundleError(BaliseError):
    """A bundle cannot be written or loaded: bad signature, unknown version, wrong recipient."""


def canonical_bytes(bundle: Mapping[str, Any]) -> bytes:
    """The signed bytes: the bundle without its signature, keys sorted, compact UTF-8."""
    body = {k: v for k, v in bundle.items() if k != "signature"}
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def sign(bundle: Mapping[str, Any], key: ConsortiumKey) -> str:
    return hmac.new(key.secret, canonical_bytes(bundle), hashlib.sha256).hexdigest()


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def _lead_entry(
    session: Session, *, lead: LeadRow, from_agency: str, to_agency: str, key: ConsortiumKey
) -> dict[str, Any]:
    ads = session.execute(
        select(Ad.posted_at, Ad.place, Ad.identifiers_json, Ad.images_json).where(
            Ad.cluster_id == lead.cluster_id
        )
    ).all()
    identifiers: dict[str, set[str]] = {}
    for _at, _place, identifiers_json, images_json in ads:
        for kind, value in ad_identifiers(identifiers_json, images_json):
            identifiers.setdefault(kind, set()).add(pseudonymise(kind, value, key))
    path = territory_path((a, p) for a, p, _i, _m in ads)
    cases = session.execute(
        select(Case.status, Case.minor_suspected, Case.languages).where(
            Case.cluster_id == lead.cluster_id, Case.agency_id == from_agency
        )
    ).all()
    dates = [as_utc(a) for a, *_ in ads]
    return {
        # The cluster id is local; the reference lets the recipient quote the lead back.
        "ref": pseudonymise("lead", f"{from_agency}/{lead.cluster_id}", key),
        "score": lead.score,
        "flag": lead.flag,
        "categories": [c for c in lead.categories.split(",") if c],
        "indicators": [
            {"id": c["id"], "category": c["category"], "weight": c["weight"], "value": c["value"]}
            for c in json.loads(lead.contributions_json)
        ],
        "places": sorted({p for _a, p, _i, _m in ads if p} | set(lead.cities.split(",")) - {""}),
        "path": [
            {"place": s.place, "first": _iso(s.first), "last": _iso(s.last), "ads": s.ads}
            for s in path
        ],
        "first_posted": _iso(min(dates)) if dates else None,
        "last_posted": _iso(max(dates)) if dates else None,
        "first_seen": _iso(lead.first_seen),
        "ads": len(ads),
        "identifiers": {k: sorted(v) for k, v in sorted(identifiers.items())},
        "referral": {
            "from_agency": from_agency,
            "to_agency": to_agency,
            "reason": "shared-territory",
            "case_open": any(s != "closed" for s, _m, _l in cases),
            "minor_suspected": any(m for _s, m, _l in cases),
            # Language codes only: the case's free-text fields never leave the agency.
            "languages": sorted(
                {x.strip() for _s, _m, ls in cases for x in ls.split(",") if 0 < len(x) <= 5}
            ),
        },
    }


def build_bundle(
    session: Session, *, from_agency: str, to_agency: str, key: ConsortiumKey
) -> dict[str, Any]:
    """The signed bundle of ``from_agency``'s leads that touch ``to_agency``'s territory."""
    territory = jurisdiction_of(session, to_agency)
    if territory is None:
        raise BundleError(f"unknown agency {to_agency!r}: add it with its jurisdiction first")
    if from_agency == to_agency:
        raise BundleError("a bundle goes to another agency")
    leads = session.execute(
        select(LeadRow)
        .join(LeadAgency, LeadAgency.cluster_id == LeadRow.cluster_id)
        .where(LeadAgency.agency_id == from_agency)
        .order_by(LeadRow.flag.desc(), LeadRow.score.desc(), LeadRow.cluster_id)
    ).scalars()
    entries = []
    for lead in leads:
        places: set[str | None] = set(lead.cities.split(","))
        if territory not in places:
            places |= {
                p
                for (p,) in session.execute(
                    select(Ad.place).where(Ad.cluster_id == lead.cluster_id).distinct()
                )
            }
        if territory in places:
            entries.append(
                _lead_entry(
                    session, lead=lead, from_agency=from_agency, to_agency=to_agency, key=key
                )
            )
    bundle: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": uuid.uuid4().hex,
        "from": from_agency,
        "to": to_agency,
        "created_at": utc_now().isoformat(),
        "key_id": key.key_id,
        "leads": entries,
    }
    bundle["signature"] = {"alg": ALGORITHM, "key_id": key.key_id, "value": sign(bundle, key)}
    return bundle


def _system_actor(agency: str, what: str) -> Actor:
    return Actor(user_id=0, username=f"balise share {what}", agency=agency, role="admin")


def export_bundle(
    *, engine: Engine, from_agency: str, to_agency: str, out: Path, key: bytes
) -> int:
    """Write the bundle of ``from_agency``'s leads for ``to_agency`` to ``out``; audited.

    Returns the number of leads written.
    """
    consortium = ConsortiumKey.from_secret(key)
    with Session(engine) as session, session.begin():
        bundle = build_bundle(session, from_agency=from_agency, to_agency=to_agency, key=consortium)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(orjson.dumps(bundle, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))
        audit.record(
            session,
            actor=_system_actor(from_agency, "export"),
            action="share.export",
            object_type="bundle",
            object_id=bundle["bundle_id"],
            detail=f"{len(bundle['leads'])} leads to {to_agency}, key {consortium.key_id}",
        )
    return len(bundle["leads"])


def verify_bundle(
    raw: bytes,
    *,
    key: ConsortiumKey,
    session: Session | None = None,
    kek: KeyEncryptionKey | None = None,
) -> dict[str, Any]:
    """The parsed bundle once its format, version and signature check out (else BundleError).

    The key of the bundle's key id is ``key`` or, after a rotation, a retired key found in the
    database through ``session`` (opened with ``kek``, default: from the environment).
    """
    try:
        bundle = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError(f"not a Balise bundle (not JSON: {exc})") from None
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise BundleError(f"not a Balise bundle (format is not {FORMAT!r})")
    if bundle.get("version") not in SUPPORTED_VERSIONS:
        raise BundleError(
            f"bundle version {bundle.get('version')!r} is unknown; this Balise reads "
            f"versions {', '.join(map(str, SUPPORTED_VERSIONS))}"
        )
    signature = bundle.get("signature")
    if not isinstance(signature, dict) or signature.get("alg") != ALGORITHM:
        raise BundleError("bundle is not signed (or not with HMAC-SHA256): refused")
    key_id = signature.get("key_id")
    if key_id != bundle.get("key_id"):
        raise BundleError("signature does not verify: key ids disagree; bundle refused")
    signer = key if key_id == key.key_id else None
    if signer is None and session is not None and isinstance(key_id, str):
        signer = key_by_id(session, key_id, kek=kek)
    if signer is None:
        raise BundleError(
            f"bundle signed with key {key_id!r}, which this deployment does not hold: refused"
        )
    value = signature.get("value")
    if not isinstance(value, str) or not hmac.compare_digest(value, sign(bundle, signer)):
        raise BundleError(
            "signature does not verify: the bundle was modified or not signed with the "
            "consortium key; refused"
        )
    return bundle


def _checked_leads(bundle: Mapping[str, Any]) -> list[dict[str, Any]]:
    leads = bundle.get("leads")
    if not isinstance(leads, list) or not all(
        isinstance(x, dict)
        and isinstance(x.get("ref"), str)
        and isinstance(x.get("identifiers", {}), dict)
        for x in leads
    ):
        raise BundleError("bundle leads are malformed")
    return leads


def import_bundle(
    *,
    engine: Engine,
    path: Path,
    as_agency: str,
    key: bytes,
    kek: KeyEncryptionKey | None = None,
) -> int:
    """Verify and load a bundle addressed to ``as_agency``; returns the number of leads.

    Raises ``BundleError`` with a clear message when the signature does not verify, the
    version is unknown or the bundle is addressed to another agency. Loading records the
    bundle's leads and pseudonyms, then recomputes ``as_agency``'s overlaps; audited.
    Retired keys stored in the database are opened with ``kek`` (default: from the
    environment).
    """
    consortium = ConsortiumKey.from_secret(key)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read bundle {path}: {exc.strerror}") from None
    with Session(engine) as session, session.begin():
        bundle = verify_bundle(raw, key=consortium, session=session, kek=kek)
        if bundle.get("to") != as_agency:
            raise BundleError(
                f"bundle is addressed to {bundle.get('to')!r}, not to {as_agency!r}: refused"
            )
        leads = _checked_leads(bundle)
        from_agency = str(bundle.get("from", ""))
        bundle_id = str(bundle.get("bundle_id", ""))
        session.execute(
            delete(ShareImport).where(
                ShareImport.bundle_id == bundle_id, ShareImport.agency_id == as_agency
            )
        )
        created = datetime.fromisoformat(str(bundle.get("created_at")))
        record = ShareImport(
            bundle_id=bundle_id,
            agency_id=as_agency,
            from_agency=from_agency,
            key_id=str(bundle["key_id"]),
            created_at=created,
            imported_at=utc_now(),
            leads=len(leads),
        )
        session.add(record)
        session.flush()
        for lead in leads:
            session.add(
                RemoteLead(
                    import_id=record.id,
                    agency_id=as_agency,
                    from_agency=from_agency,
                    ref=lead["ref"],
                    payload_json=json.dumps(lead, ensure_ascii=False, sort_keys=True),
                )
            )
            for kind, pseudonyms in lead.get("identifiers", {}).items():
                session.add_all(
                    RemoteIdentifier(
                        import_id=record.id,
                        agency_id=as_agency,
                        from_agency=from_agency,
                        kind=str(kind)[:20],
                        pseudonym=str(p)[:120],
                    )
                    for p in pseudonyms
                )
        session.flush()
        overlaps = refresh_overlaps(
            session, agency=as_agency, keys={consortium.key_id: consortium}, kek=kek
        )
        audit.record(
            session,
            actor=_system_actor(as_agency, "import"),
            action="share.import",
            object_type="bundle",
            object_id=bundle_id,
            detail=f"{len(leads)} leads from {from_agency}, {overlaps} overlaps",
        )
    return len(leads)


__all__ = [
    "BundleError",
    "build_bundle",
    "canonical_bytes",
    "export_bundle",
    "import_bundle",
    "key_id_of",
    "verify_bundle",
]
