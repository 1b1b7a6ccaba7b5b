"""Build hook: compiles the extraction modules (``balise.extract``) with mypyc.

Everything else about the package is in ``pyproject.toml``; this file only adds the compiled
extension modules. mypyc compiles the ``.py`` files themselves, so there is one
implementation: the compiled modules sit next to their sources (an editable install builds
them in place) and Python imports them first; without them the same sources run
interpreted. Set ``BALISE_PURE_PYTHON=1`` to install without compiling. See
``docs/extraction.md`` (round 9) for why and for the pitfalls.

It also builds ``balise.extract._scan`` from ``_scan.c``: a few per-character scans of
``normalise`` in C (round 10), each with a Python twin that is its specification and the
fallback when the module is absent (``tests/extract/test_scan.py`` compares them).
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Extension, setup

ROOT = Path(__file__).resolve().parent
# balise/extract/__init__.py stays interpreted: it warns when the compiled modules are older
# than their sources (an edited .py is not what runs until the build is redone).
COMPILED = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "src" / "balise" / "extract").rglob("*.py")
    if p.relative_to(ROOT).as_posix() != "src/balise/extract/__init__.py"
)


def _ext_modules() -> list[Extension]:
    if os.environ.get("BALISE_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify  # a build requirement (pyproject.toml [build-system])

    scan = Extension(
        "balise.extract._scan",
        ["src/balise/extract/_scan.c"],
        extra_compile_args=["-O2"],
    )
    return [scan] + mypycify(
        # Modules outside balise.extract are read for their types only: their own type
        # errors (other people's work in progress) must not stop the build. The build runs
        # without the runtime dependencies (phonenumbers, regex: Any there), so the checks
        # that depend on knowing their types are off; `make typecheck` keeps them.
        [
            "--follow-imports=silent",
            "--no-warn-return-any",
            "--no-warn-unused-ignores",
            "--allow-subclassing-any",
            "--allow-untyped-calls",
            *COMPILED,
        ],
        group_name="balise_extract",
        opt_level="3",
    )


setup(ext_modules=_ext_modules())
