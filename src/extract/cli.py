"""Command line: `python -m extract run` and `python -m extract translit`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.runner import run
from extract.settings import Settings

DEFAULTS = Settings()


def _run(args: argparse.Namespace) -> int:
    try:
        settings = Settings(max_input_bytes=args.max_bytes, timeout_seconds=args.timeout)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return run(Path(args.raw), Path(args.out), jobs=args.jobs, progress=not args.quiet, settings=settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="extract every input in --raw into datasets in --out")
    p_run.add_argument("--raw", default="raw", help="folder of input newsletters (default: raw)")
    p_run.add_argument("--out", default="normalized", help="folder for the datasets (default: normalized)")
    p_run.add_argument("--jobs", type=int, default=None,
                       help="worker processes (default: the number of cores; 1 runs in-process)")
    p_run.add_argument("--max-bytes", type=int, default=DEFAULTS.max_input_bytes,
                       help=f"refuse inputs larger than this (default: {DEFAULTS.max_input_bytes:,})")
    p_run.add_argument("--timeout", type=float, default=DEFAULTS.timeout_seconds,
                       help=f"abandon an input after this many seconds (default: {DEFAULTS.timeout_seconds:g})")
    p_run.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p_run.set_defaults(func=_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted; outputs left as they were", file=sys.stderr)
        return 130
