"""Command line: `python -m kic_extract run`, `python -m kic_extract translit` and `python -m kic_extract review`.

Only the standard library is imported until a command runs, so `--help`, `--version` and usage
errors answer at once.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from kic_extract.settings import MAX_TIMEOUT, MIN_MEMORY, MIN_TIMEOUT, Settings

DEFAULTS = Settings()


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit status 2."""

    def error(self, message: str):
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not MIN_TIMEOUT <= value <= MAX_TIMEOUT:  # false for nan too
        raise argparse.ArgumentTypeError(f"must be a number of seconds from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g}, "
                                         f"got {text}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return value


def _mebibytes(text: str) -> int:
    value = _positive(text)
    if value * 2**20 < MIN_MEMORY:
        raise argparse.ArgumentTypeError(f"must be at least {MIN_MEMORY // 2**20} (MiB), got {text}")
    return value


def _read_ahead(args: argparse.Namespace, settings: Settings) -> None:
    """When the first input is a PDF and the run leaves a core idle, start reading its pages
    before the pipeline loads (`pdf/ahead.py`)."""
    import os

    from kic_extract.inputs import PDF_SUFFIXES, default_jobs, scan

    candidates, _ = scan(Path(args.raw), args.follow_links)
    if not candidates or candidates[0].path.suffix.lower() not in PDF_SUFFIXES:
        return
    jobs, cores = args.jobs or default_jobs([c.path for c in candidates]), os.cpu_count() or 1
    if jobs >= cores:
        return
    from kic_extract.pdf import ahead

    ahead.start(candidates[0].path, (candidates[0].device, candidates[0].inode), settings, cores - jobs + 1)


def _run(args: argparse.Namespace) -> int:
    try:
        settings = Settings(max_input_bytes=args.max_bytes, timeout_seconds=args.timeout,
                            max_memory_bytes=args.max_memory * 2**20)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from kic_extract.pdf import ahead

    try:
        _read_ahead(args, settings)
        import gc

        gc.disable()  # loading the pipeline allocates much and frees next to nothing: no collection pays
        try:
            from kic_extract.runner import run
        finally:
            gc.enable()
        status = run(Path(args.raw), Path(args.out), jobs=args.jobs, progress=not args.quiet, settings=settings,
                     follow_links=args.follow_links)
    finally:
        ahead.stop_all()
    if status == 0 and args.strict:
        import json

        warnings = json.loads((Path(args.out) / "manifest.json").read_text(encoding="utf-8"))["warnings"]
        if warnings:
            print(f"error: {len(warnings)} warnings, and --strict fails the run on any (see "
                  f"{Path(args.out) / 'manifest.json'})", file=sys.stderr)
            return STRICT_FAILED
    return status


def _translit(args: argparse.Namespace) -> int:
    from kic_extract.names.readings import read_name
    from kic_extract.scripts import is_han

    status = 0
    for name in args.names:
        if not is_han(name):
            print(f"error: {name!r} is not a name in Chinese characters", file=sys.stderr)
            status = 1
            continue
        r = read_name(name)
        print("\t".join([name, r.pinyin, r.ko or "", r.ko_sino or ""]))
    return status


class _Version(argparse.Action):
    """`--version`: the package's version and the output contract's, read when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show the version and the output contract's version, and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from kic_extract import __version__
        from kic_extract.models import SCHEMA_VERSION

        print(f"kic-extract {__version__} (output contract {SCHEMA_VERSION})")
        parser.exit()


#: exit status of a run that succeeded but warned, under --strict
STRICT_FAILED = 3


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kic-extract", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="extract every input in --raw into datasets in --out")
    p_run.add_argument("--raw", default="raw", help="folder of input newsletters (default: raw)")
    p_run.add_argument("--out", default="normalized", help="folder for the datasets (default: normalized)")
    p_run.add_argument("--jobs", type=_positive, default=None,
                       help="worker processes (default: the number of cores); every input runs in a worker")
    p_run.add_argument("--max-bytes", type=_positive, default=DEFAULTS.max_input_bytes,
                       help=f"refuse inputs larger than this, before reading them (default: {DEFAULTS.max_input_bytes:,})")
    p_run.add_argument("--timeout", type=_seconds, default=DEFAULTS.timeout_seconds,
                       help=f"kill the work on an input after this many seconds (default: {DEFAULTS.timeout_seconds:g})")
    p_run.add_argument("--max-memory", type=_mebibytes, default=DEFAULTS.max_memory_bytes // 2**20, metavar="MIB",
                       help=f"memory an input may take, in MiB (default: {DEFAULTS.max_memory_bytes // 2**20:,})")
    p_run.add_argument("--follow-links", action="store_true",
                       help="read links in --raw that lead outside it (by default they are reported, not read)")
    p_run.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p_run.add_argument("--strict", action="store_true",
                       help=f"exit with status {STRICT_FAILED} when the run wrote any warning (outputs are still written)")
    p_run.set_defaults(func=_run)
    p_tr = sub.add_parser("translit", help="print pinyin, standard Korean and Sino-Korean readings of Chinese names")
    p_tr.add_argument("names", nargs="+", metavar="NAME", help="a name in simplified or traditional characters")
    p_tr.set_defaults(func=_translit)
    from kic_extract.review.command import register as register_review

    register_review(sub)
    return parser


def entry() -> None:
    """The command (`kic-extract`, `python -m kic_extract`): `main`, then the process ends at once.
    When `main` returns, every file the command wrote is closed and in place and every process it
    started has ended; tearing the interpreter down after it (a last garbage collection over the
    loaded dictionaries, models and patterns, then freeing them one by one) took a tenth of a
    second and did nothing a user could see. An error `main` does not handle ends the process as
    usual, with its traceback."""
    import os

    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or broken stream: let the interpreter end as it would
        raise SystemExit(status) from None
    os._exit(status)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except KeyboardInterrupt:
        print("interrupted; outputs left as they were", file=sys.stderr)
        return 128 + signal.SIGINT
    from kic_extract.errors import Interrupted, OutputError
    from kic_extract.inputs import UsageError

    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Interrupted) as exc:
        how = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"stopped by {exc}"
        done = "the outputs were already in place" if getattr(exc, "committed", False) else "outputs left as they were"
        print(f"{how}; {done}", file=sys.stderr)
        return 128 + getattr(exc, "signum", signal.SIGINT)
