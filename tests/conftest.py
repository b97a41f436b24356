from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.runner import run

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHIPPED = RAW / "kic-china-weekly-268.txt"


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory) -> Path:
    """The shipped issue extracted once, in-process, into a fresh folder."""
    raw = tmp_path_factory.mktemp("in") / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw / SHIPPED.name)
    out = tmp_path_factory.mktemp("normalized")
    assert run(raw, out, jobs=1, progress=False) == 0
    return out


@pytest.fixture(scope="session")
def data(out_dir):
    """Every dataset of the shipped issue, loaded as JSON, by dataset name."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out_dir.glob("*.json")}


@pytest.fixture(scope="session")
def sections(data):
    return data["sections"]


@pytest.fixture(scope="session")
def issue(data):
    (only,) = data["issues"]
    return only


def block_at(sections, line: int) -> dict:
    """The block whose span holds the raw line."""
    for s in sections:
        for b in s["blocks"]:
            if b["line_start"] <= line <= b["line_end"]:
                return b
    raise KeyError(line)
