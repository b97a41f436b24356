"""Run the pipeline over a folder of inputs and write the datasets, schemas and manifest."""

from __future__ import annotations

import hashlib
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extract import models
from extract.ingest import InputError
from extract.pipeline import DATASETS, TEXT_SUFFIXES, extract_issue
from extract.settings import Settings
from extract.write import StagedWriter, dataset_schema, dumps

INPUT_SUFFIXES = TEXT_SUFFIXES


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


def process_one(path: Path, display: str, settings: Settings) -> dict:
    """Extract one input into JSON-ready values; an error becomes the input's `error`."""
    try:
        result = extract_issue(path, display, settings)
    except (InputError, OSError, UnicodeError) as exc:
        return _failed(path, display, f"{exc}")
    except Exception as exc:  # a defect in the pipeline must not stop the archive run
        return _failed(path, display, f"internal error {type(exc).__name__}: {exc}")
    return {
        "input": result.input.model_dump(mode="json"),
        "records": {name: [r.model_dump(mode="json", by_alias=True) for r in rows] for name, rows in result.records.items()},
        "warnings": [w.model_dump(mode="json") for w in result.warnings],
        "coverage": result.coverage.model_dump(mode="json"),
    }


def _failed(path: Path, display: str, reason: str) -> dict:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = "0" * 64
    entry = {"path": display, "sha256": digest, "issue_id": path.stem, "format": "text", "encoding": None,
             "error": reason}
    return {"input": entry, "records": {}, "warnings": [], "coverage": None}


def _results(inputs: list[Path], raw_dir: Path, settings: Settings, jobs: int, progress: bool) -> list[dict]:
    from tqdm import tqdm

    bar = tqdm(total=len(inputs), unit="issue", disable=not progress or len(inputs) < 2, file=sys.stderr)
    try:
        if jobs <= 1 or len(inputs) < 2:
            out = []
            for p in inputs:
                out.append(process_one(p, _display(p, raw_dir), settings))
                bar.update()
            return out
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(process_one, p, _display(p, raw_dir), settings) for p in inputs]
            out = []
            for fut in futures:
                out.append(fut.result())
                bar.update()
            return out
    finally:
        bar.close()


def run(raw_dir: Path, out_dir: Path, *, jobs: int | None = None, progress: bool = True,
        settings: Settings | None = None) -> int:
    """Extract every input of raw_dir into out_dir. Returns 0, or 1 when any input failed."""
    settings = settings or Settings()
    inputs = find_inputs(raw_dir)
    if not inputs:
        print(f"error: {raw_dir}: no .txt or .md newsletters found", file=sys.stderr)
        return 1
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    results = _results(inputs, raw_dir, settings, jobs, progress)
    datasets: dict[str, list] = {name: [] for name in DATASETS}
    warnings, coverage, entries, failed = [], {}, [], []
    for res in results:
        entries.append(res["input"])
        if res["input"]["error"]:
            failed.append(res["input"])
            continue
        for name in DATASETS:
            datasets[name].extend(res["records"][name])
        warnings.extend(res["warnings"])
        coverage[res["input"]["issue_id"]] = res["coverage"]
    manifest = models.Manifest(
        schema_version=models.SCHEMA_VERSION,
        inputs=entries,
        datasets={name: {"records": len(rows), "schema": f"schema/{name}.schema.json"} for name, rows in datasets.items()},
        warnings=warnings,
        coverage=coverage,
    )
    writer = StagedWriter(out_dir)
    try:
        for name, model in DATASETS.items():
            writer.add(f"{name}.json", dumps(datasets[name]))
            writer.add(f"schema/{name}.schema.json", dumps(dataset_schema(name, model)))
        writer.add("schema/manifest.schema.json", dumps(models.Manifest.model_json_schema(by_alias=True)))
        writer.add("manifest.json", dumps(manifest.model_dump(mode="json", by_alias=True)))
        writer.commit()
    finally:
        writer.discard()
    for entry in failed:
        print(f"error: {entry['path']}: {entry['error']}", file=sys.stderr)
    done = len(entries) - len(failed)
    print(f"{done} of {len(entries)} inputs extracted into {out_dir}/ ({len(warnings)} warnings)", file=sys.stderr)
    return 1 if failed else 0
