"""The `review` subcommand: `python -m kic_extract review --out normalized --raw raw --site review`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _review(args: argparse.Namespace) -> int:
    from kic_extract.review.load import ReviewError
    from kic_extract.review.site import build_site

    start = time.perf_counter()
    try:
        stats = build_site(Path(args.out), Path(args.raw), Path(args.site))
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"review site: {stats.issues} issue pages, {stats.pages} pages, {stats.bytes:,} bytes in "
              f"{args.site}/ ({time.perf_counter() - start:.2f} s); open {args.site}/index.html", file=sys.stderr)
    return 0


def register(sub) -> None:
    """Add the `review` subcommand to the CLI's subparsers."""
    p = sub.add_parser("review", help="write a static HTML site showing each issue's extraction beside its source")
    p.add_argument("--out", default="normalized", help="folder the pipeline wrote (default: normalized)")
    p.add_argument("--raw", default="raw", help="folder of the input newsletters (default: raw)")
    p.add_argument("--site", default="review", help="folder for the site, replaced as a whole (default: review)")
    p.add_argument("--quiet", action="store_true", help="no summary line")
    p.set_defaults(func=_review)
