"""Write `<folder>/parquet/`: one Parquet file per table of the datasets the manifest lists, and
`datapackage.json`. Everything is written into a staging folder beside it and swapped in whole,
so a reader sees the previous export or the new one, never a mix. The same datasets give the
same bytes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from kic_extract.export.catalog import DatasetError, dataset_models, read_dataset, table_columns, typed_rows
from kic_extract.export.datapackage import package_descriptor
from kic_extract.export.keys import tables
from kic_extract.export.parquet import arrow_table, write_parquet

EXPORT_DIR = "parquet"


def _manifest(folder: Path) -> dict:
    path = folder / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"{path}: no manifest; run `python -m kic_extract run` first") from None
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None


def _swap(stage: Path, target: Path) -> None:
    """Put the staged folder in place of target, keeping the old one until the new is in."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(stage, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def export(folder: Path) -> Path:
    """Export the datasets of `folder` (the pipeline's output) into `folder/parquet/`; returns it."""
    from kic_extract import __version__

    folder = Path(folder)
    manifest = _manifest(folder)
    models = dataset_models()
    unknown = [name for name in manifest["datasets"] if name not in models]
    if unknown:
        raise DatasetError(f"{folder / 'manifest.json'}: no record model for {', '.join(unknown)}")
    chosen = tables({name: models[name] for name in manifest["datasets"]})
    stage = folder / f".{EXPORT_DIR}-staging-{os.getpid()}"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    try:
        records = {}
        for table in chosen:
            if table.dataset not in records:
                records[table.dataset] = read_dataset(folder, table.dataset)
            where = str(folder / f"{table.dataset}.json")
            rows = typed_rows(table, records[table.dataset], where)
            write_parquet(arrow_table(table_columns(table), rows, where), stage / f"{table.name}.parquet")
        descriptor = package_descriptor(chosen, __version__, manifest["schema_version"])
        (stage / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        _swap(stage, folder / EXPORT_DIR)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return folder / EXPORT_DIR
