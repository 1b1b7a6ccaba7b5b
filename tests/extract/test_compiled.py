"""The install compiles balise.extract with mypyc (``setup.py``): the compiled modules are the
ones imported, they are built from the current sources, and they work in worker processes.

Without a compiled build (``BALISE_PURE_PYTHON=1``, or a tree on ``PYTHONPATH`` that was never
installed) the same sources run interpreted and the tests that need the build are skipped.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import pkgutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import balise.extract
from balise.extract import SHARED_LIBRARY, extract_batch, stale_sources
from balise.schema import AdRecord

PACKAGE = Path(balise.extract.__file__).parent
BUILT = bool(list(PACKAGE.parent.parent.glob(SHARED_LIBRARY + ".*")))
needs_build = pytest.mark.skipif(not BUILT, reason="balise.extract was not compiled here")


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE)], "balise.extract."):
        names.append(info.name)
    return sorted(names)


def test_every_source_module_is_listed() -> None:
    assert "balise.extract.normalise" in _modules()
    assert "balise.extract.rules.fr" in _modules()


@needs_build
@pytest.mark.parametrize("name", _modules())
def test_the_compiled_module_is_the_one_imported(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert module.__file__.endswith(".so"), f"{name} runs interpreted from {module.__file__}"


@needs_build
def test_the_compiled_modules_are_built_from_the_current_sources() -> None:
    assert stale_sources() == [], "run `make setup` to rebuild the compiled extraction"


def test_an_edit_after_the_build_is_reported(tmp_path: Path) -> None:
    package = tmp_path / "balise" / "extract"
    (package / "rules").mkdir(parents=True)
    for rel in ("__init__.py", "ages.py", "rules/fr.py", "_scan.c"):
        (package / rel).write_text("")
    library = tmp_path / f"{SHARED_LIBRARY}.cpython-311-x86_64-linux-gnu.so"
    assert stale_sources(package) == []  # not compiled: nothing is stale
    library.write_bytes(b"")
    os.utime(library, (1_000_000, 1_000_000))
    for rel, mtime in (
        ("__init__.py", 2e6),
        ("ages.py", 1_000_001),
        ("rules/fr.py", 2e6),
        ("_scan.c", 2e6),
    ):
        os.utime(package / rel, (mtime, mtime))
    # __init__.py is never compiled; ages.py was written with the build (within the slack)
    assert stale_sources(package) == ["_scan.c", "rules/fr.py"]


def _ads() -> list[AdRecord]:
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from bench_extract import synthetic_ads

    ads: list[AdRecord] = synthetic_ads(40)
    return ads


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_worker_processes_extract_the_same(method: str) -> None:
    # Engines run extract_batch in pool workers: the compiled functions must pickle by
    # reference and the compiled library load in a fresh interpreter.
    ads = _ads()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
        got = pool.submit(extract_batch, ads).result(timeout=120)
    assert got == extract_batch(ads)
