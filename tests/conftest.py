from __future__ import annotations

import functools
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from kic_extract.runner import run

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


BIG = 9007199254740993  # 2^53 + 1: the first whole number a binary float cannot hold


@pytest.fixture()
def big_values(out_dir, tmp_path):
    """A copy of the output whose first GDP figure is 2^53 + 1, as a JSON number, and whose
    first table amount is 2^53 + 1 and a half, as decimal text."""
    folder = tmp_path / "normalized"
    shutil.copytree(out_dir, folder)
    for name, value in (("gdp", BIG), ("amounts", f"{BIG}.5")):
        path = folder / f"{name}.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[0]["value"] = value
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder


def records_of(result, name: str) -> list[dict]:
    """An extraction result's records of one dataset, as JSON values."""
    return [r.model_dump(mode="json") for r in result.records[name]]


def warnings_of(result, code: str) -> list[tuple[int | None, str]]:
    """The (line, message) of an extraction result's warnings of one code."""
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def paragraph_figures(result, line: int) -> list[dict]:
    """The prose figure records of the paragraph opening at `line`, on whatever line of it each is printed (a page break
    may part a paragraph: its figures after the break name their own line)."""
    last = max((b["line_end"] for s in records_of(result, "sections") for b in s["blocks"] if b["line_start"] == line),
               default=line)
    return [f for f in records_of(result, "figures") if line <= f["line"] <= last]


def figures_at(result, line: int) -> list[tuple]:
    """The (region, value, rank, bound, year) of the prose figures of the paragraph opening at `line`."""
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"]) for f in paragraph_figures(result, line)]


def unindented(number: int, first: int, last: int, folder: Path):
    """The pipeline's result for a held-out corpus issue whose lines `first`..`last` lost their indent, as a PDF's text
    gives them."""
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    text = (ROOT / "tests" / "corpus" / "heldout" / f"kic-china-weekly-{number}.txt").read_text(encoding="utf-8")
    path = folder / f"kic-china-weekly-{number}.txt"
    path.write_text("\n".join(line.lstrip() if first <= no <= last else line
                              for no, line in enumerate(text.split("\n"), 1)), encoding="utf-8")
    return extract_issue(path, path.name, Settings())


def names_at(number: int, line: int) -> list[tuple[str | None, str]]:
    """The (Korean, Chinese) name pairs of one line of a held-out corpus issue, by the issue's number."""
    from kic_extract.ingest import text_to_lines
    from kic_extract.names.mentions import lines_to_mentions

    text = (ROOT / "tests" / "corpus" / "heldout" / f"kic-china-weekly-{number}.txt").read_text(encoding="utf-8")
    return [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text)) if m.line == line]


@pytest.fixture(scope="session")
def corpus_issue():
    """The pipeline's result for a corpus issue by number (tests/corpus, its held-out folder too),
    each extracted once."""
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    corpus = ROOT / "tests" / "corpus"
    cache: dict[int, object] = {}

    def get(number: int):
        if number not in cache:
            path = next(corpus.glob(f"**/kic-china-weekly-{number}.txt"))
            cache[number] = extract_issue(path, f"tests/corpus/{path.name}", Settings())
        return cache[number]

    return get


#: every PDF of the test data and the corpus prints
PDFS = sorted([*(ROOT / "tests" / "data" / "pdf").glob("*.pdf"), *(ROOT / "tests" / "corpus" / "pdf").glob("*.pdf")])
#: the first PDF of each producer (`.reportlab.pdf`, `.typst-tight.pdf`): for a way of reading tried beside one
#: other that reads them all, each kind of print once
PDFS_ONE_PER_PRODUCER = sorted({p.stem.rsplit(".", 1)[-1]: p for p in reversed(PDFS)}.values())


@functools.cache
def one_process_reading(path: Path) -> tuple:
    """A PDF read through pdfium (pdfplumber for the pages pdfium cannot give) in one process, and
    the route of each page: what other ways of reading it are compared with, read once a session."""
    import kic_extract.pdf
    from kic_extract.pdf.read import read_pdf
    from kic_extract.settings import Settings

    assert kic_extract.pdf.page_processes == 1
    routes: list[tuple[int, str]] = []
    return read_pdf(path, Settings(), routes), routes


def load_tool(name: str):
    """A script of tools/ (`make_cities`), loaded as a module so a test can call what it writes."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
