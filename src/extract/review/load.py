"""Read what the pipeline wrote (manifest and datasets) and the raw lines the manifest names."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


class ReviewError(Exception):
    """An output folder the review site cannot be built from; the message names the file."""


@dataclass(slots=True)
class Outputs:
    """The pipeline's outputs: the manifest, every dataset it lists, and the records of each issue."""

    manifest: dict
    datasets: dict[str, list[dict]]
    by_issue: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    @property
    def issue_datasets(self) -> list[str]:
        """Datasets whose records belong to one issue each (they carry `issue_id`)."""
        return [n for n, rows in self.datasets.items() if any("issue_id" in r for r in rows[:1])]


@dataclass(slots=True)
class Source:
    """An issue's raw lines as the pipeline numbered them, and why they may not match its records."""

    lines: list[str]
    problem: str | None = None


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReviewError(f"{path}: not found (run `python -m kic_extract run` first)") from exc
    except json.JSONDecodeError as exc:
        raise ReviewError(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}") from exc


def group_by_issue(datasets: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    """Records of every dataset whose records carry `issue_id`, by issue then dataset.

    >>> group_by_issue({"a": [{"issue_id": "x", "v": 1}], "b": [{"zh": "上海"}]})
    {'x': {'a': [{'issue_id': 'x', 'v': 1}]}}
    """
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in datasets.items():
        for row in rows:
            issue_id = row.get("issue_id")
            if issue_id is not None:
                out[issue_id][name].append(row)
    return {k: dict(v) for k, v in out.items()}


def load_outputs(out_dir: Path) -> Outputs:
    """The manifest of out_dir and every dataset it lists, read whole."""
    manifest = _read_json(out_dir / "manifest.json")
    if not isinstance(manifest, dict) or not isinstance(manifest.get("datasets"), dict):
        raise ReviewError(f"{out_dir / 'manifest.json'}: not a manifest (no `datasets` object)")
    datasets = {}
    for name in manifest["datasets"]:
        rows = _read_json(out_dir / f"{name}.json")
        if not isinstance(rows, list):
            raise ReviewError(f"{out_dir / f'{name}.json'}: expected a JSON array of records")
        datasets[name] = rows
    return Outputs(manifest, datasets, group_by_issue(datasets))


def raw_path(raw_dir: Path, entry: dict) -> Path:
    """Where the input of a manifest entry lies: its file name inside raw_dir."""
    return raw_dir / Path(entry["path"]).name


def read_source(raw_dir: Path, entry: dict) -> Source:
    """The numbered lines the pipeline read from an input (the extracted text of a PDF)."""
    from kic_extract.ingest import InputError, bytes_to_text, text_to_lines

    path = raw_path(raw_dir, entry)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Source([], f"{path}: cannot be read ({exc.strerror or exc})")
    problem = None
    if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        problem = f"{path} has changed since the extraction (sha256 differs from the manifest): run the pipeline again"
    try:
        if entry.get("format") == "pdf":
            from kic_extract.pdf.read import pdf_to_text
            from kic_extract.settings import Settings

            text, _ = pdf_to_text(path, Settings())
        else:
            text, _ = bytes_to_text(data)
    except (InputError, OSError, UnicodeError) as exc:
        return Source([], f"{path}: {exc}")
    return Source([ln.text for ln in text_to_lines(text)], problem)
