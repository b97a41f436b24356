"""Command line: `python -m extract run`, `python -m extract translit` and `python -m extract review`."""

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


def _translit(args: argparse.Namespace) -> int:
    from extract.names.readings import read_name
    from extract.scripts import is_han

    status = 0
    for name in args.names:
        if not is_han(name):
            print(f"error: {name!r} is not a name in Chinese characters", file=sys.stderr)
            status = 1
            continue
        r = read_name(name)
        print("\t".join([name, r.pinyin, r.ko or "", r.ko_sino or ""]))
    return status


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
    p_tr = sub.add_parser("translit", help="print pinyin, standard Korean and Sino-Korean readings of Chinese names")
    p_tr.add_argument("names", nargs="+", metavar="NAME", help="a name in simplified or traditional characters")
    p_tr.set_defaults(func=_translit)
    from extract.review.command import register as register_review

    register_review(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted; outputs left as they were", file=sys.stderr)
        return 130
