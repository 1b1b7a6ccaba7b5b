"""Tenancy, triage queue and the case workflow on the services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from balise.cases import service
from balise.cases.audit import Actor
from balise.cases.dispositions import export_dispositions
from balise.cases.publish import agencies_for_places
from balise.cases.sample import SampleAnalysis
from balise.cases.service import NotFound, QueueFilters
from balise.cases.users import create_user
from balise.errors import InputError


@pytest.fixture(scope="module")
def actors(published: Engine) -> dict[str, Actor]:
    people = {
        "spvm": ("ana_spvm", "spvm", "analyst"),
        "spl": ("ana_spl", "spl", "analyst"),
        "refuge": ("cw_refuge", "refuge", "partner"),
        "other": ("cw_other", "autre", "partner"),
    }
    out = {}
    with Session(published) as s, s.begin():
        admin_user = create_user(
            s, username="admin0", password="admin password", agency="spvm", role="admin"
        )
        admin = Actor(admin_user.user_id, "admin0", "spvm", "admin")
        service.add_organisation(s, actor=admin, org_id="refuge", name="Refuge", accepts_women=True)
        service.add_organisation(s, actor=admin, org_id="autre", name="Autre", accepts_minors=True)
        for key, (name, agency, role) in people.items():
            u = create_user(s, username=name, password="a long password", agency=agency, role=role)
            out[key] = Actor(u.user_id, name, agency, role)
    return out


def _leads_of(sample: SampleAnalysis, agency: str) -> list[str]:
    return [lead.cluster_id for lead in sample.leads if agency in agencies_for_places(lead.cities)]


@pytest.mark.parametrize("agency", ["spvm", "spl", "spal"])
def test_queue_shows_exactly_the_agencys_leads_flagged_first_by_score(
    published: Engine, sample: SampleAnalysis, agency: str
) -> None:
    with Session(published) as s:
        page = service.list_queue(s, agency=agency, limit=1000)
    assert sorted(r.cluster_id for r in page.rows) == sorted(_leads_of(sample, agency))
    assert page.total == len(page.rows)
    keys = [(not r.flag, -r.score) for r in page.rows]
    assert keys == sorted(keys)


def test_queue_filters(published: Engine, sample: SampleAnalysis) -> None:
    with Session(published) as s:
        flagged = service.list_queue(s, agency="spvm", filters=QueueFilters(flagged_only=True))
        laval = service.list_queue(
            s, agency="spvm", filters=QueueFilters(jurisdiction="spl"), limit=1000
        )
        minors = service.list_queue(s, agency="spvm", filters=QueueFilters(category="minor"))
    assert flagged.rows and all(r.flag for r in flagged.rows)
    both = set(_leads_of(sample, "spvm")) & set(_leads_of(sample, "spl"))
    assert {r.cluster_id for r in laval.rows} == both
    assert all("minor" in r.categories for r in minors.rows)


def test_other_agencies_leads_and_cases_are_invisible(
    published: Engine, sample: SampleAnalysis, actors: dict[str, Actor]
) -> None:
    only_montreal = next(
        lead.cluster_id for lead in sample.leads if set(lead.cities) == {"montreal"}
    )
    with Session(published) as s, s.begin():
        spvm, spl = actors["spvm"], actors["spl"]
        assert service.get_cluster(s, agency="spvm", actor=spvm, cluster_id=only_montreal)
        assert service.get_cluster(s, agency="spl", actor=spl, cluster_id=only_montreal) is None
        with pytest.raises(NotFound):
            service.open_case(s, agency="spl", actor=spl, cluster_id=only_montreal)
        case_id = service.open_case(s, agency="spvm", actor=spvm, cluster_id=only_montreal)
        assert service.get_case(s, agency="spl", actor=spl, case_id=case_id) is None
        with pytest.raises(NotFound):
            service.add_note(s, agency="spl", actor=spl, case_id=case_id, body="x")
        # An actor cannot claim another agency's scope.
        with pytest.raises(NotFound):
            service.get_case(s, agency="spvm", actor=spl, case_id=case_id)
        assert all(c.case_id != case_id for c in service.list_cases(s, agency="spl"))


def test_case_workflow_referral_and_disposition_export(
    published: Engine, sample: SampleAnalysis, actors: dict[str, Actor], tmp_path: Path
) -> None:
    spvm = actors["spvm"]
    cluster_id = _leads_of(sample, "spvm")[0]
    with Session(published) as s, s.begin():
        case_id = service.open_case(s, agency="spvm", actor=spvm, cluster_id=cluster_id)
        service.update_case(
            s,
            agency="spvm",
            actor=spvm,
            case_id=case_id,
            status="in-progress",
            assigned_to=spvm.user_id,
            persons_of_concern="Une femme, « Léa »",
            safety_concerns="Contrôle du téléphone",
            languages="fr, es",
            minor_suspected=True,
        )
        with pytest.raises(InputError):
            service.add_action(
                s,
                agency="spvm",
                actor=spvm,
                case_id=case_id,
                kind="referral",
                organisation_id="spl",
            )  # a police agency is not a referral target
        service.add_action(
            s,
            agency="spvm",
            actor=spvm,
            case_id=case_id,
            kind="referral",
            organisation_id="refuge",
            detail="Hébergement d'urgence",
        )
        service.add_action(s, agency="spvm", actor=spvm, case_id=case_id, kind="outreach")
        with pytest.raises(InputError):
            service.record_disposition(
                s, agency="spvm", actor=spvm, case_id=case_id, outcome="arrest"
            )
        service.record_disposition(
            s, agency="spvm", actor=spvm, case_id=case_id, outcome="confirmed-exploitation"
        )
    with Session(published) as s, s.begin():
        view = service.get_case(s, agency="spvm", actor=spvm, case_id=case_id)
        assert view is not None
        assert view.status == "closed" and view.outcome == "confirmed-exploitation"
        assert view.minor_suspected and view.languages == "fr, es"
        assert [a.kind for a in view.actions] == ["referral", "outreach"]
        refuge = service.list_referrals(s, organisation="refuge")
        assert [r.case_id for r in refuge] == [case_id]
        assert refuge[0].minor_suspected and refuge[0].detail == "Hébergement d'urgence"
        assert service.list_referrals(s, organisation="autre") == []
        with pytest.raises(NotFound):
            service.update_referral(
                s,
                organisation="autre",
                actor=actors["other"],
                action_id=refuge[0].action_id,
                status="accepted",
            )
        service.update_referral(
            s,
            organisation="refuge",
            actor=actors["refuge"],
            action_id=refuge[0].action_id,
            status="accepted",
        )
    out = tmp_path / "dispositions.jsonl"
    n = export_dispositions(engine=published, out=out)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == len(lines) >= 1
    mine = [d for d in lines if d["case_id"] == case_id]
    assert mine == [
        {
            "cluster_id": cluster_id,
            "outcome": "confirmed-exploitation",
            "agency": "spvm",
            "case_id": case_id,
            "recorded_at": mine[0]["recorded_at"],
        }
    ]
    assert mine[0]["recorded_at"].endswith("+00:00")


def test_highlight_marks_spans_and_keeps_text() -> None:
    text = "Appelle 514 555 0101, dispo 24/7"
    segments = service.highlight(text, [(8, 20, "phone"), (28, 32, "evidence"), (10, 12, "x")])
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.mark) for s in segments if s.mark] == [
        ("514 555 0101", "phone"),
        ("24/7", "evidence"),
    ]


def test_status_and_since_filters_split_the_queue(
    published: Engine, sample: SampleAnalysis, actors: dict[str, Actor]
) -> None:
    spvm = actors["spvm"]
    with Session(published) as s, s.begin():
        target = _leads_of(sample, "spvm")[-1]
        service.open_case(s, agency="spvm", actor=spvm, cluster_id=target)
        everything = service.list_queue(s, agency="spvm", limit=1000)
        with_case = service.list_queue(
            s, agency="spvm", filters=QueueFilters(status="case"), limit=1000
        )
        without = service.list_queue(
            s, agency="spvm", filters=QueueFilters(status="new"), limit=1000
        )
        first_seen = max(r.first_seen for r in everything.rows)
        later = first_seen.replace(year=first_seen.year + 1)
        none_yet = service.list_queue(s, agency="spvm", filters=QueueFilters(since=later))
        since_first = service.list_queue(
            s, agency="spvm", filters=QueueFilters(since=first_seen), limit=1000
        )
    case_ids = {r.cluster_id for r in with_case.rows}
    assert target in case_ids and all(r.has_case for r in with_case.rows)
    assert case_ids.isdisjoint(r.cluster_id for r in without.rows)
    assert case_ids | {r.cluster_id for r in without.rows} == {
        r.cluster_id for r in everything.rows
    }
    assert none_yet.total == 0 and since_first.total == everything.total
