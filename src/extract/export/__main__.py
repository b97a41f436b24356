"""`python -m kic_extract.export [FOLDER]`: write FOLDER/parquet/ (Parquet files and datapackage.json)
from the datasets in FOLDER (default: normalized)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kic_extract.export.catalog import DatasetError
from kic_extract.export.write import export


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.export", description=__doc__)
    parser.add_argument("folder", nargs="?", default="normalized", help="the pipeline's output folder")
    args = parser.parse_args(argv)
    try:
        out = export(Path(args.folder))
    except (DatasetError, KeyError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
