"""`make run` does the work its inputs and outputs call for: an added or deleted input reruns the
pipeline, a deleted dataset reruns it, a deleted Parquet file reruns only the export, and nothing
is done when nothing changed. Checked with `make -n` in a copy of the project's Makefile."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SHIPPED = ROOT / "raw" / "kic-china-weekly-268.txt"
VENV = Path(sys.prefix)  # the environment running the tests, installed by make test
pytestmark = [pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine"),
              pytest.mark.skipif(not (VENV / ".installed").exists(), reason="tests not run from make's .venv")]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A project folder with the real Makefile, tools and sources, one issue in raw/, all built."""
    where = tmp_path_factory.mktemp("project")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, where / name)  # (its time kept: a newer pyproject.toml would reinstall the package)
    shutil.copytree(ROOT / "tools", where / "tools")
    (where / "src").symlink_to(ROOT / "src")
    (where / ".venv").symlink_to(VENV)
    (where / "raw").mkdir()
    shutil.copy(SHIPPED, where / "raw")
    _make(where, "run")
    return where


def _make(where: Path, *args: str) -> str:
    done = subprocess.run(["make", "--no-print-directory", *args], cwd=where, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _planned(where: Path) -> set[str]:
    """Which steps `make run` would take now."""
    plan = _make(where, "-n", "run")
    return {step for step, command in (("run", "-m kic_extract run "), ("export", "-m kic_extract.export "),
                                       ("review", "-m kic_extract review ")) if command in plan}


def test_nothing_to_do_when_nothing_changed(project):
    assert _planned(project) == set()


def test_a_deleted_dataset_reruns_the_pipeline(project):
    (project / "normalized" / "sections.json").unlink()
    assert "run" in _planned(project)
    _make(project, "run")  # then the export and the review site, newer than the new manifest
    assert (project / "normalized" / "sections.json").is_file() and _planned(project) == set()


def test_a_deleted_schema_reruns_the_pipeline(project):
    (project / "normalized" / "schema" / "figures.schema.json").unlink()
    assert "run" in _planned(project)
    _make(project, "run")


def test_a_deleted_parquet_file_reruns_only_the_export(project):
    (project / "normalized" / "parquet" / "gdp.parquet").unlink()
    assert _planned(project) == {"export"}
    _make(project, "run")
    assert (project / "normalized" / "parquet" / "gdp.parquet").is_file() and _planned(project) == set()


def test_an_added_and_then_a_deleted_input_each_rerun_the_pipeline(project):
    added = project / "raw" / "kic-china-weekly-269.txt"
    added.write_text(SHIPPED.read_text(encoding="utf-8").replace("제 268 호", "제 269 호", 1), encoding="utf-8")
    assert "run" in _planned(project)
    _make(project, "run")
    assert _planned(project) == set()
    added.unlink()
    assert "run" in _planned(project)
    _make(project, "run")
    assert '"kic-china-weekly-269"' not in (project / "normalized" / "issues.json").read_text(encoding="utf-8")
    assert _planned(project) == set()


def test_an_added_pdf_reruns_the_pipeline(project):
    pdf = next((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))
    shutil.copy(pdf, project / "raw" / "kic-china-weekly-900.pdf")
    assert "run" in _planned(project)
    (project / "raw" / "kic-china-weekly-900.pdf").unlink()
    assert _planned(project) == set()
