"""Every interface text the templates use exists in French and in English."""

from __future__ import annotations

import re
from pathlib import Path

import balise.web
from balise.cases.dispositions import OUTCOMES
from balise.cases.models import ACTION_KINDS, ACTION_STATUSES, CASE_STATUSES, ROLES
from balise.web.i18n import TEXT, translator

TEMPLATES = Path(balise.web.__file__).parent / "templates"


def test_every_literal_key_in_the_templates_is_translated() -> None:
    keys = set()
    for path in TEMPLATES.glob("*.html"):
        keys.update(re.findall(r"t\('([a-z_.\-]+)'\)", path.read_text()))
    assert keys, "no keys found: the pattern is wrong"
    assert sorted(keys - set(TEXT)) == []


def test_every_computed_key_is_translated() -> None:
    computed = (
        [f"outcome.{o}" for o in OUTCOMES]
        + [f"case.status.{s}" for s in CASE_STATUSES]
        + [f"case.kind.{k}" for k in ACTION_KINDS]
        + [f"action.status.{s}" for s in ACTION_STATUSES]
        + [f"role.{r}" for r in ROLES]
        + [f"cat.{c}" for c in ("trafficking", "minor", "exploitative-venue")]
    )
    assert [k for k in computed if k not in TEXT] == []


def test_french_is_the_default_and_both_languages_differ_where_they_should() -> None:
    assert translator("xx")("nav.queue") == "File de triage"
    assert translator("en")("nav.queue") == "Triage queue"
    assert all(fr.strip() and en.strip() for fr, en in TEXT.values())
