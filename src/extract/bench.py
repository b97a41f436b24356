"""`make bench`: time the pipeline over generated issues and a floor measured in the same run,
and the PDF route beside pdfplumber's own text extraction on the same file.

The generated issues are copies of the shipped one with distinct numbers in their file names and
mastheads. The floor does the least any extractor must: read, decode, NFC, split lines, a few
regex passes over every line, and a JSON dump of the lines.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pdfplumber

from extract.clean.fixes import clear_cache
from extract.pdf.fixture import text_to_pdf
from extract.pdf.read import pdf_to_text
from extract.pipeline import extract_issue
from extract.runner import run
from extract.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "raw" / "kic-china-weekly-268.txt"
_FLOOR_PATTERNS = [re.compile(p) for p in (r"^\d+\.\s", r"\t", r"(\d) (년|개|차|위)", r"[\u4e00-\u9fff]+")]


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


_CHILD = """
import resource, sys
from pathlib import Path
from extract.runner import run
run(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False)
print(max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024)
"""


def peak_mib_of_run(raw: Path, out: Path) -> float:
    """Peak resident memory of a fresh serial run over raw (its own process, so nothing else counts):
    the larger of the main process and its worker."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(raw), str(out)], check=True, capture_output=True,
                          text=True)
    return float(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.bench", description=__doc__)
    parser.add_argument("--issues", type=int, default=200, help="how many generated issues (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the parallel run")
    parser.add_argument("--workdir", default=str(ROOT / ".bench"), help="scratch folder (default .bench/)")
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    shutil.rmtree(work, ignore_errors=True)
    raw = work / "raw"
    paths = generate_issues(raw, args.issues)
    settings = Settings()
    n = len(paths)

    start = time.perf_counter()
    for p in paths:
        floor_one(p)
    floor_s = time.perf_counter() - start

    # the first issue loads the dictionaries (hanja, pypinyin, OpenCC): timed apart, so the
    # per-issue figures are the pipeline's once started
    start = time.perf_counter()
    extract_issue(SHIPPED, SHIPPED.name, settings)
    first_s = time.perf_counter() - start
    timings: dict[str, float] = {}
    start = time.perf_counter()
    for p in paths:
        clear_cache()  # the copies share every line; a real archive's issues do not
        extract_issue(p, p.name, settings, timings)
    pipeline_s = time.perf_counter() - start

    start = time.perf_counter()
    run(raw, work / "out-serial", jobs=1, progress=False)
    serial_s = time.perf_counter() - start
    start = time.perf_counter()
    run(raw, work / "out-parallel", jobs=args.jobs, progress=False)
    parallel_s = time.perf_counter() - start
    identical = all((work / "out-serial" / f.name).read_bytes() == f.read_bytes()
                    for f in (work / "out-parallel").glob("*.json"))

    one = work / "one" / "raw"
    one.mkdir(parents=True)
    shutil.copy(SHIPPED, one)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extract", "run", "--raw", str(one), "--out", str(work / "one" / "out"),
                    "--quiet"], check=True, capture_output=True)
    cold_s = time.perf_counter() - start

    print(f"issues: {n} (copies of {SHIPPED.name}), cores: {os.cpu_count()}, jobs: {args.jobs}")
    print(f"{'floor (read+NFC+split+4 regex passes+JSON dump)':52} {1000 * floor_s / n:8.2f} ms/issue")
    print(f"{'first issue in a new process (loads dictionaries)':52} {1000 * first_s:8.0f} ms")
    print(f"{'pipeline once started, in-process, all stages':52} {1000 * pipeline_s / n:8.2f} ms/issue"
          f"   ({pipeline_s / floor_s:.1f}x floor)")
    for stage, seconds in timings.items():
        print(f"  {stage:50} {1000 * seconds / n:8.2f} ms/issue")
    print(f"{'end to end, run --jobs 1 (incl. writing)':52} {serial_s:8.2f} s   {n / serial_s:8.1f} issues/s")
    print(f"{f'end to end, run --jobs {args.jobs}':52} {parallel_s:8.2f} s   {n / parallel_s:8.1f} issues/s")
    print(f"{'parallel output identical to serial':52} {identical}")
    print(f"{'cold one-issue run (new interpreter)':52} {cold_s:8.2f} s")
    pdf_path = work / "pdf" / "kic-china-weekly-268.pdf"
    pdf_path.parent.mkdir(parents=True)
    pdf_pages = text_to_pdf(SHIPPED.read_text(encoding="utf-8"), pdf_path)
    reps = 3
    start = time.perf_counter()
    for _ in range(reps):
        pdf_to_text(pdf_path, settings)
    ours_s = (time.perf_counter() - start) / reps
    start = time.perf_counter()
    for _ in range(reps):
        with pdfplumber.open(pdf_path) as pdf:
            for page in pdf.pages:
                page.extract_text()
    plumber_s = (time.perf_counter() - start) / reps
    start = time.perf_counter()
    extract_issue(pdf_path, pdf_path.name, settings)
    pdf_issue_s = time.perf_counter() - start
    print(f"{f'PDF ({pdf_pages} pages): reader, text form with tables':52} {pdf_pages / ours_s:8.1f} pages/s"
          f"   ({1000 * ours_s:.0f} ms)")
    print(f"{'PDF: pdfplumber extract_text alone, same file':52} {pdf_pages / plumber_s:8.1f} pages/s"
          f"   ({1000 * plumber_s:.0f} ms)")
    print(f"{'PDF: whole pipeline on the file':52} {1000 * pdf_issue_s:8.0f} ms")
    quarter = work / "quarter" / "raw"
    quarter.mkdir(parents=True)
    for p in paths[: max(1, n // 4)]:
        shutil.copy(p, quarter)
    small = peak_mib_of_run(quarter, work / "quarter" / "out")
    large = peak_mib_of_run(raw, work / "out-memory")
    print(f"{f'peak memory of a serial run, {max(1, n // 4)} / {n} issues':52} {small:8.1f} MiB / {large:.1f} MiB")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
