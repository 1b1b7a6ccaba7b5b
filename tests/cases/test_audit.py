"""The audit log: every view and change recorded, hash-chained, tampering detected."""

from __future__ import annotations

import io
import json

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from balise.cases import audit, service
from balise.cases.audit import Actor
from balise.cases.models import AuditEntry, AuditHead
from balise.cases.sample import SampleAnalysis
from balise.cases.users import create_user


def _actor(engine: Engine, name: str) -> Actor:
    with Session(engine) as s, s.begin():
        u = create_user(s, username=name, password="a long password", agency="spvm", role="analyst")
    return Actor(u.user_id, name, "spvm", "analyst")


def test_views_and_changes_are_chained_and_verify(
    published: Engine, sample: SampleAnalysis
) -> None:
    actor = _actor(published, "auditee")
    cluster_id = next(ld.cluster_id for ld in sample.leads if "montreal" in ld.cities)
    with Session(published) as s, s.begin():
        service.get_cluster(s, agency="spvm", actor=actor, cluster_id=cluster_id)
        case_id = service.open_case(s, agency="spvm", actor=actor, cluster_id=cluster_id)
        service.get_case(s, agency="spvm", actor=actor, case_id=case_id)
    with Session(published) as s:
        mine = s.execute(
            select(AuditEntry.action, AuditEntry.object_id)
            .where(AuditEntry.username == "auditee")
            .order_by(AuditEntry.seq)
        ).all()
        assert [tuple(m) for m in mine] == [
            ("lead.view", cluster_id),
            ("case.open", str(case_id)),
            ("case.view", str(case_id)),
        ]
        check = audit.verify_chain(s)
        assert check.ok and check.entries >= 3
        buffer = io.StringIO()
        assert audit.export(s, agency="spvm", out=buffer) >= 3
        first = json.loads(buffer.getvalue().splitlines()[0])
        assert set(first) >= {"seq", "at", "username", "action", "prev_hash", "hash"}


def test_an_altered_or_removed_entry_is_detected(published: Engine) -> None:
    actor = _actor(published, "tamper")
    with Session(published) as s, s.begin():
        for i in range(3):
            audit.record(s, actor=actor, action="test.event", object_type="t", object_id=i)
    with Session(published) as s, s.begin():
        target = (
            s.execute(
                select(AuditEntry).where(AuditEntry.username == "tamper").order_by(AuditEntry.seq)
            )
            .scalars()
            .first()
        )
        assert target is not None
        seq, detail = target.seq, target.detail
        s.execute(update(AuditEntry).where(AuditEntry.seq == seq).values(detail="nothing here"))
    with Session(published) as s:
        check = audit.verify_chain(s)
        assert not check.ok and check.first_bad_seq == seq
    with Session(published) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.seq == seq).values(detail=detail))
    with Session(published) as s, s.begin():
        assert audit.verify_chain(s).ok
        last = s.execute(select(AuditHead.seq)).scalar_one()
        s.execute(delete(AuditEntry).where(AuditEntry.seq == last))
    with Session(published) as s:
        check = audit.verify_chain(s)
        assert not check.ok and check.reason == "last entries were removed"
