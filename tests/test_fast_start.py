"""Start-up: the command line answers `--help` and `--version` without loading the pipeline,
the Sino-Korean table is the hanja package's, prebuilt, and the default number of workers
follows the amount of work."""

import subprocess
import sys
from pathlib import Path

from kic_extract.names.build_sino_table import FILE, OUT, package_table, table_text
from kic_extract.names.readings import _sino_table

_IMPORTED = """
import sys
from kic_extract.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(m for m in ("pydantic", "kic_extract.pipeline", "kic_extract.runner", "kic_extract.models", "pypinyin", "opencc")
             if m in sys.modules))
"""


def _imported(*args: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", _IMPORTED, *args], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1], done.stdout


def test_help_loads_neither_pydantic_nor_the_pipeline():
    last, out = _imported("--help")
    assert "usage: kic-extract" in out
    assert last == "[]"


def test_subcommand_help_loads_nothing_either():
    assert _imported("run", "--help")[0] == "[]"
    assert _imported("review", "--help")[0] == "[]"


def test_version_reads_the_models_but_not_the_pipeline():
    last, out = _imported("--version")
    assert out.startswith("kic-extract ")
    assert last == "['kic_extract.models', 'pydantic']"


def test_sino_readings_file_is_the_installed_hanja_table():
    table, version, digest = package_table()
    assert (OUT / FILE).read_text(encoding="utf-8") == table_text(table, version, digest)


def test_sino_table_has_every_character_of_the_package_and_the_overrides_over_it():
    table, _, _ = package_table()
    loaded = _sino_table()
    assert len(loaded) >= len(table)
    assert (loaded["廣"], loaded["州"], loaded["寧"], loaded["德"]) == ("광", "주", "녕", "덕")
    assert {ch for ch in table if loaded[ch] != table[ch]} <= set(_overrides_file())


def _overrides_file() -> list[str]:
    from kic_extract.data import tsv_rows

    return [r["char"] for r in tsv_rows("sino_overrides.tsv")]


def test_default_jobs_one_worker_for_little_work(tmp_path: Path, monkeypatch):
    from kic_extract import runner

    monkeypatch.setattr(runner.os, "cpu_count", lambda: 4)
    small = tmp_path / "a.txt"
    small.write_bytes(b"x" * 70_000)
    assert runner.default_jobs([small]) == 1
    many = []
    for k in range(40):
        many.append(tmp_path / f"i{k}.txt")
        many[-1].write_bytes(b"x" * 70_000)
    assert runner.default_jobs(many) == 4
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF" + b"x" * 100)
    assert runner.default_jobs([pdf, small]) == 2


def _runtime_closure(dist: str) -> set[str]:
    """Every distribution installing `dist` pulls in, extras left out (markers evaluated here)."""
    import re
    from importlib import metadata

    from packaging.requirements import Requirement

    seen, todo = set(), [dist]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def test_running_the_pipeline_installs_no_test_tools():
    closure = _runtime_closure("kic-extract")
    assert {"pydantic", "pdfplumber", "pypinyin", "rapidfuzz"} <= closure
    assert not closure & {"pytest", "typer", "rich", "hanja", "hypothesis"}


_RUN_IMPORTS = """
import sys
from kic_extract.cli import main
status = main(sys.argv[1:])
print(sorted(m for m in ("pypinyin", "hanja", "yaml", "tqdm") if m in sys.modules))
raise SystemExit(status)
"""


def test_a_quiet_run_reads_names_without_loading_pypinyin_hanja_or_tqdm(tmp_path: Path):
    """The readings come from the prebuilt tables; no progress bar is drawn, so tqdm stays out."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kic-china-weekly-268.txt").write_bytes(
        (Path(__file__).resolve().parents[1] / "raw" / "kic-china-weekly-268.txt").read_bytes())
    done = subprocess.run([sys.executable, "-c", _RUN_IMPORTS, "run", "--raw", str(raw), "--out", str(tmp_path / "out"),
                           "--quiet"], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    glossary = (tmp_path / "out" / "glossary.json").read_text(encoding="utf-8")
    assert '"pinyin": "Guǎngzhōu"' in glossary


def test_the_command_ends_at_once_with_mains_status_and_every_message(tmp_path: Path):
    """`python -m kic_extract` leaves without tearing the interpreter down (`cli.entry`): the status
    is main's, what it printed reaches the pipes, and the outputs are whole."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kic-china-weekly-268.txt").write_bytes(
        (Path(__file__).resolve().parents[1] / "raw" / "kic-china-weekly-268.txt").read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "kic_extract", "run", "--raw", str(raw), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "error: raw/empty.txt: file is empty" in done.stderr
    assert "1 of 2 inputs extracted" in done.stderr
    import json

    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["datasets"]["issues"]["records"] == 1
