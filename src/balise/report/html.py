"""Render the report: top leads with their evidence and path, and the figures of the run."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape

from balise.report.labels import LABELS, category_label, indicator_label
from balise.schema import Cluster, Lead, RunFigures

if TYPE_CHECKING:
    from balise.engine.embedded import Corpus

TOP_LEADS = 50


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("balise.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_report(
    path: Path,
    *,
    corpus: Corpus,
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
    figures: RunFigures,
    lang: str = "fr",
    top: int = TOP_LEADS,
) -> None:
    """Write one HTML file with no external resource (styles inline, no script, no CDN)."""
    by_id = {c.cluster_id: c for c in clusters}
    index = {r.key: i for i, r in enumerate(corpus.records)}
    shown: list[dict[str, Any]] = []
    for lead in [x for x in leads if x.flag][:top]:
        cluster = by_id[lead.cluster_id]
        dates = sorted(corpus.records[index[k]].posted_at for k in cluster.ad_keys)
        shown.append(
            {
                "lead": lead,
                "cluster": cluster,
                "first": dates[0].date().isoformat(),
                "last": dates[-1].date().isoformat(),
                "phones": sorted(
                    {p for k in cluster.ad_keys for p in corpus.extractions[index[k]].phones}
                ),
                "categories": [category_label(c, lang) for c in lead.categories],
                "indicators": [
                    {
                        "label": indicator_label(c.indicator_id, lang),
                        "id": c.indicator_id,
                        "value": c.value,
                        "detail": c.detail,
                        "evidence": c.evidence[:4],
                    }
                    for c in lead.contributions
                ],
            }
        )
    template = _environment().get_template("report.html.j2")
    html = template.render(
        t=LABELS[lang],
        lang=lang,
        leads=shown,
        figures=figures,
        flagged=sum(x.flag for x in leads),
        generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        steps=[(k, v) for k, v in figures.seconds.items()],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
