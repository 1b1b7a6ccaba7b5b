"""One text template used with several phones that the linker kept apart."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength
from balise.schema import CutLink, Evidence

# A template shared with this many other phone groups makes the first person a template's: the
# same "I" written for three phones or more is not one woman speaking for herself (one change
# of number, two groups, is what an independent's new phone looks like).
FAKE_FIRST_PERSON_PEERS = 2
STOCK_PEERS = 3  # a stock-phrase group spans more than ``text_hub_max_groups`` (10) groups


def _peers(view: ClusterView) -> list[CutLink]:
    # ``template`` cut links: another phone group with this template, not merged on text alone;
    # ``text`` cut links to a ``tpl:`` group: near-identical text across more groups with their
    # own contacts than the linker merges (the stock-phrase guard), which on the ads of one
    # cluster is the same words written for many phones
    return [
        cut
        for cut in view.cluster.cut_links
        if cut.kind == "template" or (cut.kind == "text" and cut.value.startswith("tpl:"))
    ]


def template_peers(view: ClusterView) -> int:
    """Other groups with their own phone whose ads share this cluster's text template (the
    linker records them as cut links: text alone does not merge phone groups); a stock-phrase
    group counts as many."""
    return sum(1 if cut.kind == "template" else STOCK_PEERS for cut in _peers(view))


def measure(view: ClusterView) -> Finding | None:
    peers = _peers(view)
    count = template_peers(view)
    if not count:
        return None
    strength = step_strength(count, ((1, 0.3), (2, 0.7), (3, 1.0)))
    here = view.ads[0]
    evidence = [Evidence(here.source, here.ad_id, f"template: {here.body[:60]}")]
    for cut in peers:
        if cut.kind == "template":
            source, _, ad_id = cut.value.removeprefix("ad:").partition("/")
            evidence.append(Evidence(source, ad_id, f"same template, another phone ({cut.reason})"))
        else:
            evidence.append(Evidence(here.source, here.ad_id, f"same text elsewhere: {cut.reason}"))
    return Finding(
        strength,
        tuple(evidence),
        f"the same text template is used by {count} other group(s) with their own phone",
    )


INDICATOR = Indicator(
    id="template-phones",
    version=1,
    category="trafficking",
    label_fr="Même modèle de texte avec d'autres numéros",
    label_en="One template used with other phones",
    description_fr="Le texte de ces annonces est repris, à peu de mots près, par d'autres "
    "groupes d'annonces qui ont chacun leur numéro : une même main écrit pour plusieurs "
    "téléphones (un numéro par femme, ou des téléphones jetables).",
    description_en="These ads' text is reused, nearly word for word, by other groups of ads "
    "that each have their own phone: one hand writes for several phones (one phone per woman, "
    "or burners).",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.KESKIN_2021}",
    default_weight=1.2,
    level="cluster",
    signal="network",
    measure=measure,
)
