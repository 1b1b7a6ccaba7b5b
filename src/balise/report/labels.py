"""Words of the report in French and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Balise — rapport d'analyse",
        "intro": (
            "Pistes à examiner : des signes de contrôle par un tiers, de personne mineure ou "
            "de lieu d'exploitation. Chaque piste concerne une personne qui pourrait avoir "
            "besoin d'aide ; une piste n'est pas une preuve. Vérifiez les éléments avant d'agir."
        ),
        "figures": "Chiffres de l'exécution",
        "lines_read": "lignes lues",
        "ads_new": "nouvelles annonces",
        "ads_duplicate": "déjà dans le magasin",
        "ads_reposts": "republications",
        "lines_rejected": "lignes rejetées",
        "ads_total": "annonces au total",
        "clusters": "regroupements (opérateurs)",
        "flagged": "pistes signalées",
        "timings": "Durée des étapes (s)",
        "leads": "Principales pistes",
        "no_leads": "Aucune piste signalée.",
        "score": "score",
        "ads": "annonces",
        "persons": "personnes apparentes",
        "period": "période",
        "path": "parcours",
        "phones": "téléphones",
        "indicators": "Indicateurs",
        "evidence": "éléments",
        "links": "liens",
        "generated": "Généré le",
        "counter": "contre-indicateur",
    },
    "en": {
        "title": "Balise — analysis report",
        "intro": (
            "Leads to review: signs of control by a third party, of a minor or of an "
            "exploitative venue. Each lead concerns a person who may need help; a lead is "
            "not proof. Check the evidence before acting."
        ),
        "figures": "Figures of the run",
        "lines_read": "lines read",
        "ads_new": "new ads",
        "ads_duplicate": "already in the store",
        "ads_reposts": "reposts",
        "lines_rejected": "lines rejected",
        "ads_total": "ads in total",
        "clusters": "clusters (operators)",
        "flagged": "flagged leads",
        "timings": "Step durations (s)",
        "leads": "Top leads",
        "no_leads": "No flagged lead.",
        "score": "score",
        "ads": "ads",
        "persons": "apparent persons",
        "period": "period",
        "path": "path",
        "phones": "phones",
        "indicators": "Indicators",
        "evidence": "evidence",
        "links": "links",
        "generated": "Generated on",
        "counter": "counter-indicator",
    },
}

_CATEGORIES = {
    "trafficking": {
        "fr": "traite / contrôle par un tiers",
        "en": "trafficking / third-party control",
    },
    "minor": {"fr": "personne mineure", "en": "minor"},
    "exploitative-venue": {"fr": "lieu d'exploitation", "en": "exploitative venue"},
}


def category_label(category: str, lang: str) -> str:
    return _CATEGORIES.get(category, {}).get(lang, category)


def indicator_label(indicator_id: str, lang: str) -> str:
    """The indicator's label from the library in ``lang``, or its id when the library lacks it."""
    from balise.indicators.library import get_indicator

    try:
        indicator = get_indicator(indicator_id)
    except KeyError:
        return indicator_id
    return indicator.label_fr if lang == "fr" else indicator.label_en
