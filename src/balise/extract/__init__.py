"""Bilingual, obfuscation-proof extraction from ad text.

``extract_ad`` reads phones, emails, handles, ages, prices, places, language and
names from one :class:`~balise.schema.AdRecord`; every value carries a
:class:`~balise.schema.Mention` whose span points into the original field text.

The modules of this package are compiled with mypyc by the install (``setup.py``); this
file is not, so that it can say when the compiled code is older than its sources.
"""

from __future__ import annotations

import warnings
from pathlib import Path

SHARED_LIBRARY = "balise_extract__mypyc"
"""Name of the library mypyc builds for this package (beside the top-level ``balise``)."""

_SLACK_SECONDS = 2.0  # an install writes its files within this; an edit comes later


def stale_sources(package: Path | None = None) -> list[str]:
    """Sources of this package (or of ``package``, a directory laid out the same way) edited
    after its compiled library was built ([] when it is not compiled): until the build is
    redone (``make setup``), Python runs the compiled code, not what these files say."""
    package = Path(__file__).parent if package is None else package
    libraries = list(package.parent.parent.glob(SHARED_LIBRARY + ".*"))
    if not libraries:
        return []
    built = max(p.stat().st_mtime for p in libraries)
    return sorted(
        p.relative_to(package).as_posix()
        for pattern in ("*.py", "*.c")  # the mypyc modules and the C scans (_scan.c)
        for p in package.rglob(pattern)
        if p != package / "__init__.py"  # interpreted, never compiled
        if p.stat().st_mtime > built + _SLACK_SECONDS
    )


_stale = stale_sources()
if _stale:
    warnings.warn(
        f"balise.extract: {', '.join(_stale)} changed after the compiled modules were built; "
        "the compiled (old) code runs until `make setup` rebuilds it",
        stacklevel=2,
    )

from balise.extract.batch import extract_ad, extract_batch  # noqa: E402
from balise.extract.places import place_id  # noqa: E402

__all__ = ["extract_ad", "extract_batch", "place_id", "stale_sources", "SHARED_LIBRARY"]
