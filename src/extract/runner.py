"""Run the pipeline over a folder of inputs and write the datasets, schemas and manifest.

Inputs are processed in name order (in worker processes with --jobs > 1) and each dataset is
streamed to a staged file as results arrive, so memory stays flat in the number of issues.
Nothing replaces the previous outputs until every input has been processed.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extract import models
from extract.ingest import InputError
from extract.names.glossary import GlossaryBuilder
from extract.names.records import GlossaryEntry
from extract.pipeline import DATASETS, PDF_SUFFIXES, TEXT_SUFFIXES, extract_issue
from extract.settings import Settings
from extract.write import StagedWriter, dataset_schema, dumps

INPUT_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES


class InputTimeout(Exception):
    """Raised inside the extraction of an input that overran `Settings.timeout_seconds`."""


def find_inputs(raw_dir: Path) -> list[Path]:
    """Newsletter files in raw_dir, sorted by name; README files describe the folder and are skipped."""
    if not raw_dir.is_dir():
        raise SystemExit(f"error: {raw_dir}: no such folder")
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not p.name.upper().startswith("README")
    )


def _display(path: Path, raw_dir: Path) -> str:
    return f"{raw_dir.name}/{path.name}"


def _on_alarm(signum, frame):
    raise InputTimeout


def process_one(path: Path, display: str, settings: Settings) -> dict:
    """Extract one input into JSON-ready values; an error becomes the input's `error`."""
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, settings.timeout_seconds)
    try:
        result = extract_issue(path, display, settings)
        return {
            "input": result.input.model_dump(mode="json"),
            "records": {name: [r.model_dump(mode="json", by_alias=True) for r in rows]
                        for name, rows in result.records.items()},
            "warnings": [w.model_dump(mode="json") for w in result.warnings],
            "coverage": result.coverage.model_dump(mode="json"),
            "names": result.names,
        }
    except InputTimeout:
        return _failed(path, display, f"took longer than the limit of {settings.timeout_seconds:g} s")
    except (InputError, OSError, UnicodeError) as exc:
        return _failed(path, display, f"{exc}")
    except RecursionError:
        return _failed(path, display, "input too deeply structured to process (recursion limit)")
    except Exception as exc:  # a defect in the pipeline must not stop the archive run
        return _failed(path, display, f"internal error {type(exc).__name__}: {exc}")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _failed(path: Path, display: str, reason: str) -> dict:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = "0" * 64
    entry = {"path": display, "sha256": digest, "issue_id": path.stem,
             "format": "pdf" if path.suffix.lower() in PDF_SUFFIXES else "text", "encoding": None, "error": reason}
    return {"input": entry, "records": {}, "warnings": [], "coverage": None, "names": []}


def _results(inputs: list[Path], raw_dir: Path, settings: Settings, jobs: int) -> Iterator[dict]:
    """Results in input order, computed in-process or by `jobs` worker processes."""
    displays = [_display(p, raw_dir) for p in inputs]
    if jobs <= 1 or len(inputs) < 2:
        for path, display in zip(inputs, displays):
            yield process_one(path, display, settings)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(inputs))) as pool:
        yield from pool.map(process_one, inputs, displays, [settings] * len(inputs), chunksize=4)


def run(raw_dir: Path, out_dir: Path, *, jobs: int | None = None, progress: bool = True,
        settings: Settings | None = None) -> int:
    """Extract every input of raw_dir into out_dir. Returns 0, or 1 when any input failed."""
    from tqdm import tqdm

    settings = settings or Settings()
    inputs = find_inputs(raw_dir)
    if not inputs:
        print(f"error: {raw_dir}: no .txt, .md or .pdf newsletters found", file=sys.stderr)
        return 1
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    writer = StagedWriter(out_dir)
    counts = dict.fromkeys(DATASETS, 0)
    glossary = GlossaryBuilder()
    warnings, coverage, entries, failed = [], {}, [], []
    try:
        arrays = {name: writer.open_array(f"{name}.json") for name in DATASETS}
        bar = tqdm(total=len(inputs), unit="issue", disable=not progress or len(inputs) < 2, file=sys.stderr)
        with bar:
            for res in _results(inputs, raw_dir, settings, jobs):
                bar.update()
                entries.append(res["input"])
                if res["input"]["error"]:
                    failed.append(res["input"])
                    continue
                for name in DATASETS:
                    arrays[name].extend(res["records"][name])
                    counts[name] += len(res["records"][name])
                warnings.extend(res["warnings"])
                coverage[res["input"]["issue_id"]] = res["coverage"]
                glossary.add(res["input"]["issue_id"], res["names"])
        entries_glossary = [GlossaryEntry.model_validate(r).model_dump(mode="json") for r in glossary.records()]
        writer.add("glossary.json", dumps(entries_glossary))
        writer.add("schema/glossary.schema.json", dumps(dataset_schema("glossary", GlossaryEntry)))
        manifest = models.Manifest(
            schema_version=models.SCHEMA_VERSION,
            inputs=entries,
            datasets={**{name: {"records": counts[name], "schema": f"schema/{name}.schema.json"} for name in DATASETS},
                      "glossary": {"records": len(entries_glossary), "schema": "schema/glossary.schema.json"}},
            warnings=warnings,
            coverage=coverage,
        )
        for name, model in DATASETS.items():
            writer.add(f"schema/{name}.schema.json", dumps(dataset_schema(name, model)))
        writer.add("schema/manifest.schema.json", dumps(models.Manifest.model_json_schema(by_alias=True)))
        writer.add("manifest.json", dumps(manifest.model_dump(mode="json", by_alias=True)))
        writer.commit()
    finally:
        writer.discard()
    for entry in failed:
        print(f"error: {entry['path']}: {entry['error']}", file=sys.stderr)
    done = len(entries) - len(failed)
    if progress:
        print(f"{done} of {len(entries)} inputs extracted into {out_dir}/ ({len(warnings)} warnings)", file=sys.stderr)
    return 1 if failed else 0
