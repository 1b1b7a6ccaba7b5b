"""Overlap discovery: which local leads hold an identifier that another agency also holds.

The local identifiers are pseudonymised with the key the other agency's bundle was made with
and compared with the pseudonyms it sent; a match records only (lead, other agency, kind) —
"Laval also holds this phone" — never which phone or anything else of the other's lead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from balise.cases.clock import utc_now
from balise.cases.models import Ad, LeadAgency
from balise.share.keys import key_by_id
from balise.share.models import Overlap, RemoteIdentifier
from balise.share.pseudonyms import ConsortiumKey, key_id_in, pseudonymise
from balise.share.sealing import KeyEncryptionKey

IDENTIFIER_FIELDS = (("phones", "phone"), ("emails", "email"), ("handles", "handle"))


def ad_identifiers(identifiers_json: str, images_json: str) -> Iterator[tuple[str, str]]:
    """(kind, raw value) of one ad row: phones, emails, handles and photo hashes."""
    identifiers = json.loads(identifiers_json or "{}")
    for field, kind in IDENTIFIER_FIELDS:
        for value in identifiers.get(field, []) or []:
            if value:
                yield kind, str(value)
    for image in json.loads(images_json or "[]"):
        if image.get("hash"):
            yield "photo", str(image["hash"])


def local_pseudonyms(
    session: Session, *, agency: str, key: ConsortiumKey
) -> dict[str, set[tuple[str, str]]]:
    """Pseudonym -> {(cluster id, kind)} over the identifiers of ``agency``'s leads."""
    rows = session.execute(
        select(Ad.cluster_id, Ad.identifiers_json, Ad.images_json)
        .join(LeadAgency, LeadAgency.cluster_id == Ad.cluster_id)
        .where(LeadAgency.agency_id == agency)
    )
    found: dict[str, set[tuple[str, str]]] = {}
    for cluster_id, identifiers_json, images_json in rows:
        for kind, value in ad_identifiers(identifiers_json, images_json):
            found.setdefault(pseudonymise(kind, value, key), set()).add((cluster_id, kind))
    return found


def refresh_overlaps(
    session: Session,
    *,
    agency: str,
    keys: Mapping[str, ConsortiumKey] | None = None,
    kek: KeyEncryptionKey | None = None,
) -> int:
    """Recompute ``agency``'s overlaps from every bundle it received; returns how many.

    Keys are looked up in ``keys`` first (the key given on the command line), then among the
    stored consortium keys, active or retired, opened with ``kek`` (default: from the
    environment).
    """
    remote = session.execute(
        select(RemoteIdentifier.pseudonym, RemoteIdentifier.from_agency).where(
            RemoteIdentifier.agency_id == agency
        )
    ).all()
    holders: dict[str, set[str]] = {}
    for pseudonym, from_agency in remote:
        holders.setdefault(pseudonym, set()).add(from_agency)
    matches: set[tuple[str, str, str]] = set()
    for key_id in {key_id_in(p) for p in holders}:
        key = (keys or {}).get(key_id) or key_by_id(session, key_id, kek=kek)
        if key is None:  # a bundle's key is checked on import; a removed key matches nothing
            continue
        for pseudonym, locals_ in local_pseudonyms(session, agency=agency, key=key).items():
            for other in holders.get(pseudonym, ()):
                if other == agency:
                    continue
                for cluster_id, kind in locals_:
                    matches.add((cluster_id, other, kind))
    session.execute(delete(Overlap).where(Overlap.agency_id == agency))
    now = utc_now()
    session.add_all(
        Overlap(agency_id=agency, cluster_id=c, other_agency=o, kind=k, found_at=now)
        for c, o, k in sorted(matches)
    )
    session.flush()
    return len(matches)


@dataclass(frozen=True, slots=True)
class OverlapView:
    """One line on a lead: ``other_agency`` also holds an identifier of this ``kind``."""

    other_agency: str
    kind: str


def overlaps_of(session: Session, *, agency: str, cluster_id: str) -> tuple[OverlapView, ...]:
    """The overlaps of one of ``agency``'s leads (empty outside its scope)."""
    rows = session.execute(
        select(Overlap.other_agency, Overlap.kind)
        .join(
            LeadAgency,
            (LeadAgency.cluster_id == Overlap.cluster_id) & (LeadAgency.agency_id == agency),
        )
        .where(Overlap.agency_id == agency, Overlap.cluster_id == cluster_id)
        .order_by(Overlap.other_agency, Overlap.kind)
    ).all()
    return tuple(OverlapView(o, k) for o, k in rows)
