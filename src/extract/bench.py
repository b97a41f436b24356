"""`make bench`: time the pipeline against a floor measured in the same run, cold and warm, with
`--jobs 1` and the default, its peak memory at several archive sizes, and the PDF reader beside
pdfplumber's own text extraction over the project's PDFs (warm and cold) with the whole command
on a 34-page PDF, and how the time of the stages that once grew faster than their input grows
with it (`kic_extract.scaling`). Every time is the median of `--repeat` runs; the CPU time beside the wall time
(this process's and its children's) says how much of a slow run was other work on the machine.

The generated issues are copies of the shipped one with distinct numbers in their file names and
mastheads. The floor does the least any extractor must: read, decode, NFC, split lines, a few
regex passes over every line, and a JSON dump of the lines. "Warm" runs inside this process, after
the dictionaries are loaded; "cold" is the command in a new interpreter, as a user runs it. The
copies share every line, so per-line caches help end-to-end runs more than on a real archive (the
in-process stage figures clear them between issues).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "raw" / "kic-china-weekly-268.txt"
_FLOOR_PATTERNS = [re.compile(p) for p in (r"^\d+\.\s", r"\t", r"(\d) (년|개|차|위)", r"[\u4e00-\u9fff]+")]
_W = 60  # width of the label column


def generate_issues(folder: Path, count: int) -> list[Path]:
    """`count` copies of the shipped issue, numbered 1000, 1001, …"""
    folder.mkdir(parents=True, exist_ok=True)
    text = SHIPPED.read_text(encoding="utf-8")
    paths = []
    for k in range(count):
        number = 1000 + k
        path = folder / f"kic-china-weekly-{number}.txt"
        path.write_text(text.replace("제 268 호", f"제 {number} 호", 1), encoding="utf-8")
        paths.append(path)
    return paths


def floor_one(path: Path) -> int:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
    lines = text.splitlines()
    hits = sum(1 for line in lines for pattern in _FLOOR_PATTERNS if pattern.search(line))
    return len(json.dumps([{"line": i, "text": t} for i, t in enumerate(lines, 1)], ensure_ascii=False)) + hits


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    """The median wall time of `repeat` calls of func."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(*args: str, env: dict[str, str] | None = None) -> Callable[[], None]:
    """A call that runs `python -m kic_extract ARGS` in a new interpreter and fails if it does."""
    env = {**os.environ, **env} if env else None
    return lambda: subprocess.run([sys.executable, "-m", "kic_extract", *args], check=True, capture_output=True,
                                  env=env)


# the process's own peak from /proc (VmHWM): its ru_maxrss would count the benchmark's own
# memory, kept across the exec that started it
_MEMORY_CHILD = """
import re, resource, sys
from kic_extract.cli import main
status = main(sys.argv[1:])
try:
    with open("/proc/self/status", encoding="ascii") as fh:
        own = int(re.search(r"VmHWM:\\s*(\\d+) kB", fh.read())[1]) / 1024
except (OSError, TypeError):
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
raise SystemExit(status)
"""


def peak_mib_of_run(raw: Path, out: Path, *jobs: str) -> float:
    """Peak resident memory of the command over raw in a new interpreter (nothing else counts):
    the larger of the main process and its largest worker."""
    proc = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, "run", "--raw", str(raw), "--out", str(out),
                           "--quiet", *jobs], check=True, capture_output=True, text=True)
    return float(proc.stdout.strip().splitlines()[-1])


def _line(label: str, value: str) -> None:
    print(f"{label:{_W}} {value}", flush=True)


def _same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.relative_to(a) for p in a.rglob("*.json"))
    return names == sorted(p.relative_to(b) for p in b.rglob("*.json")) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def bench_text(work: Path, n: int, repeat: int, jobs: int | None) -> bool:
    """Floor, in-process stages, end to end warm and cold with --jobs 1 and the default; True when
    every run wrote the same bytes."""
    from kic_extract.clean.fixes import clear_cache
    from kic_extract.pipeline import extract_issue
    from kic_extract.runner import default_jobs, run
    from kic_extract.settings import Settings

    raw = work / "raw"
    paths = generate_issues(raw, n)
    settings = Settings()
    chosen = jobs if jobs is not None else default_jobs(paths)
    default_label = f"--jobs {jobs}" if jobs is not None else f"default ({chosen} of {os.cpu_count()} cores)"
    print(f"issues: {n} (copies of {SHIPPED.name}), cores: {os.cpu_count()}, median of {repeat}", flush=True)
    if sys.flags.dont_write_bytecode:
        print("PYTHONDONTWRITEBYTECODE is set: every cold run compiles the project's modules anew", flush=True)

    floor_s = median_seconds(lambda: [floor_one(p) for p in paths], repeat)
    _line("floor (read+NFC+split+4 regex passes+JSON dump)", f"{1000 * floor_s / n:8.2f} ms/issue")

    start = time.perf_counter()
    extract_issue(SHIPPED, SHIPPED.name, settings)
    _line("first issue in this process (loads dictionaries)", f"{1000 * (time.perf_counter() - start):8.0f} ms")
    timings: dict[str, float] = {}

    def in_process() -> None:
        for p in paths:
            clear_cache()  # the copies share every line; a real archive's issues do not
            extract_issue(p, p.name, settings, timings)

    pipeline_s = median_seconds(in_process, repeat)
    _line("pipeline warm, in-process, all stages", f"{1000 * pipeline_s / n:8.2f} ms/issue   "
          f"({pipeline_s / floor_s:.1f}x floor)")
    for stage, seconds in timings.items():
        _line(f"  {stage}", f"{1000 * seconds / n / repeat:8.2f} ms/issue")

    outs: list[Path] = []

    def report(label: str, timed: tuple[float, float]) -> None:
        seconds, cpu = timed
        _line(label, f"{seconds:8.2f} s   {n / seconds:8.1f} issues/s   ({seconds / floor_s:.1f}x floor)   "
              f"CPU {cpu:.2f} s")

    for how, workers in (("--jobs 1", 1), (default_label, jobs)):
        args = [] if workers is None else ["--jobs", str(workers)]
        out = work / f"out-warm-{len(outs)}"
        outs.append(out)
        report(f"end to end warm, {how}",
               alternating({"run": lambda o=out, w=workers: run(raw, o, jobs=w, progress=False)}, repeat)["run"])
        out = work / f"out-cold-{len(outs)}"
        outs.append(out)
        report(f"end to end cold (new interpreter), {how}",
               alternating({"run": command("run", "--raw", str(raw), "--out", str(out), "--quiet", *args)}, repeat)["run"])
    identical = all(_same_outputs(outs[0], other) for other in outs[1:])
    _line("every run's output identical", f"{identical}")

    one = work / "one" / "raw"
    one.mkdir(parents=True)
    shutil.copy(SHIPPED, one)
    for how, args, env in (("--jobs 1", ["--jobs", "1"], None), ("default jobs", [], None),
                           ("a first run (no pattern cache)", [], {"KIC_EXTRACT_CACHE": "off"})):
        cold, cpu = alternating({"run": command("run", "--raw", str(one), "--out", str(work / "one" / "out"), "--quiet",
                                                *args, env=env)}, repeat)["run"]
        label = f"one issue cold (new interpreter), {how}" if env is None else f"one issue cold, {how}"
        _line(label, f"{cold:8.2f} s   CPU {cpu:.2f} s")
    _line("--help cold", f"{median_seconds(command('--help'), repeat):8.2f} s")
    _line("--version cold", f"{median_seconds(command('--version'), repeat):8.2f} s")
    return identical


def bench_memory(work: Path, sizes: list[int]) -> None:
    """Peak memory of the command (default jobs) over archives of each size."""
    peaks = []
    for size in sizes:
        raw = work / f"memory-{size}" / "raw"
        generate_issues(raw, size)
        peaks.append(peak_mib_of_run(raw, raw.parent / "out"))
        shutil.rmtree(raw.parent)
    shown = " / ".join(f"{p:.1f}" for p in peaks)
    ratio = f"   ({peaks[-1] / peaks[0]:.2f}x the smallest)" if len(peaks) > 1 else ""
    _line(f"peak memory, {' / '.join(map(str, sizes))} issues", f"{shown} MiB{ratio}")


PDF_FOLDERS = (ROOT / "tests" / "corpus" / "pdf", ROOT / "tests" / "data" / "pdf")
_PLUMBER_CHILD = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
"""
_READER_CHILD = """
import sys
from pathlib import Path
from kic_extract.pdf.read import read_pdf
from kic_extract.settings import Settings
for path in sys.argv[1:]:
    read_pdf(Path(path), Settings())
"""


def pdf_files() -> list[Path]:
    """The project's PDFs: the corpus renderings and the test sample's prints (`make corpus-pdfs`)."""
    return sorted(p for folder in PDF_FOLDERS for p in folder.glob("*.pdf"))


def long_pdf(path: Path, pages: int = 34) -> int:
    """A PDF of the shipped issue printed twice over by the test fixture, cut to `pages` pages:
    a long issue with the masthead, tables and page furniture of a real one."""
    import pypdfium2

    from kic_extract.pdf.fixture import text_to_pdf

    text = SHIPPED.read_text(encoding="utf-8")
    whole = path.with_suffix(".whole.pdf")
    text_to_pdf(text + "\n" + text, whole)
    source, out = pypdfium2.PdfDocument(str(whole)), pypdfium2.PdfDocument.new()
    out.import_pages(source, list(range(min(pages, len(source)))))
    out.save(str(path))
    count = len(out)
    out.close()
    source.close()
    whole.unlink()
    return count


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (and theirs)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def alternating(funcs: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """(median wall seconds, median CPU seconds) of each function; the functions run in turn, so a
    change in the machine's load (other work sharing its cores) falls on all of them alike."""
    walls: dict[str, list[float]] = {name: [] for name in funcs}
    cpus: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            cpu, start = _cpu_seconds(), time.perf_counter()
            func()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_cpu_seconds() - cpu)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in funcs}


def bench_pdf(work: Path, repeat: int) -> None:
    """The PDF reader beside pdfplumber's own extract_text over the project's PDFs, warm (in this
    process, after a first read of each file) and cold (a new interpreter), the two run in turn;
    the reader alone on a 34-page PDF, in one process and with its pages shared among the cores;
    and the whole command on that PDF. Wall time, and CPU time (which other work on the machine
    does not inflate as much)."""
    import pdfplumber

    import kic_extract.pdf
    from kic_extract.pdf.problems import pdfminer_messages
    from kic_extract.pdf.read import read_pdf
    from kic_extract.settings import Settings

    settings = Settings()
    files = pdf_files()
    if not files:
        _line("PDF: no PDFs under tests/corpus/pdf or tests/data/pdf", "skipped")
        return

    def plumber() -> None:
        with pdfminer_messages():  # its notes on producers' fonts would flood the report
            for path in files:
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_text()

    routes: list[tuple[int, str]] = []
    for path in files:
        read_pdf(path, settings, routes)
    pages = len(routes)
    fallback = sum(how != "pdfium" for _, how in routes)
    plumber()
    print(f"PDFs: {len(files)} files, {pages} pages (tests/corpus/pdf, tests/data/pdf); "
          f"{fallback} pages read by pdfplumber (Type 3 fonts and the like), median of {repeat}", flush=True)
    names = [str(p) for p in files]
    warm = alternating({"plumber": plumber, "reader": lambda: [read_pdf(p, settings) for p in files]}, repeat)
    cold = alternating({
        "plumber": lambda: subprocess.run([sys.executable, "-c", _PLUMBER_CHILD, *names], check=True,
                                          capture_output=True),
        "reader": lambda: subprocess.run([sys.executable, "-c", _READER_CHILD, *names], check=True,
                                         capture_output=True)}, repeat)
    for how, got in (("warm", warm), ("cold", cold)):
        (plain, plain_cpu), (ours, ours_cpu) = got["plumber"], got["reader"]
        _line(f"PDF, {how}: pdfplumber extract_text | reader (text form, tables)",
              f"{pages / plain:8.1f} | {pages / ours:.1f} pages/s   ({plain / ours:.2f}x); "
              f"CPU {pages / plain_cpu:.1f} | {pages / ours_cpu:.1f} pages/s ({plain_cpu / ours_cpu:.2f}x)")
    one = work / "pdf-one"
    one.mkdir()
    path = one / "kic-china-weekly-268.pdf"
    count = long_pdf(path)
    shared = max(1, os.cpu_count() or 1)

    def reader_with(processes: int) -> Callable[[], object]:
        def read() -> None:
            kic_extract.pdf.page_processes = processes
            try:
                read_pdf(path, settings)
            finally:
                kic_extract.pdf.page_processes = 1
        return read

    read_pdf(path, settings)
    alone = alternating({"one": reader_with(1), "shared": reader_with(shared)}, repeat)
    (one_s, one_cpu), (shared_s, shared_cpu) = alone["one"], alone["shared"]
    _line(f"PDF, warm: the reader on the {count}-page PDF, 1 | {shared} processes",
          f"{count / one_s:8.1f} | {count / shared_s:.1f} pages/s; CPU {one_cpu:.2f} | {shared_cpu:.2f} s")
    whole = alternating({"run": command("run", "--raw", str(one), "--out", str(work / "pdf-out"), "--quiet")}, repeat)
    _line(f"PDF, cold: the command on one {count}-page PDF (new interpreter)",
          f"{whole['run'][0]:8.2f} s   (CPU {whole['run'][1]:.2f} s)")


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of whole numbers") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give one or more sizes of at least 1")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=200, help="generated issues for the timings (default 200)")
    parser.add_argument("--memory-sizes", type=_sizes, default=[50, 200, 800], metavar="N,N,…",
                        help="archive sizes whose peak memory is measured (default 50,200,800)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, the median reported (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="workers for the parallel runs (default: as the "
                        "command chooses)")
    parser.add_argument("--skip", action="append", choices=["text", "memory", "pdf", "scaling"], default=[],
                        help="leave out a part (repeatable)")
    parser.add_argument("--workdir", default=str(ROOT / ".bench"), help="scratch folder (default .bench/)")
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ["KIC_EXTRACT_CACHE"] = str(work / "pattern-cache")  # filled by the first command timed
    identical = True
    if "text" not in args.skip:
        identical = bench_text(work, args.issues, max(1, args.repeat), args.jobs)
    if "memory" not in args.skip:
        bench_memory(work, args.memory_sizes)
    if "pdf" not in args.skip:
        bench_pdf(work, max(1, args.repeat))
    if "scaling" not in args.skip:
        from kic_extract.scaling import bench_scaling

        bench_scaling(_line)
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
