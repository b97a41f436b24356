"""The PDF route: a fixture PDF laid out from the shipped text must give the text route's
records, record by record, with only line and page fields allowed to differ."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from kic_extract.pdf.fixture import text_to_pdf
from kic_extract.pdf.read import pdf_to_text
from kic_extract.runner import process_one, run
from kic_extract.settings import Settings

from conftest import SHIPPED

POSITIONAL = {"line", "line_start", "line_end", "title_line", "row_lines", "page", "page_start", "page_end",
              "refs", "award_line"}


@pytest.fixture(scope="session")
def fixture_pdf(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("pdf") / "raw"
    raw.mkdir()
    path = raw / "kic-china-weekly-268.pdf"
    text_to_pdf(SHIPPED.read_text(encoding="utf-8"), path)
    return path


@pytest.fixture(scope="session")
def pdf_data(fixture_pdf, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf-out")
    assert run(fixture_pdf.parent, out, jobs=1, progress=False) == 0
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def strip_positions(value):
    if isinstance(value, dict):
        return {k: strip_positions(v) for k, v in value.items() if k not in POSITIONAL}
    if isinstance(value, list):
        return [strip_positions(v) for v in value]
    return value


def test_pdf_text_equals_the_newsletter_text(fixture_pdf):
    text, pages = pdf_to_text(fixture_pdf, Settings())
    original = [ln.rstrip(" ") for ln in SHIPPED.read_text(encoding="utf-8").split("\n") if ln.strip()]
    assert [ln for ln in text.split("\n") if ln.strip()] == original
    assert len(pages) == len(text.rstrip("\n").split("\n")) and pages[0] == 1


@pytest.mark.parametrize("dataset", ["issues", "sections", "tables", "indicators", "icbc_branches", "companies",
                                     "gdp", "glossary"])
def test_pdf_gives_the_text_routes_records(dataset, data, pdf_data):
    text_records, pdf_records = strip_positions(data[dataset]), strip_positions(pdf_data[dataset])
    assert len(pdf_records) == len(text_records)
    for k, (a, b) in enumerate(zip(text_records, pdf_records)):
        assert b == a, f"{dataset} record {k}"


def test_pdf_records_carry_pages(pdf_data):
    manifest = pdf_data["manifest"]
    assert manifest["inputs"][0]["format"] == "pdf"
    assert manifest["coverage"]["kic-china-weekly-268"]["unassigned"] == []
    sections = pdf_data["sections"]
    assert sections[0]["page_start"] == 1 and all(s["page_start"] <= s["page_end"] for s in sections)
    assert [s["page_start"] for s in sections] == sorted(s["page_start"] for s in sections)
    icbc = [t for t in pdf_data["tables"] if t["kind"] == "icbc_branches"][0]
    rows = [r for r in pdf_data["icbc_branches"] if r["role"] == "service_center"]
    assert rows[0]["page"] == icbc["page"] and rows[-1]["page"] == icbc["page"] + 1  # continued on the next page
    assert {g["page"] for g in pdf_data["gdp"]} <= set(range(sections[1]["page_start"], sections[1]["page_end"] + 1))
    assert [w["code"] for w in manifest["warnings"]] == [w["code"] for w in pdf_data["manifest"]["warnings"]]


def test_running_headers_and_page_numbers_are_removed(fixture_pdf):
    text, _ = pdf_to_text(fixture_pdf, Settings())
    assert "제 268 호\n" not in text.replace("(2022. 02. 23)", "") and "- 2 -" not in text


# ── hostile PDFs ─────────────────────────────────────────────────────────────────────────
def _bounded(path: Path) -> dict:
    start = time.perf_counter()
    res = process_one(path, f"raw/{path.name}", Settings(max_pdf_pages=50, timeout_seconds=30))
    assert time.perf_counter() - start < 30
    return res["input"]


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    entry = _bounded(path)
    assert entry["format"] == "pdf" and entry["error"].startswith("not a readable PDF")


def test_truncated_pdf(tmp_path, fixture_pdf):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(fixture_pdf.read_bytes()[:4000])
    assert _bounded(path)["error"]


def test_empty_pdf(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _bounded(path)["error"] == "file is empty"


def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="secret")
    canvas.drawString(100, 700, "locked")
    canvas.save()
    assert _bounded(path)["error"].startswith("encrypted PDF")


def test_pdf_without_text(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 300, 500, fill=1)
    canvas.save()
    assert _bounded(path)["error"] == "PDF holds no text (scanned images need OCR first)"


def test_pdf_over_the_page_limit(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "long.pdf"
    canvas = Canvas(str(path))
    for n in range(60):
        canvas.drawString(100, 700, f"page {n}")
        canvas.showPage()
    canvas.save()
    assert _bounded(path)["error"] == "PDF has 60 pages, over the limit of 50"


def test_a_bad_pdf_does_not_stop_the_run(tmp_path, fixture_pdf):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(fixture_pdf, raw)
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    assert run(raw, tmp_path / "out", jobs=1, progress=False) == 1
    sections = json.loads((tmp_path / "out" / "sections.json").read_text(encoding="utf-8"))
    assert len(sections) == 11
