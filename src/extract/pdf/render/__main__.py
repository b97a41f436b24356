"""Print newsletter text issues as PDFs from several producers.

    python -m kic_extract.pdf.render --out tests/corpus/pdf [--producers chromium,libreoffice,...] TEXT...

Writes `<issue-stem>.<producer>.pdf` for each text and producer; a producer whose program is not
installed is named on stderr and skipped (exit status 1 when any was skipped or failed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kic_extract.ingest import bytes_to_text
from kic_extract.pdf.render.pages import text_to_pages
from kic_extract.pdf.render.producers import PRODUCERS, MissingProducer, render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.pdf.render", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("texts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--producers", default=",".join(PRODUCERS))
    args = parser.parse_args(argv)
    producers = [p.strip() for p in args.producers.split(",") if p.strip()]
    unknown = [p for p in producers if p not in PRODUCERS]
    if unknown:
        parser.error(f"unknown producer(s) {', '.join(unknown)}; known: {', '.join(PRODUCERS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    status, missing = 0, set()
    for path in args.texts:
        text, _ = bytes_to_text(path.read_bytes())
        pages = text_to_pages(text)
        fit = any(p.footer or p.header for p in pages)  # the text shows its pages: print one per page
        for producer in producers:
            if producer in missing:
                continue
            out = args.out / f"{path.stem}.{producer}.pdf"
            try:
                count, size = render(producer, pages, out, fit)
            except MissingProducer as exc:
                print(f"skipped {producer}: {exc} is not installed", file=sys.stderr)
                missing.add(producer)
                status = 1
                continue
            except Exception as exc:  # one failed print must not stop the others
                print(f"error: {out}: {exc}", file=sys.stderr)
                status = 1
                continue
            note = f"{count} pages for {len(pages)} text pages" + (f", body {size} pt" if fit else "")
            print(f"{out}: {note}, {out.stat().st_size // 1024} KB")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
