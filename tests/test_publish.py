"""What a run publishes can be verified: every file's sha256 in the manifest; `--strict` for
pipelines that treat a warning as a failure."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_manifest_gives_the_sha256_of_every_file_beside_it(out_dir):
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    written = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()} - {"manifest.json"}
    written = {p for p in written if not p.startswith("parquet/")}  # the export step's, not the run's
    assert set(manifest["files"]) == written
    for relpath, digest in manifest["files"].items():
        assert hashlib.sha256((out_dir / relpath).read_bytes()).hexdigest() == digest, relpath
    assert "amounts.json" in manifest["files"] and "schema/manifest.schema.json" in manifest["files"]


def test_strict_fails_a_run_that_warned_and_still_writes_it(tmp_path):
    command = [sys.executable, "-m", "kic_extract", "run", "--raw", str(ROOT / "raw"), "--quiet"]
    plain = subprocess.run([*command, "--out", str(tmp_path / "a")], capture_output=True, text=True, cwd=ROOT)
    strict = subprocess.run([*command, "--out", str(tmp_path / "b"), "--strict"], capture_output=True, text=True,
                            cwd=ROOT)
    assert plain.returncode == 0
    assert strict.returncode == 3
    assert strict.stderr.strip() == f"error: 16 warnings, and --strict fails the run on any (see {tmp_path / 'b'}/manifest.json)"
    assert (tmp_path / "a" / "manifest.json").read_bytes() == (tmp_path / "b" / "manifest.json").read_bytes()


# ── all or nothing: a publish cut short leaves the previous complete set ─────────────────────
SHIPPED = ROOT / "raw" / "kic-china-weekly-268.txt"


def _two_runs_apart(tmp_path: Path) -> tuple[Path, Path, dict]:
    """An output folder holding a run of one issue, and a raw folder of two issues to publish next."""
    from kic_extract.runner import run

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SHIPPED.name).write_bytes(SHIPPED.read_bytes())
    out = tmp_path / "out"
    assert run(raw, out, jobs=1, progress=False) == 0
    before = _snapshot(out)
    text = SHIPPED.read_text(encoding="utf-8").replace("제 268 호", "제 269 호", 1)
    (raw / "kic-china-weekly-269.txt").write_text(text, encoding="utf-8")
    return raw, out, before


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_failure_while_files_are_put_in_place_restores_the_previous_set(tmp_path, monkeypatch):
    import errno

    from kic_extract import publish
    from kic_extract.runner import OutputError, run

    raw, out, before = _two_runs_apart(tmp_path)
    original = publish.stage_to_targets

    def disk_full_after_three(stage, out_dir, order):
        original(stage, out_dir, order[:3])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publish, "stage_to_targets", disk_full_after_three)
    try:
        run(raw, out, jobs=1, progress=False)
    except OutputError as exc:
        assert "No space left on device" in str(exc)
    else:
        raise AssertionError("the run should have failed")
    assert _snapshot(out) == before  # the one-issue set, whole; no staging folder left


KILLED_MID_PUBLISH = """
import os, sys
from pathlib import Path
from kic_extract import publish
from kic_extract.runner import run
original = publish.stage_to_targets
def die_halfway(stage, out_dir, order):
    original(stage, out_dir, order[: len(order) // 2])
    os._exit(9)
publish.stage_to_targets = die_halfway
run(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False)
"""


def test_a_run_killed_while_publishing_is_undone_by_the_next_run(tmp_path):
    from kic_extract import load
    from kic_extract.datasets import DatasetError
    from kic_extract.runner import run

    raw, out, before = _two_runs_apart(tmp_path)
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_PUBLISH, str(raw), str(out)], cwd=ROOT)
    assert killed.returncode == 9
    mixed = _snapshot(out)
    assert {k: v for k, v in mixed.items() if not k.startswith(".")} != before  # half of the new set is in
    try:
        load("sections", out)
    except DatasetError as exc:
        assert "stopped while doing so" in str(exc)
    else:
        raise AssertionError("a half-published folder must not load")
    assert run(raw, tmp_path / "fresh", jobs=1, progress=False) == 0
    assert run(raw, out, jobs=1, progress=False) == 0  # rolls back first, then publishes whole
    assert _snapshot(out) == _snapshot(tmp_path / "fresh")
    assert list(load("issues", out)["number"]) == [268, 269]


def test_the_previous_set_comes_back_before_a_killed_runs_folder_is_removed(tmp_path):
    from kic_extract.write import clean_stale

    raw, out, before = _two_runs_apart(tmp_path)
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_PUBLISH, str(raw), str(out)], cwd=ROOT)
    assert killed.returncode == 9
    removed = clean_stale(out)
    assert len(removed) == 1 and removed[0].startswith(".staging-")
    assert _snapshot(out) == before
