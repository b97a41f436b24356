"""Hostile inputs and what the run must say about each.

Every case puts files into one raw folder beside the shipped issue; one run over the folder
must then report each case by name (an error, a file skipped, a warning) and still extract
every good issue. `FAST` runs in the test suite; `LONG` adds the costlier cases (`make hostile`).
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pdf_bytes import pdf_of

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "raw" / "kic-china-weekly-268.txt"
TEXT = SHIPPED.read_text(encoding="utf-8")
MASTHEAD_NUMBER = "제 268 호"
NOT_AN_ISSUE = "회의 메모\n다음 주 화요일까지 자료 정리\n비밀번호: hunter2\n"


def issue(number: int, extra: str = "") -> str:
    """The shipped issue renumbered, with extra text after its first article's title line."""
    text = TEXT.replace(MASTHEAD_NUMBER, f"제 {number} 호", 1)
    return text + ("\n\n" + extra if extra else "")


@dataclass(frozen=True)
class Expect:
    kind: str  # "error" (read, failed), "skipped" (not read), "warning" (extracted, warned), "issue" (extracted)
    path: str  # as the run names it (escaped)
    text: str  # what the report must say (the warning's code for "warning"; the issue number for "issue")


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], None]
    expect: tuple[Expect, ...]


def _write(name: str | bytes, data: str | bytes) -> Callable[[Path], None]:
    def build(raw: Path) -> None:
        target = os.path.join(os.fsencode(raw), name if isinstance(name, bytes) else os.fsencode(name))
        with open(target, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    return build


def _link(name: str, target: str) -> Callable[[Path], None]:
    def build(raw: Path) -> None:
        os.symlink(target.replace("{tmp}", str(raw.parent)), raw / name)
    return build


def _secret(raw: Path) -> None:
    (raw.parent / "secret.txt").write_text(NOT_AN_ISSUE, encoding="utf-8")
    os.symlink(raw.parent / "secret.txt", raw / "notes.txt")


def _loop(raw: Path) -> None:
    os.symlink("loop-b.txt", raw / "loop-a.txt")
    os.symlink("loop-a.txt", raw / "loop-b.txt")


def _sparse(size: int) -> Callable[[Path], None]:
    def build(raw: Path) -> None:
        with open(raw / "sparse.txt", "wb") as fh:
            fh.truncate(size)
    return build


def _fifo(raw: Path) -> None:
    os.mkfifo(raw / "pipe.txt")


def _folder(raw: Path) -> None:
    (raw / "folder.txt").mkdir()
    (raw / "folder.txt" / "x.txt").write_text(TEXT, encoding="utf-8")


def _both(*builds: Callable[[Path], None]) -> Callable[[Path], None]:
    def build(raw: Path) -> None:
        for b in builds:
            b(raw)
    return build


BAD_UTF8 = codecs.BOM_UTF8 + "주간 중국 창업\n\n제 1 호\n".encode() + b"\xff\xfe broken\n"
LONG_LINE = issue(272, "가" * 100_000 + "\n\n" + "나" * 60 + " 계속")
MANY_NAMES = issue(273, "국무원(国务院)" * 50_000)
RARE_NAME = issue(274, "새 기업 𰀀𰀁(𰀀𰀁)이 문을 열었다.")

FAST: list[Case] = [
    Case("link leaving raw/", _secret, (Expect("skipped", "raw/notes.txt", "outside the raw folder"),)),
    Case("broken link", _link("gone.txt", "{tmp}/no-such-file.txt"),
         (Expect("skipped", "raw/gone.txt", "broken link"),)),
    Case("looping links", _loop, (Expect("skipped", "raw/loop-a.txt", "loops"),
                                  Expect("skipped", "raw/loop-b.txt", "loops"))),
    Case("link inside raw/ to a good issue", _link("later-alias.txt", "kic-china-weekly-268.txt"),
         (Expect("error", "raw/later-alias.txt", "same content as raw/kic-china-weekly-268.txt"),)),
    Case("no masthead", _write("minutes.txt", NOT_AN_ISSUE), (Expect("error", "raw/minutes.txt", "no masthead"),)),
    Case("name that is all dots", _write("...txt", TEXT), (Expect("skipped", "raw/...txt", "no usable issue id"),)),
    Case("hidden file", _write(".draft.txt", TEXT), (Expect("skipped", "raw/.draft.txt", "no usable issue id"),)),
    Case("same id from .md and .txt", _both(_write("memo.md", NOT_AN_ISSUE), _write("memo.txt", NOT_AN_ISSUE)),
         (Expect("error", "raw/memo.md", "no masthead"),
          Expect("skipped", "raw/memo.txt", "already that of raw/memo.md"))),
    Case("same content twice", _write("kic-china-weekly-268b.txt", TEXT),
         (Expect("error", "raw/kic-china-weekly-268b.txt", "same content as raw/kic-china-weekly-268.txt"),)),
    Case("name says 269, masthead 268", _write("kic-china-weekly-269.txt", TEXT + "\n"),
         (Expect("warning", "raw/kic-china-weekly-269.txt", "issue_number_differs"),
          Expect("warning", "raw/kic-china-weekly-269.txt", "issue_number_repeated"))),
    Case("terminal escapes and a newline in the name", _write("evil\x1b[2J\n.txt", TEXT),
         (Expect("skipped", "raw/evil\\x1b[2J\\n.txt", "no usable issue id"),)),
    Case("name that is not UTF-8", _write(b"kic-\xff\xfe.txt", TEXT),
         (Expect("skipped", "raw/kic-\\xff\\xfe.txt", "no usable issue id"),)),
    Case("empty file", _write("empty.txt", b""), (Expect("error", "raw/empty.txt", "file is empty"),)),
    Case("binary file", _write("binary.txt", bytes(range(256)) * 64), (Expect("error", "raw/binary.txt", ""),)),
    Case("text that stops being UTF-8", _write("bad-bytes.txt", BAD_UTF8),
         (Expect("error", "raw/bad-bytes.txt", "stops being readable as utf-8-sig at byte 35 (line 4)"),)),
    Case("6 GB sparse file", _sparse(6 * 2**30),
         (Expect("error", "raw/sparse.txt", "file is 6,442,450,944 bytes, over the limit of 20,000,000"),)),
    Case("named pipe", _fifo, (Expect("skipped", "raw/pipe.txt", "not a regular file"),)),
    Case("folder named like a newsletter", _folder, (Expect("skipped", "raw/folder.txt", "a folder, not a file"),)),
    Case("corrupt PDF", _write("scan.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8), (Expect("error", "raw/scan.pdf", ""),)),
    Case("100k-character line at a page break", _write("kic-china-weekly-272.txt", LONG_LINE),
         (Expect("issue", "raw/kic-china-weekly-272.txt", "272"),)),
    Case("50k names on one line", _write("kic-china-weekly-273.txt", MANY_NAMES),
         (Expect("issue", "raw/kic-china-weekly-273.txt", "273"),)),
    Case("a name with no pinyin", _write("kic-china-weekly-274.txt", RARE_NAME),
         (Expect("issue", "raw/kic-china-weekly-274.txt", "274"),
          Expect("warning", "raw/kic-china-weekly-274.txt", "glossary_entry_dropped"))),
]


def _many_joins(raw: Path) -> None:
    half = "가나다라마바사아자차카타파하 " * 4
    (raw / "kic-china-weekly-280.txt").write_text(issue(280, (half + "\n\n") * 20_000), encoding="utf-8")


def _big_issue(raw: Path) -> None:
    lines = TEXT.split("\n")
    body = "\n".join(lines[100:])
    (raw / "kic-china-weekly-281.txt").write_text(issue(281) + "\n" + body * 9, encoding="utf-8")


def _inflating_pdf(raw: Path) -> None:
    """A small PDF whose one page's content stream inflates to 1.5 GiB."""
    import zlib

    comp = zlib.compressobj(9)
    chunk = b"0 0 m " * (2**20 // 6)
    stream = b"".join(comp.compress(chunk) for _ in range(1536)) + comp.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    (raw / "bomb.pdf").write_bytes(pdf_of(objects, b"1.4"))


def _deep_nesting(raw: Path) -> None:
    (raw / "kic-china-weekly-282.txt").write_text(issue(282, "(" * 50_000 + "가" + ")" * 50_000), encoding="utf-8")


def _utf16_garbage(raw: Path) -> None:
    (raw / "utf16-cut.txt").write_bytes(codecs.BOM_UTF16_LE + "주간 중국 창업\n제 1 호\n".encode("utf-16-le") + b"\x00\xd8")


def _nul_text(raw: Path) -> None:
    (raw / "nul.txt").write_bytes(("주간 중국 창업\n" * 3 + "제 1 호\x00\n").encode())


def _bidi_name(raw: Path) -> None:
    (raw / "report\u202eftp.txt").write_text(NOT_AN_ISSUE, encoding="utf-8")


def _nfd_name(raw: Path) -> None:
    import unicodedata

    (raw / unicodedata.normalize("NFD", "주간-275.txt")).write_text(issue(275), encoding="utf-8")


def _device_link(raw: Path) -> None:
    os.symlink("/dev/zero", raw / "zero.txt")


LONG: list[Case] = FAST + [
    Case("20,000 page-break joins", _many_joins, (Expect("issue", "raw/kic-china-weekly-280.txt", "280"),)),
    Case("a 10-copy issue (700 kB)", _big_issue, (Expect("issue", "raw/kic-china-weekly-281.txt", "281"),)),
    Case("PDF inflating to 1.5 GiB", _inflating_pdf, (Expect("error", "raw/bomb.pdf", ""),)),
    Case("50,000 nested brackets", _deep_nesting, (Expect("issue", "raw/kic-china-weekly-282.txt", "282"),)),
    Case("UTF-16 cut in a surrogate pair", _utf16_garbage,
         (Expect("error", "raw/utf16-cut.txt", "stops being readable as utf-16 at byte"),)),
    Case("NUL in text", _nul_text, (Expect("error", "raw/nul.txt", "NUL characters, the first on line 4"),)),
    Case("bidirectional override in a name", _bidi_name,
         (Expect("skipped", "raw/report\\u202eftp.txt", "no usable issue id"),)),
    Case("decomposed Hangul name", _nfd_name, (Expect("issue", "raw/주간-275.txt", "275"),)),
    Case("link to a device", _device_link, (Expect("skipped", "raw/zero.txt", "outside the raw folder"),)),
]


# ── running a folder of cases ─────────────────────────────────────────────────────────────
def build_raw(raw: Path, cases: list[Case]) -> None:
    raw.mkdir(parents=True)
    (raw / SHIPPED.name).write_bytes(SHIPPED.read_bytes())
    for case in cases:
        case.build(raw)


def run_cli(*args: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "kic_extract", *args], capture_output=True, text=True,
                          errors="backslashreplace", cwd=ROOT, timeout=timeout)
    return proc, time.monotonic() - start


def check(cases: list[Case], out: Path, proc: subprocess.CompletedProcess) -> list[str]:
    """Every expectation the run did not meet, as readable lines (empty when all held)."""
    problems = []
    if "Traceback" in proc.stderr:
        problems.append(f"a traceback on stderr:\n{proc.stderr}")
    if "\x1b" in proc.stderr:
        problems.append("a terminal escape reached stderr")
    if proc.returncode != 1:
        problems.append(f"exit status {proc.returncode}, not 1")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    issues = json.loads((out / "issues.json").read_text(encoding="utf-8"))
    inputs = {i["path"]: i for i in manifest["inputs"]}
    skipped = {s["path"]: s["reason"] for s in manifest["skipped"]}
    ok = inputs.get(f"raw/{SHIPPED.name}")
    if not ok or ok["error"]:
        problems.append("the shipped issue was not extracted")
    for case in cases:
        for e in case.expect:
            entry = inputs.get(e.path)
            if e.kind == "skipped":
                held = e.path in skipped and e.text in skipped[e.path] and f"error: {e.path}: " in proc.stderr
            elif e.kind == "error":
                held = bool(entry and entry["error"] and e.text in entry["error"]
                            and f"error: {e.path}: " in proc.stderr)
            elif e.kind == "warning":
                held = bool(entry and not entry["error"]) and any(
                    w["code"] == e.text and w["issue_id"] == entry["issue_id"] for w in manifest["warnings"])
            else:
                held = bool(entry and not entry["error"]) and any(
                    i["issue_id"] == entry["issue_id"] and str(i["number"]) == e.text for i in issues)
            if not held:
                problems.append(f"{case.name}: expected {e.kind} for {e.path} ({e.text}); "
                                f"input {entry}, skipped {skipped.get(e.path)}")
    if "hunter2" in "".join(p.read_text(encoding="utf-8") for p in out.glob("*.json")):
        problems.append("text of a file outside raw/ reached the outputs")
    litter = [p.name for p in out.iterdir() if p.name.startswith(".")]
    if litter:
        problems.append(f"left behind in the output folder: {litter}")
    return problems


def expectations(cases: list[Case]) -> int:
    return sum(len(c.expect) for c in cases)


def _workers(pid: int) -> list[str]:
    return subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()


def _started(out: Path, proc: subprocess.Popen, seconds: float = 60) -> None:
    """Wait until the run has made its staging folder and its workers are extracting."""
    deadline = time.monotonic() + seconds
    while not (out.exists() and any(p.name.startswith(".staging-") for p in out.iterdir()) and _workers(proc.pid)):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be stopped"
        time.sleep(0.05)


def stop_a_run(tmp: Path, how: str, issues: int = 40) -> list[str]:
    """Start a run over `issues` issues with two workers, stop it mid-way (SIGTERM or SIGHUP to the
    run, Ctrl-C to its whole process group as a terminal does, or SIGKILL to the group), and return
    what it left wrong: a traceback, a wrong exit status, litter, outputs, surviving workers."""
    raw = tmp / "raw"
    raw.mkdir()
    for n in range(300, 300 + issues):
        (raw / f"kic-china-weekly-{n}.txt").write_text(issue(n), encoding="utf-8")
    out = tmp / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kic_extract", "run", "--raw", str(raw), "--out", str(out),
                             "--jobs", "2"], cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _started(out, proc)
    time.sleep(0.2)
    if how in ("SIGTERM", "SIGHUP"):
        proc.send_signal(getattr(signal, how))
    else:
        os.killpg(proc.pid, signal.SIGKILL if how == "SIGKILL" else signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    problems = []
    if "Traceback" in stderr:
        problems.append(f"a traceback:\n{stderr}")
    if (out / "manifest.json").exists():
        problems.append("outputs were written by a stopped run")
    if how == "SIGKILL":
        if not list(out.glob(".staging-*")):
            problems.append("SIGKILL left no staging folder: the next run's cleaning was not tested")
        again, _ = run_cli("run", "--raw", str(raw), "--out", str(out), "--jobs", "2")
        if again.returncode != 0:
            problems.append(f"the next run failed: {again.stderr}")
    else:
        expected = {"SIGTERM": 143, "SIGINT": 130, "SIGHUP": 129}[how]
        if proc.returncode != expected or "outputs left as they were" not in stderr:
            problems.append(f"exit status {proc.returncode} (not {expected}), stderr {stderr!r}")
    litter = [p.name for p in out.iterdir() if p.name.startswith(".")]
    if litter:
        problems.append(f"left behind: {litter}")
    time.sleep(0.5)
    survivors = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
    if survivors:
        problems.append(f"worker processes still running: {survivors}")
    return problems
