"""Each sub-command, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from balise.cli import EXIT_SKIPPED, app

runner = CliRunner()


def test_simulate_writes_a_market_with_truth(tmp_path: Path) -> None:
    result = runner.invoke(app, ["simulate", "--seed", "3", "--operators", "20", "--weeks", "2",
                                 "--out", str(tmp_path / "m"), "--quiet"])  # fmt: skip
    assert result.exit_code == 0, result.output
    for name in ("ads.jsonl", "truth/ads.jsonl", "truth/operators.jsonl", "truth/persons.jsonl"):
        assert (tmp_path / "m" / name).stat().st_size > 0


def test_analyze_reports_skipped_lines_and_keeps_the_rest(
    small_market: Path, tmp_path: Path
) -> None:
    lines = (small_market / "ads.jsonl").read_text(encoding="utf-8").splitlines()
    bad = lines[:5] + ["{broken", '{"source": "x", "posted_at": "2026-09-07"}'] + lines[5:20]
    path = small_market / "with-bad-lines.jsonl"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "balise.cli", "analyze", str(path), "--out", str(tmp_path / "out"),
           "--store", str(tmp_path / "store"), "--quiet", "--workers", "1"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    assert f"{path}:6: invalid JSON" in proc.stderr
    assert f"{path}:7: missing required field 'ad_id'" in proc.stderr
    assert "2 lines skipped" in proc.stderr
    ads = (tmp_path / "out" / "ads.jsonl").read_text().splitlines()
    assert len(ads) == 20


def test_analyze_in_english_and_evaluate(small_market: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(small_market / "ads.jsonl"), "--out", str(out),
                                 "--store", str(tmp_path / "s"), "--lang", "en", "--quiet",
                                 "--workers", "1"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert '<html lang="en"' in (out / "report.html").read_text(encoding="utf-8")
    text = runner.invoke(app, ["evaluate", str(small_market), str(out)])
    assert text.exit_code == 0, text.output
    for words in (
        "phones (all ads)",
        "phones (obfuscated ads)",
        "ages",
        "place accuracy",
        "B-cubed",
        "trafficking recall",
        "minor recall",
        "victim recall",
        "independent-worker FPR",
        "agency false-positive rate",
        "average precision",
    ):
        assert words in text.output
    data = json.loads(
        runner.invoke(app, ["evaluate", str(small_market), str(out), "--json"]).output
    )
    assert 0.0 <= data["bcubed"]["f1"] <= 1.0 and data["ads"] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "nowhere.jsonl", "--out", "o"], "nowhere.jsonl: no such file"),
        (["analyze", "x.jsonl", "--out", "o", "--lang", "de"], "--lang must be fr or en"),
        (["evaluate", "nowhere", "o"], "missing file"),
    ],
)
def test_bad_usage_gets_a_clear_message(tmp_path: Path, args: list[str], message: str) -> None:
    cmd = [sys.executable, "-m", "balise.cli", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode in (1, 2)
    assert message in proc.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"BALISE_WORKERS": "two"}, "BALISE_WORKERS: Input should be a valid integer"),
        ({"BALISE_ENVIRONMENT": "production"}, "BALISE_SECRET_KEY must be set"),
    ],
)
def test_bad_settings_are_named_without_a_trace_or_their_value(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    import os

    cmd = [sys.executable, "-m", "balise.cli", "dispositions", "export", "--out", "d.jsonl"]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("BALISE_")}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, cwd=tmp_path, timeout=120, env={**environ, **env}
    )
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert all(value not in proc.stderr for value in env.values() if value != "production")


def test_calibrate_fits_saves_a_versioned_json_model_used_by_the_next_analysis(
    small_market: Path, tmp_path: Path
) -> None:
    store, out = tmp_path / "s", tmp_path / "out"
    args = ["analyze", str(small_market / "ads.jsonl"), "--out", str(out), "--store", str(store),
            "--quiet", "--workers", "1"]  # fmt: skip
    assert runner.invoke(app, args).exit_code == 0
    # Analysts' outcomes, as the case workflow would record them: from the market's truth.
    truth = {
        (t["source"], t["ad_id"]): t
        for t in map(json.loads, (small_market / "truth" / "ads.jsonl").read_text().splitlines())
    }
    lines = []
    for cluster in map(json.loads, (out / "clusters.jsonl").read_text().splitlines()):
        trafficked = any(truth[tuple(k)]["trafficked"] for k in cluster["ad_ids"])
        outcome = "confirmed-exploitation" if trafficked else "independent-adult"
        lines.append(json.dumps({"cluster_id": cluster["cluster_id"], "outcome": outcome}))
    lines.append("{not json")
    lines.append(json.dumps({"cluster_id": "c-unknown", "outcome": "unclear"}))
    (tmp_path / "dispositions.jsonl").write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["calibrate", str(tmp_path / "dispositions.jsonl"),
                                 "--store", str(store)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Brier" in result.output or "brier" in result.output
    model = json.loads((store / "model.json").read_text())
    assert model["version"] and set(model["weights"])
    assert not (store / "model.pkl").exists()
    # A threshold of 1.0 flags nothing, whatever the model.
    again = ["analyze", str(small_market / "ads.jsonl"), "--out", str(tmp_path / "o2"),
             "--store", str(store), "--quiet", "--threshold", "1.0"]  # fmt: skip
    assert runner.invoke(app, again).exit_code == 0
    leads = [json.loads(x) for x in (tmp_path / "o2" / "leads.jsonl").read_text().splitlines()]
    assert leads and not any(x["flag"] for x in leads)


def test_users_add_reads_the_password_from_stdin_and_serve_lets_them_in(tmp_path: Path) -> None:
    import socket
    import time

    import httpx

    store = tmp_path / "s"
    base = [sys.executable, "-m", "balise.cli"]
    add = subprocess.run([*base, "users", "add", "ana", "--agency", "spl", "--role", "analyst",
                          "--store", str(store)],
                         input="correct horse battery staple\n", capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert add.returncode == 0, add.stderr
    bad = subprocess.run([*base, "users", "add", "bob", "--agency", "nowhere", "--role", "analyst",
                          "--store", str(store)],
                         input="correct horse battery staple\n", capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert bad.returncode == 1 and "nowhere" in bad.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*base, "serve", "--port", str(port), "--store", str(store)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/login", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.3)
        assert httpx.get(url + "/api/v1/leads").status_code == 401
        token = httpx.post(
            url + "/api/v1/token",
            json={"username": "ana", "password": "correct horse battery staple"},
        )
        assert token.status_code == 200, token.text
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        assert httpx.get(url + "/api/v1/leads", headers=headers).status_code == 200
        page = httpx.get(url + "/", follow_redirects=False)
        assert page.status_code in (302, 303, 307) and "/login" in page.headers["location"]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_dispositions_export_writes_the_file_calibrate_reads(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    result = runner.invoke(app, ["dispositions", "export", "--out", str(out),
                                 "--store", str(tmp_path / "s")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.exists() and "0 dispositions" in result.output


def test_share_bundle_between_two_deployments_and_purge(
    small_market: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BALISE_CONSORTIUM_KEY", "ab" * 32)
    montreal, laval = tmp_path / "spvm", tmp_path / "spl"
    args = ["analyze", str(small_market / "ads.jsonl"), "--out", str(tmp_path / "out"),
            "--store", str(montreal), "--quiet", "--workers", "1"]  # fmt: skip
    assert runner.invoke(app, args).exit_code == 0
    bundle = tmp_path / "to-laval.json"
    result = runner.invoke(app, ["share", "export", "--from", "spvm", "--to", "spl",
                                 "--out", str(bundle), "--store", str(montreal)])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = bundle.read_bytes()
    phones = {p for a in map(json.loads, (tmp_path / "out" / "ads.jsonl").read_text().splitlines())
              for p in a["phones"]}  # fmt: skip
    assert not any(p.encode() in data or p[2:].encode() in data for p in phones)
    ok = runner.invoke(app, ["share", "import", str(bundle), "--as", "spl", "--store", str(laval)])
    assert ok.exit_code == 0, ok.output
    tampered = tmp_path / "tampered.json"
    tampered.write_bytes(data.replace(b'"score"', b'"score" ', 1).replace(b"0.", b"1.", 1))
    cmd = [sys.executable, "-m", "balise.cli", "share", "import", str(tampered), "--as", "spl",
           "--store", str(laval)]  # fmt: skip
    refused = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert "signature" in refused.stderr.lower()
    dry = runner.invoke(app, ["purge", "--dry-run", "--older-than", "1", "--store", str(montreal)])
    assert dry.exit_code == 0, dry.output
    assert (tmp_path / "out" / "ads.jsonl").exists()
