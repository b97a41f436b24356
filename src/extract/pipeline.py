"""One issue from raw bytes to validated records: ingest → clean → segment → reconcile →
typed datasets → validate. Each stage's output is a plain value, inspectable on its own."""

from __future__ import annotations

import time
import unicodedata
from contextlib import contextmanager
from functools import cache
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, TypeAdapter, ValidationError

from kic_extract import models
from kic_extract.clean import lines_to_chunks
from kic_extract.clean.furniture import NO_PAGES, Pages, lines_to_pages
from kic_extract.ingest import InputError, bytes_to_text, read_input, text_to_lines
from kic_extract.inputs import PDF_SUFFIXES, TEXT_SUFFIXES as TEXT_SUFFIXES  # the suffixes read, named where the inputs are found
from kic_extract.names.glossary import issue_observations
from kic_extract.report import Report
from kic_extract.segment.layout import body_labels, chunks_to_layout
from kic_extract.segment.patterns import title_key
from kic_extract.segment.masthead import masthead_to_issue
from kic_extract.segment.reconcile import reconcile
from kic_extract.segment.sections import body_to_sections
from kic_extract.segment.toc import toc_to_entries
from kic_extract.settings import Settings
from kic_extract.typed import CHECKS, TYPED_DATASETS, TypedContext

#: dataset name → record model, in the order the files are written and listed
DATASETS: dict[str, type[BaseModel]] = {
    "issues": models.Issue,
    "sections": models.Section,
    "tables": models.Table,
    **{name: model for name, (model, _) in TYPED_DATASETS.items()},
}


@dataclass(slots=True)
class IssueResult:
    """Everything one input yields: its manifest entry, records by dataset, warnings, coverage."""

    input: models.Input
    records: dict[str, list[BaseModel]] = field(default_factory=dict)
    names: list[dict] = field(default_factory=list)  # name observations, merged across issues into the glossary
    warnings: list[models.Warning] = field(default_factory=list)
    coverage: models.Coverage | None = None
    rejoined: dict[int, tuple[int, str]] = field(default_factory=dict)  # lines page breaks parted, together (`_rejoined`)


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str):
    """Add the block's wall time to timings[stage] (when timings are being kept)."""
    if timings is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def lines_to_records(lines, issue_id: str, settings: Settings, report: Report,
                     timings: dict[str, float] | None = None,
                     pages: Pages = NO_PAGES) -> tuple[dict[str, list[dict]], list[dict], set[int], dict[str, list[int]], dict[int, tuple[int, str]]]:
    """The issue, section and table records of one issue's lines, the sections as segmented
    (with their blocks and tables, for the typed datasets), the raw lines they cover, the
    raw lines dropped: `furniture` (running headers, footers, page numbers) and `repeated` (a
    table's header or `(계속)` caption printed again on a new page), and the text of the lines page breaks parted, put
    back together (`_rejoined`)."""
    with _timed(timings, "clean"):
        chunks = lines_to_chunks(lines, settings, pages)
    dropped = {"furniture": sorted(pages.lines),
               "repeated": sorted(no for chunk in chunks for no in chunk.repeated_headers)}
    with _timed(timings, "segment"):
        records, sections, used = _chunks_to_records(chunks, issue_id, settings, report)
    return records, sections, used | set(dropped["furniture"]) | set(dropped["repeated"]), dropped, \
        _rejoined(chunks)


def _rejoined(chunks) -> dict[int, tuple[int, str]]:
    """The lines a page break parted, put back together: the first one's number → (the last one's, their text). A name
    cut by the break (`광저우 난사 과창센` | … | `터(广州南沙科创中心)`) is read whole there (`names.mentions.mentions_across`)."""
    return {joined.line_start: (joined.line_end, joined.text)
            for chunk in chunks for joined in chunk.lines if joined.line_end > joined.line_start}



def _chunks_to_records(chunks, issue_id: str, settings: Settings, report: Report):
    layout = chunks_to_layout(chunks)
    issue, used = masthead_to_issue(layout.masthead, report)
    toc, toc_categories, toc_used = toc_to_entries(layout.toc, report, body_labels(layout.body))
    sections, headings, body_used = body_to_sections(layout.body, [c["category"] for c in toc_categories],
                                                     settings, report, frozenset(title_key(e["title"]) for e in toc),
                                                     frozenset(title_key(e["title"], whole=True) for e in toc))
    used |= toc_used | body_used
    tables: list[dict] = []
    for k, section in enumerate(sections, start=1):
        section["section_id"] = f"{issue_id}/s{k:02d}"
        for block in section["blocks"]:
            if block["kind"] == "table":
                table = section["tables"][block["table_id"]]
                table.update(table_id=f"{issue_id}/t{len(tables) + 1:02d}", issue_id=issue_id,
                             section_id=section["section_id"])
                block["table_id"] = table["table_id"]
                tables.append(table)
    reconcile(toc, sections, settings, report)
    first = min(used) if used else 1
    issue_record = {"issue_id": issue_id, **issue, "toc": toc, "categories": headings,
                    "line_start": first, "line_end": max(used | {first})}
    section_records = [
        {key: s[key] for key in models.Section.model_fields if key in s} | {"issue_id": issue_id}
        for s in sections
    ]
    return {"issues": [issue_record], "sections": section_records, "tables": tables}, sections, used


def attach_pages(records: dict[str, list[dict]], sections: list[dict], pages: list[int]) -> None:
    """Give PDF-derived records the page of their first line; sections their first and last page."""
    for section, record in zip(sections, records["sections"]):
        record["page_start"] = pages[section["title_line"] - 1]
        record["page_end"] = pages[section["line_end"] - 1]
    for name, rows in records.items():
        if name in ("issues", "sections"):
            continue
        for row in rows:
            first = row.get("line") or row.get("line_start")
            if first:
                row["page"] = pages[first - 1]


@cache
def _list_adapter(model: type[BaseModel]) -> TypeAdapter:
    return TypeAdapter(list[model])


def _validate(model: type[BaseModel], name: str, rows: list[dict], report: Report | None = None) -> list[BaseModel]:
    """The records as models, validated in one call. A record that fails is left out with a
    `record_invalid` warning naming it when a report is given (a typed record read from one
    table row or sentence: the others stand without it); without one, the input fails."""
    try:
        return _list_adapter(model).validate_python(rows)
    except ValidationError:
        pass
    valid = []
    for k, row in enumerate(rows):
        try:
            valid.append(model.model_validate(row))
        except ValidationError as exc:
            ident = row.get("section_id") or row.get("table_id") or row.get("issue_id")
            if report is None:
                raise InputError(f"{name}.json record {k} ({ident}) fails validation: {exc}") from exc
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"]))
            report.warn("record_invalid", f"{name}.json record from {ident} left out: {where}: {first['msg']} "
                        f"(got {first['input']!r})", row.get("line") or row.get("line_start"))
    return valid


def extract_issue(path: Path, display_path: str, settings: Settings,
                  timings: dict[str, float] | None = None, issue_id: str | None = None) -> IssueResult:
    """Run every stage on one input file. Raises InputError (naming the reason) on bad input.
    When `timings` is given, each stage's wall time is added to it. The issue id defaults to the
    file name's stem. The size limit is checked before the file is read."""
    with _timed(timings, "read"):
        data, digest = read_input(path, settings.max_input_bytes)
    issue_id = issue_id or path.stem
    entry = {"path": display_path, "sha256": digest, "issue_id": issue_id,
             "format": "text", "encoding": None, "error": None}
    pages: list[int] | None = None
    printed: list[int] | None = None
    reading: list[tuple[str, int | None]] = []  # a PDF's reading problems, each naming its page
    with _timed(timings, "ingest"):
        if not data.strip():
            raise InputError("file is empty")
        if path.suffix.lower() in PDF_SUFFIXES:
            from kic_extract.pdf.read import read_pdf

            entry["format"] = "pdf"
            text, pages, reading, printed = read_pdf(path, settings)
            text = unicodedata.normalize("NFC", text)  # a font may map a glyph to a compatibility form (〈 U+2329)
        else:
            text, entry["encoding"] = bytes_to_text(data)
        lines = text_to_lines(text)
    with _timed(timings, "clean"):
        found = lines_to_pages(lines)
        # (a PDF's text keeps little furniture: a lone line of a page number's shape, `p9` closing an entry
        # of the contents, does not make its pages)
        if pages is not None and 2 * len(found.regions) < len(set(pages)) - 1:
            from kic_extract.pdf.breaks import page_breaks

            found = page_breaks(lines, pages)  # a PDF's own page breaks, as the text route reads furniture
        if printed is not None:
            pages = printed  # (records name the pages as printed; the breaks above are the PDF's own)
    if pages is None and found.page_of_line is not None:
        pages = list(found.page_of_line)
    report = Report(issue_id)
    for message, line in reading:
        report.warn("pdf_reading", message, line)
    records, sections, used, dropped, rejoined = lines_to_records(lines, issue_id, settings, report, timings, found)
    with _timed(timings, "typed"):
        date = records["issues"][0]["date"]
        ctx = TypedContext(issue_id, sections, records["tables"], report, lines, date)
        for name, (_, build) in TYPED_DATASETS.items():
            typed, typed_used = build(ctx)
            records[name] = ctx.records[name] = typed
            used |= typed_used
        for check in CHECKS:
            check(ctx)
    if pages is not None:
        attach_pages(records, sections, pages)
    with _timed(timings, "names"):
        names = issue_observations(lines, rejoined)
    nonblank = [ln.no for ln in lines if not ln.blank]
    unassigned = [no for no in nonblank if no not in used]
    for no in unassigned:
        report.warn("line_unassigned", f"line belongs to no record: {lines[no - 1].text[:50]!r}", no)
    result = IssueResult(models.Input(**entry), names=names, rejoined=rejoined)
    with _timed(timings, "validate"):
        for name, model in DATASETS.items():
            result.records[name] = _validate(model, name, records.get(name, []),
                                             report if name in TYPED_DATASETS else None)
    ordered = sorted(report.warnings, key=lambda w: (w["line"] is not None, w["line"] or 0))
    result.warnings = [models.Warning(**w) for w in ordered]
    result.coverage = models.Coverage(lines_nonblank=len(nonblank), lines_assigned=len(nonblank) - len(unassigned),
                                      unassigned=unassigned, **dropped)
    return result
