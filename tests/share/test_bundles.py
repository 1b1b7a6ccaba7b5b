"""Bundles: no raw identifier leaves, a modified bundle is refused, overlaps are found."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from share_support import EXTRA_EMAIL, EXTRA_HANDLE, KEY, add_email_and_handle, shared_between
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from balise.cases.audit import verify_chain
from balise.cases.models import Ad
from balise.share.bundles import BundleError, export_bundle, import_bundle, sign
from balise.share.keys import ensure_key, rotate_key
from balise.share.overlaps import overlaps_of
from balise.share.pseudonyms import ConsortiumKey, pseudonymise


def _raw_forms(engine: Engine, cluster_ids: list[str]) -> set[str]:
    """Every raw identifier of these clusters, in the forms a leak could take."""
    forms: set[str] = set()
    with Session(engine) as s:
        for ids_json, body in s.execute(
            select(Ad.identifiers_json, Ad.body).where(Ad.cluster_id.in_(cluster_ids))
        ):
            ids = json.loads(ids_json)
            for phone in ids.get("phones", []):
                digits = re.sub(r"\D", "", phone)
                forms |= {phone, digits, digits[-10:], f"{digits[-10:-7]} {digits[-7:-4]}"}
            forms |= set(ids.get("emails", [])) | set(ids.get("handles", []))
            forms.add(body[:40])  # raw text never leaves either
    return forms


def test_exported_bundle_holds_no_raw_phone_or_email(engine: Engine, tmp_path: Path) -> None:
    shared = shared_between(engine, "spvm", "spl")
    assert shared, "the sample must hold leads shared by Montréal and Laval"
    add_email_and_handle(engine, shared[0])
    out = tmp_path / "b.json"
    written = export_bundle(engine=engine, from_agency="spvm", to_agency="spl", out=out, key=KEY)
    assert written >= len(shared)
    data = out.read_bytes()
    forms = _raw_forms(engine, shared) | {EXTRA_EMAIL, EXTRA_HANDLE, EXTRA_HANDLE[1:]}
    leaked = sorted(f for f in forms if f.encode() in data)
    assert leaked == []
    # ... while the pseudonyms of those identifiers are there, so overlaps can be found.
    key = ConsortiumKey.from_secret(KEY)
    assert pseudonymise("email", EXTRA_EMAIL, key).encode() in data
    bundle = json.loads(data)
    assert (bundle["format"], bundle["version"]) == ("balise-share", 1)
    assert all(set(lead["referral"]) >= {"from_agency", "to_agency"} for lead in bundle["leads"])


def _exported(engine: Engine, tmp_path: Path) -> Path:
    out = tmp_path / "spl-to-spvm.json"
    export_bundle(engine=engine, from_agency="spl", to_agency="spvm", out=out, key=KEY)
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b["leads"][0].update(score=0.0), "signature does not verify"),
        (lambda b: b.update(to="spal"), "signature does not verify"),
        (lambda b: b["signature"].update(value="0" * 64), "signature does not verify"),
        (lambda b: b.pop("signature"), "not signed"),
        (lambda b: b.update(version=2), "version 2 is unknown"),
    ],
)
def test_modified_bundle_is_refused(engine: Engine, tmp_path: Path, change, message) -> None:  # type: ignore[no-untyped-def]
    path = _exported(engine, tmp_path)
    bundle = json.loads(path.read_bytes())
    change(bundle)
    path.write_text(json.dumps(bundle))
    with pytest.raises(BundleError, match=message):
        import_bundle(engine=engine, path=path, as_agency="spvm", key=KEY)


def test_one_flipped_byte_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = _exported(engine, tmp_path)
    data = bytearray(path.read_bytes())
    at = data.index(b'"score"') + 10
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError):
        import_bundle(engine=engine, path=path, as_agency="spvm", key=KEY)


def test_wrong_key_and_wrong_recipient_are_refused(engine: Engine, tmp_path: Path) -> None:
    path = _exported(engine, tmp_path)
    with pytest.raises(BundleError, match="does not hold"):
        import_bundle(engine=engine, path=path, as_agency="spvm", key=b"x" * 32)
    with pytest.raises(BundleError, match="addressed to 'spvm', not to 'spal'"):
        import_bundle(engine=engine, path=path, as_agency="spal", key=KEY)


def test_import_finds_overlaps_without_revealing_more(engine: Engine, tmp_path: Path) -> None:
    path = _exported(engine, tmp_path)
    loaded = import_bundle(engine=engine, path=path, as_agency="spvm", key=KEY)
    shared = shared_between(engine, "spvm", "spl")
    assert loaded >= len(shared) > 0
    with Session(engine) as s:
        for cluster_id in shared:
            views = overlaps_of(s, agency="spvm", cluster_id=cluster_id)
            assert ("spl", "phone") in {(v.other_agency, v.kind) for v in views}
        montreal_only = [c for c in shared_between(engine, "spvm", "spvm") if c not in set(shared)]
        # A Montréal-only lead has phones of its own: no one else holds them.
        assert all(not overlaps_of(s, agency="spvm", cluster_id=c) for c in montreal_only[:20])
        # Laval sees nothing of Montréal's overlaps.
        assert not overlaps_of(s, agency="spl", cluster_id=shared[0])
        assert verify_chain(s).ok


def test_rotated_key_still_verifies_old_bundles(engine: Engine, tmp_path: Path) -> None:
    old = ensure_key(engine=engine, environ={"BALISE_CONSORTIUM_KEY": KEY.hex()})
    path = _exported(engine, tmp_path)
    new = rotate_key(engine=engine)
    assert new.key_id != old.key_id
    assert import_bundle(engine=engine, path=path, as_agency="spvm", key=new.secret) > 0


def test_sign_covers_every_field(engine: Engine, tmp_path: Path) -> None:
    bundle = json.loads(_exported(engine, tmp_path).read_bytes())
    key = ConsortiumKey.from_secret(KEY)
    assert sign(bundle, key) == bundle["signature"]["value"]
    bundle["leads"][0]["places"].append("toronto")
    assert sign(bundle, key) != bundle["signature"]["value"]
