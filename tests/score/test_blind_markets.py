"""What the lead scoring must never do on the nine *blind* hand-written markets.

Each market (``tests/score/data/blind``, ``blind2`` to ``blind9``) was
written by an engineer who had read neither the indicators, the scoring, the linking, the
simulator nor the other hand-written markets, so that its first measurement (``FIRST_RUN.txt``,
on the code committed then) is an out-of-sample figure. ``blind4`` was written in session 7, its
first run taken on that session's round-9 indicators; two reading fixes for its near-misses
followed (months and a stated gender are not names; "petite agence" is not youth), so it too is
in-sample now (docs/indicators.md, round 9). ``blind5`` was written last (session 8: Québécois
French and joual, a massage directory of "licensed wellness" businesses, a sugar-dating board,
careful controllers); its first run was taken on that session's round-10 indicators, and three
misreadings it showed were mended after it (negations in the clause, school as adults' past,
"petite collective"), so it is in-sample too. ``blind6`` was written in session 9 (the
Outaouais and the 401/20 corridor: a body-rub directory, a "w4m" personals board, a
companion-profile site, emoji classifieds, a verified-provider directory); its first run was taken
on that session's final indicators and nobody has tuned on it.
Each is analysed once here with the real pipeline (embedded engine, a few seconds); the
figures are operator level (spec/evaluation.md), computed by ``unseen/unseen_measure.py``.

The bound on the independent-worker false-positive rate is the issue's 0.02: with 57
independent workers (``blind``) or 51 (``blind2`` to ``blind9``: 45 solo and 6 duos),
that allows at most one flagged worker (1/57 = 0.018, 1/51 = 0.0196) and two are already too
many (0.035, 0.039).

``blind2``'s first run flagged one independent, ``b2-i06``: a 19-year-old student who writes
her number in words "because of the robots". Her title word "Étudiante" was read as a second
person's name, so one phone seemed to carry two persons each written in the first person.
Round 8 stopped reading descriptions as names; a test below keeps her unflagged.

``blind4``'s first run (session 7, HEAD d3c4039) flagged no independent worker (0/51) and no
agency (0/6), so it needs no entry in ``KNOWN_MISFIRES``; its misses (venues, careful
controllers) are in its ``FINDINGS.md``, not asserted here.

``blind5``'s first run (session 8, HEAD 481183b) flagged no independent worker (0/51: the highest
scored 0.157) and no agency (0/6: the highest 0.465), and its 8 flagged leads carry 10 or more
evidence items each, so it needs no entry in ``KNOWN_MISFIRES`` either; its misses (all five
venues, four third parties, two of the five minors) are in its ``FINDINGS.md``.

``blind6``'s first run (session 9, HEAD b71e876, 04:20 UTC) flagged one independent operator of
51, the duo ``b6-d01`` (two independents sharing a hotel suite for a weekend in Ottawa): 1/51 =
0.0196 meets the 0.02 bound with nothing to spare, so a second flagged worker fails the test.
No agency was flagged (0/6) and the 11 flagged leads carry 14 or more evidence items each, so it
needs no entry in ``KNOWN_MISFIRES``. The duo's flag was mended in round 12 (session 9: "lives
here" alone is a woman's own home) and a test below holds it; the market's misses are in its
``FINDINGS.md``, and blind6 is in-sample since.

``blind7`` (the Rive-Sud, Estrie and Trois-Rivières: a review-board forum, a clinic booking
site, link-in-bio pages, a sugar-dating site, obfuscated bilingual classifieds) and ``blind8``
(Laval, the Rive-Nord, the Laurentides and the West Island: a job board, a touring-schedule
site, an agency directory, short classifieds in joual, discreet massage listings) were written
in session 10 by two engineers who read neither the code nor each other's market. Their first
runs (HEAD 24f27dc and 1048f1c, before any change of that session) flagged no independent
worker and no agency (0/51 and 0/6 each), so neither needs an entry in ``KNOWN_MISFIRES``; their
misses are in their ``FINDINGS.md``, and both are in-sample since.

``blind9`` (Québec City and Lévis, Saguenay, Rimouski, the Côte-Nord, Drummondville: a regional
forum, a review aggregator, hotel-incall listings, a classifieds' massage section, captions
with hashtags) was written later in session 10, after that session's round 13, and measured
once on it (HEAD 759eb83): no independent worker and no agency flagged (0/51, 0/6); its misses
are in its ``FINDINGS.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hand_markets import (
    DATA,
    assert_flags_checkable,
    assert_independent_fpr_within,
    jsonl,
    load_module,
    measure_module,
)

INDEPENDENT_FPR_BOUND = 0.02  # the target (see the docstring)

# Bounds a market's first run did not meet, by (test, market): each is a strict expected
# failure, so the test turns into a failure once the code meets the bound (then drop the entry).
KNOWN_MISFIRES: dict[tuple[str, str], str] = {}


def expect_known_misfire(request: pytest.FixtureRequest, test: str, market: Market) -> None:
    """Mark this run of ``test`` as a strict xfail when ``market`` is listed in KNOWN_MISFIRES."""
    reason = KNOWN_MISFIRES.get((test, market.name))
    if reason is not None:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=reason))


@dataclass(frozen=True)
class Market:
    name: str
    operators: int
    ads: int
    independents: int  # solo and duos
    duos: int
    traffickers: int  # third parties and exploitative venues
    minors: int

    @property
    def path(self) -> Path:
        return DATA / self.name


MARKETS = {
    m.name: m
    for m in (
        Market("blind", 81, 640, 57, 6, 18, 6),
        Market("blind2", 74, 473, 51, 6, 17, 6),
        Market("blind3", 74, 549, 51, 6, 17, 5),
        Market("blind4", 74, 521, 51, 6, 17, 5),
        Market("blind5", 74, 487, 51, 6, 17, 5),
        Market("blind6", 74, 483, 51, 6, 17, 5),
        Market("blind7", 74, 491, 51, 6, 17, 5),
        Market("blind8", 74, 547, 51, 6, 17, 5),
        Market("blind9", 74, 536, 51, 6, 17, 5),
    )
}


@pytest.fixture(scope="module", params=sorted(MARKETS))
def market(request: pytest.FixtureRequest) -> Market:
    found: Market = MARKETS[request.param]
    return found


@pytest.fixture(scope="module")
def analysis(market: Market, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out: Path = measure_module.analyze_unseen(
        tmp_path_factory.mktemp(market.name), ads=market.path / "ads.jsonl"
    )
    return out


@pytest.fixture(scope="module")
def figures(market: Market, analysis: Path) -> Any:
    return measure_module.measure(analysis, measure_module.load_truth(market.path / "truth.jsonl"))


def test_the_market_is_the_one_described(market: Market) -> None:
    truth = measure_module.load_truth(market.path / "truth.jsonl")
    kinds = [t.kind for t in truth]
    assert len(truth) == market.operators
    assert kinds.count("independent") + kinds.count("duo") == market.independents
    assert kinds.count("duo") == market.duos
    assert kinds.count("third_party") + kinds.count("exploitative_venue") == market.traffickers
    assert sum(t.minor for t in truth) == market.minors
    assert all(t.minor_ads and set(t.minor_ads) <= set(t.ads) for t in truth if t.minor)
    # every ad of the file belongs to exactly one operator
    keys = [k for t in truth for k in t.ads]
    assert len(keys) == len(set(keys)) == market.ads
    in_file = [(ad["source"], ad["ad_id"]) for ad in jsonl(market.path / "ads.jsonl")]
    assert sorted(in_file) == sorted(keys)


def test_the_data_files_are_what_the_builder_writes(market: Market) -> None:
    # the hand-written texts live in the builder: the two must not drift apart
    builder = load_module(f"build_{market.name}", market.path / f"build_{market.name}.py")
    ads, truth = builder.build()
    assert jsonl(market.path / "ads.jsonl") == ads
    assert jsonl(market.path / "truth.jsonl") == truth


def test_the_market_holds_only_synthetic_phones(market: Market) -> None:
    # no real person's number may enter the repository: NPA-555-01XX only
    for ad in jsonl(market.path / "ads.jsonl"):
        # (a contact field may hold no number at all: "voir annonce")
        digits = re.sub(r"\D", "", ad.get("contact", {}).get("phone") or "")
        if digits:
            assert re.fullmatch(r"1?\d{3}55501\d\d", digits), ad["ad_id"]
        for digits in re.findall(r"\d{3}[-. ]?\d{3}[-. ]?\d{4}", ad["body"]):
            assert re.sub(r"\D", "", digits)[3:8] == "55501", (ad["ad_id"], digits)


def test_independent_workers_are_almost_never_flagged(
    market: Market, figures: Any, request: pytest.FixtureRequest
) -> None:
    expect_known_misfire(request, "independent_fpr", market)
    assert_independent_fpr_within(figures, INDEPENDENT_FPR_BOUND)


def test_every_flagged_lead_is_checkable_and_not_keywords_alone(
    market: Market, analysis: Path, request: pytest.FixtureRequest
) -> None:
    expect_known_misfire(request, "flags_checkable", market)
    assert_flags_checkable(analysis)


@pytest.mark.parametrize("market", ["blind2"], indirect=True)
def test_blind2_student_who_writes_her_number_in_words_is_not_flagged(figures: Any) -> None:
    assert "b2-i06" not in {r.operator.operator_id for r in figures.flagged_independents}
    assert figures.duo_fpr == 0.0 and figures.agency_fpr == 0.0


@pytest.mark.parametrize("market", ["blind6"], indirect=True)
def test_blind6_flags_no_agency(figures: Any) -> None:
    # six clean agencies, each with one booking line for several adult women
    assert figures.agency_fpr == 0.0, [r.operator.operator_id for r in figures.of_kind("agency")]


@pytest.mark.parametrize("market", ["blind6"], indirect=True)
def test_blind6_two_friends_sharing_a_suite_are_not_flagged(figures: Any) -> None:
    # blind6's first run (b71e876) flagged the weekend duo b6-d01 at 0.574: live-in +1.40 read
    # "Rae lives here" (the local one of two friends). Mended in round 12 (live-in v7).
    assert "b6-d01" not in {r.operator.operator_id for r in figures.flagged_independents}
