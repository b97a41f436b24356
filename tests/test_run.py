"""The `run` command: determinism, committed outputs, bad inputs, schemas, validation."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from kic_extract import models
from kic_extract.runner import run

from conftest import ROOT, SHIPPED


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_rerun_is_byte_identical(out_dir, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    assert run(raw, tmp_path / "again", jobs=1, progress=False) == 0
    assert _files(tmp_path / "again") == _files(out_dir)


def test_committed_normalized_equals_pipeline_output(out_dir):
    committed = {k: v for k, v in _files(ROOT / "normalized").items() if not k.startswith("parquet/")}  # make export
    fresh = _files(out_dir)
    assert sorted(committed) == sorted(fresh), "run `make run` and commit normalized/"
    for name in fresh:
        assert committed[name] == fresh[name], f"normalized/{name} is stale: run `make run` and commit it"


def test_manifest_lists_inputs_datasets_and_schemas(data, out_dir):
    manifest = data["manifest"]
    assert manifest["schema_version"] == models.SCHEMA_VERSION
    (entry,) = manifest["inputs"]
    assert entry["path"] == "raw/kic-china-weekly-268.txt"
    assert entry["sha256"] == "b4b3dfbe06647ecb8908c455bf2bd26f27c981150babc8d19bffdf678276b962"
    assert (entry["format"], entry["encoding"], entry["error"]) == ("text", "utf-8", None)
    for name, info in manifest["datasets"].items():
        assert info["records"] == len(data[name])
        schema = json.loads((out_dir / info["schema"]).read_text(encoding="utf-8"))
        assert schema["type"] == "array" and schema["title"] == f"{name}.json"


def test_datasets_match_their_schemas(data, out_dir):
    jsonschema = pytest.importorskip("jsonschema")
    for name in data["manifest"]["datasets"]:
        schema = json.loads((out_dir / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(data[name], schema)


def test_no_empty_strings_anywhere(data):
    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)
        else:
            yield value

    for name, rows in data.items():
        assert "" not in list(walk(rows)), name


def test_models_reject_what_the_contract_forbids():
    ok = dict(kind="paragraph", level=None, text="본문", marker=None, table_id=None, fixes=[], line_start=3, line_end=4)
    models.Block(**ok)
    for bad in ({"text": ""}, {"line_end": 2}, {"kind": "figure"}, {"extra": 1}, {"text": "\u1100\u1161"},
                {"kind": "table"}, {"line_start": 0}):
        with pytest.raises(ValidationError):
            models.Block(**{**ok, **bad})


def test_a_bad_file_fails_alone_with_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    (raw / "empty-issue.txt").write_bytes(b"")
    (raw / "binary-issue.txt").write_bytes(bytes(range(256)) * 64)
    (raw / "README.md").write_text("# not a newsletter\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kic_extract", "run", "--raw", str(raw), "--out", str(out), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "error: raw/empty-issue.txt: file is empty" in proc.stderr
    assert "error: raw/binary-issue.txt:" in proc.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [(i["issue_id"], i["error"] is None) for i in manifest["inputs"]] == [
        ("binary-issue", False), ("empty-issue", False), ("kic-china-weekly-268", True)]
    sections = json.loads((out / "sections.json").read_text(encoding="utf-8"))
    assert len(sections) == 11




def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kic_extract", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("value", ["nan", "inf", "1e-9", "-1", "soon"])
def test_an_unusable_timeout_is_one_line_and_status_2(tmp_path, value):
    proc = _cli("run", "--raw", "raw", "--out", str(tmp_path / "o"), "--timeout", value)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: argument --timeout: ") and proc.stderr.count("\n") == 1
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("flag", ["--jobs", "--max-bytes", "--max-memory"])
def test_a_count_below_one_is_one_line_and_status_2(tmp_path, flag):
    proc = _cli("run", "--raw", "raw", "--out", str(tmp_path / "o"), flag, "0")
    assert (proc.returncode, proc.stderr.count("\n")) == (2, 1)
    assert proc.stderr.startswith(f"error: argument {flag}: must be at least")


def test_an_output_folder_that_cannot_be_used_is_one_line_and_status_2(tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    cases = {
        str(tmp_path / "a-file"): "is a file, not a folder",
        str(tmp_path / "a-file" / "out"): "cannot create it: part of the path is a file",
        "/sys/kic-extract-out": "cannot write there (permission denied or read-only)",  # read-only, even for root
    }
    for out, reason in cases.items():
        proc = _cli("run", "--raw", "raw", "--out", out)
        assert (proc.returncode, proc.stderr) == (2, f"error: {out}: {reason}\n")


def test_missing_raw_folder_is_a_usage_error(tmp_path):
    proc = _cli("run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert (proc.returncode, proc.stderr) == (2, f"error: {tmp_path / 'nope'}: no such folder\n")


def test_stale_staging_and_temporary_files_are_removed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    out = tmp_path / "out"
    (out / "schema").mkdir(parents=True)
    (out / ".staging-999999999").mkdir()  # a run killed with SIGKILL (no such process now)
    (out / ".staging-999999999" / "issues.json").write_text("[", encoding="utf-8")
    (out / ".manifest.json.k2j3h4.tmp").write_text("{", encoding="utf-8")  # an older version's temporary file
    (out / "schema" / ".issues.schema.json.abc.tmp").write_text("{", encoding="utf-8")
    (out / ".keep-me").write_text("not ours", encoding="utf-8")
    assert run(raw, out, jobs=1, progress=False) == 0
    assert sorted(p.name for p in out.rglob(".*")) == [".keep-me"]
