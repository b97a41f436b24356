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
    command = [sys.executable, "-m", "extract", "run", "--raw", str(ROOT / "raw"), "--quiet"]
    plain = subprocess.run([*command, "--out", str(tmp_path / "a")], capture_output=True, text=True, cwd=ROOT)
    strict = subprocess.run([*command, "--out", str(tmp_path / "b"), "--strict"], capture_output=True, text=True,
                            cwd=ROOT)
    assert plain.returncode == 0
    assert strict.returncode == 3
    assert strict.stderr.strip() == f"error: 16 warnings, and --strict fails the run on any (see {tmp_path / 'b'}/manifest.json)"
    assert (tmp_path / "a" / "manifest.json").read_bytes() == (tmp_path / "b" / "manifest.json").read_bytes()
