"""The ``balise`` command.

Exit status of every sub-command: 0 success; 1 an error (message on standard error);
2 bad usage; ``analyze`` exits 3 when it finished but skipped some input lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from pydantic import ValidationError

from balise.errors import BaliseError, InputError
from balise.progress import Reporter
from balise.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

EXIT_SKIPPED = 3

app = typer.Typer(
    name="balise",
    help="Find signs of exploitation in online escort and massage ads; spare independent workers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
users_app = typer.Typer(help="Manage the application's users.", no_args_is_help=True)
dispositions_app = typer.Typer(help="Analysts' recorded outcomes.", no_args_is_help=True)
share_app = typer.Typer(help="Share leads with another agency's deployment.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(dispositions_app, name="dispositions")
app.add_typer(share_app, name="share")

StoreOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional
    typer.Option("--store", help="store directory (default: ./balise-data or $BALISE_STORE_DIR)"),
]


def _settings(store: Path | None = None, **overrides: object) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if store is not None:
        values["store_dir"] = store
    try:
        return Settings(**values)  # type: ignore[arg-type]
    except ValidationError as exc:
        # Name each bad setting and say what is wrong, never its value: a secret may be one.
        problems = "; ".join(
            f"BALISE_{'_'.join(str(part) for part in error['loc']).upper() or 'SETTINGS'}: "
            f"{error['msg']}"
            for error in exc.errors(include_input=False, include_url=False)
        )
        raise InputError(f"bad settings: {problems}") from None


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"balise: error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def simulate(
    out: Annotated[Path, typer.Option("--out", help="directory to write the market to")],
    seed: Annotated[int, typer.Option(help="random seed (same seed, same market)")] = 1,
    operators: Annotated[int, typer.Option(min=1, help="number of operators")] = 1000,
    weeks: Annotated[int, typer.Option(min=1, help="weeks of advertising")] = 8,
    images: Annotated[bool, typer.Option("--images", help="also draw photo files")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Generate a synthetic Montréal-area market of ads, with ground truth."""
    from balise.simulate import generate_market

    reporter = Reporter(quiet=quiet)
    with reporter.task("simulate", None):
        summary = generate_market(seed, operators, weeks, out, images=images)
    reporter.note(
        f"{summary.ads} ads from {summary.operators} operators ({summary.persons} persons, "
        f"{summary.images} images) written to {out}"
    )


@app.command()
def analyze(
    ads: Annotated[list[Path], typer.Argument(help="ads.jsonl files (interchange format)")],
    out: Annotated[Path, typer.Option("--out", help="directory for the outputs")],
    store: StoreOption = None,
    lang: Annotated[str, typer.Option(help="report language: fr or en")] = "fr",
    engine: Annotated[str, typer.Option(help="embedded (default) or spark")] = "embedded",
    master: Annotated[Optional[str], typer.Option(help="Spark master URL")] = None,  # noqa: UP045
    workers: Annotated[Optional[int], typer.Option(help="extraction processes")] = None,  # noqa: UP045
    threshold: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(min=0.0, max=1.0, help="flag leads at this score (default: the model's)"),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Ingest ads, link them into operators, score leads; write the outputs and a report."""
    if lang not in ("fr", "en"):
        raise _fail(f"--lang must be fr or en, not {lang!r}", 2)
    settings = _settings(store, workers=workers, flag_threshold=threshold)
    reporter = Reporter(quiet=quiet)
    if engine == "spark":
        from balise.engine.spark import analyze_spark

        result = analyze_spark(ads, out_dir=out, settings=settings, master=master, lang=lang,
                               reporter=reporter)  # fmt: skip
    elif engine == "embedded":
        from balise.engine.embedded import analyze as analyze_embedded

        result = analyze_embedded(ads, out_dir=out, settings=settings, lang=lang, reporter=reporter)
    else:
        raise _fail(f"--engine must be embedded or spark, not {engine!r}", 2)
    for rejected in result.rejected:
        typer.echo(f"{rejected.file}:{rejected.line}: {rejected.reason}", err=True)
    for warning in result.warnings:
        typer.echo(f"{warning.file}:{warning.line}: warning: {warning.message}", err=True)
    f = result.figures
    reporter.note(
        f"{f.lines_read} lines read, {f.ads_new} new ads, {f.ads_duplicate} already stored, "
        f"{f.ads_reposts} reposts; {f.ads_total} ads in the store, {f.clusters} clusters, "
        f"{f.leads_flagged} flagged leads ({f.seconds.get('total', 0):.1f} s)"
    )
    reporter.note(
        f"outputs: {out}/ads.jsonl, clusters.jsonl, leads.jsonl; report: {out}/report.html"
    )
    typer.echo(f"{f.lines_rejected} lines skipped", err=True)
    if f.lines_rejected:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def evaluate(
    truth: Annotated[Path, typer.Argument(help="a generated market (or its truth/ directory)")],
    out: Annotated[Path, typer.Argument(help="the output directory of an analysis")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Score an analysis against the truth of a generated market."""
    import orjson

    from balise.evaluate import evaluate as run_evaluation

    result = run_evaluation(truth, out)
    if as_json:
        typer.echo(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        typer.echo(result.to_text())


@app.command()
def calibrate(
    dispositions: Annotated[Path, typer.Argument(help="JSONL of cluster_id and outcome")],
    store: StoreOption = None,
    model_out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--out", help="where to save the model (default: the store's model.json)"),
    ] = None,
    c: Annotated[float, typer.Option("--C", help="inverse regularisation strength")] = 1.0,
) -> None:
    """Fit the indicator weights to analysts' dispositions; report calibration; save the model."""
    from balise.engine.embedded import load_model, model_path
    from balise.score.calibrate import calibrate as fit
    from balise.score.calibrate import read_dispositions
    from balise.store.analytics import AnalyticsStore

    settings = _settings(store)
    outcomes = read_dispositions(dispositions)
    with AnalyticsStore.open(settings.store_dir) as analytics:
        features = analytics.features()
    unknown = [cid for cid in outcomes if cid not in features]
    if unknown:
        typer.echo(f"{len(unknown)} dispositions name clusters not in the store; ignored", err=True)
    outcomes = {cid: y for cid, y in outcomes.items() if cid in features}
    model, report = fit(features, outcomes, load_model(settings), C=c)
    target = model_out or model_path(settings.store_dir)
    model.save(target)
    typer.echo(report.to_text())
    typer.echo(f"model saved to {target}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    store: StoreOption = None,
) -> None:
    """Run the analysts' web application (BALISE_DATABASE_URL selects PostgreSQL)."""
    from balise.web import run_server

    run_server(_settings(store), host=host, port=port)


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument()],
    agency: Annotated[str, typer.Option(help="agency id: spvm, spl, spal or a partner's id")],
    role: Annotated[str, typer.Option(help="analyst, supervisor, partner or admin")],
    store: StoreOption = None,
) -> None:
    """Add a user; the password is read from standard input."""
    from balise.cases.users import add_user

    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise _fail("no password on standard input", 2)
    with _app_engine(_settings(store)) as engine:
        add_user(engine=engine, username=username, password=password, agency=agency, role=role)
    typer.echo(f"user {username} added ({role}, {agency})")


@dispositions_app.command("export")
def dispositions_export(
    out: Annotated[Path, typer.Option("--out", help="JSONL file to write")],
    store: StoreOption = None,
) -> None:
    """Write the analysts' recorded outcomes in the format `balise calibrate` reads."""
    from balise.cases.dispositions import export_dispositions

    with _app_engine(_settings(store)) as engine:
        count = export_dispositions(engine=engine, out=out)
    typer.echo(f"{count} dispositions written to {out}")


@contextmanager
def _app_engine(settings: Settings) -> Iterator[Engine]:
    """The application database, migrated to head."""
    from balise.store.appdb import make_engine, upgrade

    settings.store_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.app_database_url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()


@share_app.command("export")
def share_export(
    from_agency: Annotated[str, typer.Option("--from", help="the agency sharing its leads")],
    to_agency: Annotated[str, typer.Option("--to", help="the agency they are for")],
    out: Annotated[Path, typer.Option("--out", help="bundle file to write")],
    store: StoreOption = None,
) -> None:
    """Write a signed bundle of the leads that touch the other agency's territory."""
    from balise.share.bundles import export_bundle
    from balise.share.keys import ensure_key
    from balise.share.sealing import KeyEncryptionKey

    settings = _settings(store)
    with _app_engine(settings) as engine:
        key = ensure_key(engine=engine, kek=KeyEncryptionKey.from_settings(settings))
        count = export_bundle(
            engine=engine, from_agency=from_agency, to_agency=to_agency, out=out, key=key.secret
        )
    typer.echo(f"{count} leads written to {out} (identifiers pseudonymised, signed)")


@share_app.command("import")
def share_import(
    bundle: Annotated[Path, typer.Argument(help="a bundle written by `balise share export`")],
    as_agency: Annotated[str, typer.Option("--as", help="the receiving agency")],
    store: StoreOption = None,
) -> None:
    """Verify a bundle's signature and load it; refuse it (exit 1) when it does not verify."""
    from balise.share.bundles import import_bundle
    from balise.share.keys import ensure_key
    from balise.share.sealing import KeyEncryptionKey

    settings = _settings(store)
    kek = KeyEncryptionKey.from_settings(settings)
    with _app_engine(settings) as engine:
        key = ensure_key(engine=engine, kek=kek)
        count = import_bundle(
            engine=engine, path=bundle, as_agency=as_agency, key=key.secret, kek=kek
        )
    typer.echo(f"{count} leads imported for {as_agency}")


OLD_KEK_ENV = "BALISE_OLD_KEY_ENCRYPTION_KEY"


@share_app.command("rewrap")
def share_rewrap(
    old_from_env: Annotated[
        str,
        typer.Option(
            "--old-from-env",
            metavar="VARIABLE",
            help="environment variable holding the previous key-encryption key (the old value "
            "of BALISE_KEY_ENCRYPTION_KEY, or of BALISE_SECRET_KEY when that one was used); "
            "never given on the command line, where other users and the shell history see it",
        ),
    ] = OLD_KEK_ENV,
    store: StoreOption = None,
) -> None:
    """Re-encrypt every stored consortium key under the current key-encryption key (one
    transaction): run it after changing BALISE_KEY_ENCRYPTION_KEY (or BALISE_SECRET_KEY)."""
    import os

    from balise.share.keys import rewrap_keys
    from balise.share.sealing import KeyEncryptionKey

    old_value = os.environ.get(old_from_env)
    if not old_value:
        raise _fail(
            f"set {old_from_env} to the previous key-encryption key (the value the keys were "
            "stored under); the current one is read from BALISE_KEY_ENCRYPTION_KEY, else "
            "BALISE_SECRET_KEY",
            2,
        )
    settings = _settings(store)
    old = KeyEncryptionKey.from_material(old_value, source=old_from_env)
    new = KeyEncryptionKey.from_settings(settings)
    with _app_engine(settings) as engine:
        report = rewrap_keys(engine=engine, old=old, new=new)
    plural = "" if report.rewrapped == 1 else "s"
    typer.echo(
        f"{report.rewrapped} consortium key{plural} re-encrypted under the key-encryption key "
        f"from {new.source}; {report.already_current} already under it"
    )


@app.command()
def purge(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="say what would go; remove nothing")
    ] = False,
    older_than: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--older-than", min=1, help="days (default: BALISE_RETENTION_DAYS, 90)"),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Remove ads and extractions of never-flagged clusters past the retention period; logged."""
    from balise.share.retention import purge as run_purge

    settings = _settings(store)
    days = older_than or settings.retention_days
    with _app_engine(settings) as engine:
        report = run_purge(
            engine=engine,
            analytics_store_dir=settings.store_dir,
            older_than_days=days,
            dry_run=dry_run,
        )
    typer.echo(report.to_text())


def main() -> None:
    try:
        app()
    except BaliseError as exc:
        typer.echo(f"balise: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("balise: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
