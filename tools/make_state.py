"""What the Makefile needs to know about the last run, read from what it published (stdlib only,
so it runs before the virtual environment exists).

    python3 tools/make_state.py OUT_DIR [RAW_FILE ...]

Prints, space-separated:
- `run:<path>` for every file the last run published (its manifest's `files`, and the manifest),
  so that a deleted output is a missing target;
- `export:<path>` for every file of the last export (`OUT_DIR/parquet/datapackage.json`'s
  resources, and the descriptor);
- `inputs-changed` when the inputs the last run read or skipped are not exactly RAW_FILE ...,
  so that a deleted input reruns the pipeline as an added one does.

Nothing is printed for what does not exist yet (before the first run, every target is missing
anyway). A manifest or descriptor that cannot be read counts as absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _read(path: Path) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def state(out_dir: Path, raw_files: list[str]) -> list[str]:
    words = []
    manifest = _read(out_dir / "manifest.json")
    if manifest:
        words += [f"run:{out_dir / rel}" for rel in sorted(manifest.get("files") or {})]
        words.append(f"run:{out_dir / 'manifest.json'}")
        read = {entry.get("path") for entry in manifest.get("inputs", []) + manifest.get("skipped", [])}
        if read != set(raw_files):
            words.append("inputs-changed")
    package = _read(out_dir / "parquet" / "datapackage.json")
    if package:
        words += [f"export:{out_dir / 'parquet' / r['path']}" for r in package.get("resources", []) if "path" in r]
        words.append(f"export:{out_dir / 'parquet' / 'datapackage.json'}")
    return words


if __name__ == "__main__":
    print(" ".join(state(Path(sys.argv[1]), sys.argv[2:])))
