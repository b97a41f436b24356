"""Hostile and unusual input: encodings, mutations (hypothesis), limits, interrupted runs."""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import signal
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kic_extract import write
from kic_extract.pipeline import DATASETS
from kic_extract.pipeline import extract_issue as real_extract_issue
from kic_extract.runner import process_one, run
from kic_extract.settings import Settings

from conftest import SHIPPED

TEXT = SHIPPED.read_text(encoding="utf-8")
EXTRACT_SETTINGS = Settings()


_NO_DIGITS = str.maketrans("0123456789", "abcdefghij")


def _records(tmp: Path, name: str, data: bytes) -> dict:
    path = tmp / f"{name.translate(_NO_DIGITS)}.txt"  # a name with no number in it says no issue number
    path.write_bytes(data)
    res = process_one(path, f"raw/{path.name}", EXTRACT_SETTINGS)
    assert res["input"]["error"] is None, res["input"]["error"]
    return res


def _comparable(res: dict, issue_id: str) -> str:
    """Every record, with the issue id normalized, as one string."""
    return json.dumps([res["records"], res["warnings"], res["coverage"]], ensure_ascii=False).replace(
        issue_id.translate(_NO_DIGITS), "ID")


# ── the encoding matrix ───────────────────────────────────────────────────────────────────


def _cp949_text() -> str:
    """The issue with every character CP949 cannot hold (simplified hanzi) replaced by one it can."""
    out = []
    for ch in TEXT:
        try:
            ch.encode("cp949")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("中")
    return "".join(out)


VARIANTS = {
    "utf8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf16": lambda t: t.encode("utf-16"),
    "utf16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "nfd-hangul": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "trailing-white-space": lambda t: "\n".join(ln + (" \u00a0 " if ln else "") for ln in t.split("\n")).encode(),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_encoding_variants_give_the_same_records(tmp_path, variant):
    original = _records(tmp_path, "original", TEXT.encode("utf-8"))
    changed = _records(tmp_path, variant, VARIANTS[variant](TEXT))
    assert _comparable(changed, variant) == _comparable(original, "original")


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_korean_code_pages_give_the_same_records(tmp_path, encoding):
    text = _cp949_text()
    original = _records(tmp_path, "original", text.encode("utf-8"))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot hold every character CP949 can")
    legacy = _records(tmp_path, encoding, data)
    assert legacy["input"]["encoding"] == "cp949"
    assert _comparable(legacy, encoding) == _comparable(original, "original")
    assert len(legacy["records"]["sections"]) == 11


# ── fuzzing: mutated newsletters never crash the pipeline ─────────────────────────────────
LINES = TEXT.split("\n")


# junk lines lean on the characters the segmenters look at, plus any Unicode at all
STRUCTURAL = st.sampled_from(list("\t\t 0123456789.,)(-–—▶①②③【】*%표사진다가조억만위안성中国广") + ["1. ", "1) ", "- ", "제 "])
JUNK = st.lists(st.one_of(STRUCTURAL, st.characters()), max_size=40).map("".join)
OPS = st.lists(st.tuples(st.sampled_from(["drop", "duplicate", "truncate", "unicode", "swap", "blank"]),
                         st.integers(0, 10**6), st.integers(0, 10**6), JUNK), min_size=1, max_size=16)


def mutate(ops, encoding: str) -> bytes:
    """The shipped issue with the drawn mutations applied, in the drawn encoding."""
    lines = list(LINES)
    for op, a, b, junk in ops:
        i = a % len(lines)
        if op == "drop" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "truncate":
            lines[i] = lines[i][: b % (len(lines[i]) + 1)]
        elif op == "unicode":
            lines[i] = junk
        elif op == "swap":
            j = b % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, "")
    text = "\n".join(lines)
    if encoding == "mixed":  # a UTF-8 file with a stretch of CP949 bytes in it
        cut = len(text) // 2
        return text[:cut].encode("utf-8", errors="surrogatepass") + text[cut:].encode("cp949", errors="replace")
    return text.encode(encoding, errors="surrogatepass")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=OPS, encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "mixed"]))
def test_mutated_newsletters_never_crash(tmp_path, ops, encoding):
    path = tmp_path / "fuzz.txt"
    path.write_bytes(mutate(ops, encoding))
    res = process_one(path, "raw/fuzz.txt", EXTRACT_SETTINGS)
    error = res["input"]["error"]
    assert error is None or not error.startswith("internal error"), error
    if error is None:
        cov = res["coverage"]
        assert cov["lines_assigned"] + len(cov["unassigned"]) == cov["lines_nonblank"]
        json.dumps(res, ensure_ascii=False)
        for name in DATASETS:
            assert isinstance(res["records"][name], list)


def test_fuzzed_archive_run_writes_valid_json(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rng = random.Random(7)
    for k in range(6):
        lines = list(LINES)
        for _ in range(25):
            del lines[rng.randrange(len(lines))]
        (raw / f"mutant-{k}.txt").write_text("\n".join(lines), encoding="utf-8")
    (raw / "garbage.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    status = run(raw, tmp_path / "out", jobs=2, progress=False)
    assert status in (0, 1)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert not [i for i in manifest["inputs"] if (i["error"] or "").startswith("internal error")]
    for name in DATASETS:
        json.loads((tmp_path / "out" / f"{name}.json").read_text(encoding="utf-8"))


# ── limits ────────────────────────────────────────────────────────────────────────────────
def test_size_limit_names_the_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(SHIPPED.read_bytes())
    res = process_one(path, "raw/big.txt", Settings(max_input_bytes=1000))
    assert res["input"]["error"] == f"file is {path.stat().st_size:,} bytes, over the limit of 1,000"


def _raw_with(tmp_path: Path, **files: bytes) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    for name, data in files.items():
        (raw / name).write_bytes(data)
    return raw


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def _stuck_in_c(path, *args, **kwargs):
    """A stand-in for the pipeline that never returns and never lets a Python signal handler run."""
    if path.name.startswith("slow"):
        import re

        re.match(r"(a+)+$", "a" * 60 + "b")  # catastrophic backtracking, all inside the C engine
    return real_extract_issue(path, *args, **kwargs)


def test_the_time_limit_kills_work_stuck_in_c_code_even_with_one_job(tmp_path, monkeypatch):
    import time as time_module

    import kic_extract.runner as runner

    monkeypatch.setattr(runner, "extract_issue", _stuck_in_c)  # the forked worker inherits it
    raw = _raw_with(tmp_path, **{"slow.txt": b"x"})
    start = time_module.monotonic()
    assert run(raw, tmp_path / "out", jobs=1, progress=False, settings=Settings(timeout_seconds=1)) == 1
    assert time_module.monotonic() - start < 20
    inputs = {i["path"]: i["error"] for i in _manifest(tmp_path / "out")["inputs"]}
    assert inputs == {"raw/kic-china-weekly-268.txt": None,
                      "raw/slow.txt": "took longer than the limit of 1 s (--timeout)"}


def _greedy(path, *args, **kwargs):
    if path.name.startswith("greedy"):
        return bytearray(1536 * 2**20)
    return real_extract_issue(path, *args, **kwargs)


def test_memory_is_capped_per_input(tmp_path, monkeypatch):
    import kic_extract.runner as runner

    monkeypatch.setattr(runner, "extract_issue", _greedy)
    raw = _raw_with(tmp_path, **{"greedy.txt": b"x"})
    assert run(raw, tmp_path / "out", jobs=1, progress=False, settings=Settings(max_memory_bytes=256 * 2**20)) == 1
    inputs = {i["path"]: i["error"] for i in _manifest(tmp_path / "out")["inputs"]}
    assert inputs == {"raw/greedy.txt": "needed more memory than the limit of 256 MiB (--max-memory)",
                      "raw/kic-china-weekly-268.txt": None}


def _crashing(path, *args, **kwargs):
    if path.name.startswith("crash"):
        import faulthandler

        faulthandler.disable()  # pytest's dump of the crash would only be noise here
        os.kill(os.getpid(), signal.SIGSEGV)  # what a fault in a C library does
    return real_extract_issue(path, *args, **kwargs)


def test_a_worker_that_crashes_costs_only_its_input(tmp_path, monkeypatch):
    import kic_extract.runner as runner

    monkeypatch.setattr(runner, "extract_issue", _crashing)
    raw = _raw_with(tmp_path, **{"crash.txt": b"x", "kic-china-weekly-269.txt": TEXT.replace("268", "269").encode()})
    assert run(raw, tmp_path / "out", jobs=1, progress=False) == 1
    inputs = {i["path"]: i["error"] for i in _manifest(tmp_path / "out")["inputs"]}
    assert inputs == {"raw/crash.txt": "its worker process died (signal 11); it may have needed more than the "
                                       "2,048 MiB memory limit",
                      "raw/kic-china-weekly-268.txt": None, "raw/kic-china-weekly-269.txt": None}


def test_size_is_checked_before_reading(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as fh:
        fh.truncate(6 * 2**30)  # 6 GB that would take minutes and all memory to read
    res = process_one(path, "raw/sparse.txt", EXTRACT_SETTINGS)
    assert res["input"]["error"] == "file is 6,442,450,944 bytes, over the limit of 20,000,000"
    assert res["input"]["sha256"] is None


def test_a_huge_input_is_processed_in_bounded_time(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(TEXT + "\n" + "\n".join(LINES[100:]) * 15, encoding="utf-8")  # ~1 MB, 10,000 lines: 15 times an issue
    res = process_one(path, "raw/huge.txt", Settings(timeout_seconds=60))
    assert res["input"]["error"] is None
    assert res["coverage"]["lines_assigned"] == res["coverage"]["lines_nonblank"] - len(res["coverage"]["unassigned"])


# ── large inputs (how their time grows is `make bench`'s scaling part: no limits here) ──────
def test_a_long_line_and_many_page_breaks_are_joined_within_the_cap():
    from kic_extract.clean import lines_to_chunks
    from kic_extract.ingest import text_to_lines

    one = text_to_lines("가" * 100_000 + "\n\n" + "나" * 60 + "\n")
    joined = [ln.text for c in lines_to_chunks(one, EXTRACT_SETTINGS) for ln in c.lines]
    assert "".join(joined).count("가") == 100_000 and "".join(joined).count("나") == 60  # nothing lost
    many = text_to_lines(("가나다라마바사아자차카타파하 " * 4 + "\n\n") * 2_000)  # 12 times the cap
    chunks = lines_to_chunks(many, EXTRACT_SETTINGS)
    assert max(len(ln.text) for c in chunks for ln in c.lines) <= EXTRACT_SETTINGS.max_joined_chars + 61


def test_fifty_thousand_names_on_one_line_are_each_observed():
    from kic_extract.ingest import Line
    from kic_extract.names.glossary import issue_observations

    names = issue_observations([Line(1, "국무원(国务院)" * 50_000)])
    assert len(names) == 50_000 and {(o["zh"], o["text"]) for o in names} == {("国务院", "국무원")}


# ── failures after extraction are the bad record's alone ──────────────────────────────────
def test_a_name_the_glossary_cannot_hold_costs_only_its_entry(tmp_path):
    rare = TEXT + "\n\n새 기업 𰀀𰀁(𰀀𰀁)이 문을 열었다.\n"  # CJK Extension G: no pinyin
    raw = _raw_with(tmp_path, **{"kic-china-weekly-274.txt": rare.replace("제 268 호", "제 274 호", 1).encode()})
    assert run(raw, tmp_path / "out", jobs=1, progress=False) == 0
    manifest = _manifest(tmp_path / "out")
    dropped = [w for w in manifest["warnings"] if w["code"] == "glossary_entry_dropped"]
    assert [(w["issue_id"], w["message"]) for w in dropped] == [
        ("kic-china-weekly-274", "name '𰀀𰀁' left out of the glossary: pinyin: String should have at least 1 character")]
    assert manifest["datasets"]["issues"]["records"] == 2 and manifest["datasets"]["glossary"]["records"] > 50


def test_a_record_json_cannot_hold_is_refused_before_writing():
    with pytest.raises(ValueError):
        write.record_text({"text": "\udcff"})
    assert write.record_text({"a": [1]}) == '{\n  "a": [\n   1\n  ]\n }'


def test_a_file_name_that_is_not_utf8_is_reported_escaped_and_the_rest_written(tmp_path):
    raw = _raw_with(tmp_path)
    (Path(os.fsencode(raw) .decode("utf-8", "surrogateescape")) / os.fsdecode(b"\xff\xfe.txt")).write_bytes(b"x")
    assert run(raw, tmp_path / "out", jobs=1, progress=False) == 1
    manifest = _manifest(tmp_path / "out")
    assert [s["path"] for s in manifest["skipped"]] == ["raw/\\xff\\xfe.txt"]
    assert [i["path"] for i in manifest["inputs"]] == ["raw/kic-china-weekly-268.txt"]


# ── interrupted and repeated runs ─────────────────────────────────────────────────────────
def test_interrupted_run_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    out = tmp_path / "out"
    assert run(raw, out, jobs=1, progress=False) == 0
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    original_add_parts = write.StagedWriter.add_parts

    def add_parts_then_die(self, relpath, parts):
        def dying():  # the manifest is written in parts: stopped halfway through them
            for k, part in enumerate(parts):
                if k == 2:
                    raise KeyboardInterrupt
                yield part
        original_add_parts(self, relpath, dying() if relpath == "manifest.json" else parts)

    monkeypatch.setattr(write.StagedWriter, "add_parts", add_parts_then_die)
    (raw / "second.txt").write_bytes(SHIPPED.read_bytes())
    with pytest.raises(KeyboardInterrupt):
        run(raw, out, jobs=1, progress=False)
    after = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # nothing replaced, no temporary files left behind


def test_parallel_output_equals_serial(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in (1001, 1002, 1003, 1004, 1005):
        (raw / f"kic-china-weekly-{n}.txt").write_text(TEXT.replace("제 268 호", f"제 {n} 호", 1), encoding="utf-8")
    assert run(raw, tmp_path / "serial", jobs=1, progress=False) == 0
    assert run(raw, tmp_path / "parallel", jobs=2, progress=False) == 0
    for f in (tmp_path / "serial").rglob("*.json"):
        assert f.read_bytes() == (tmp_path / "parallel" / f.relative_to(tmp_path / "serial")).read_bytes()
    issues = json.loads((tmp_path / "parallel" / "issues.json").read_text(encoding="utf-8"))
    assert [i["number"] for i in issues] == [1001, 1002, 1003, 1004, 1005]


def test_streamed_arrays_equal_json_dumps(tmp_path):
    records = [{"a": 1, "b": ["x\ny", {"c": None}]}, {"a": 2, "b": []}]
    for rows in (records, []):
        path = tmp_path / "a.json"
        array = write.ArrayWriter(path.open("wb"))
        array.extend(rows)
        array.close()
        assert path.read_text(encoding="utf-8") == write.dumps(rows)


# ── regressions found by fuzzing ──────────────────────────────────────────────────────────
def _mutant(tmp_path, edit) -> dict:
    lines = list(LINES)
    edit(lines)
    path = tmp_path / "mutant.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    res = process_one(path, "raw/mutant.txt", EXTRACT_SETTINGS)
    assert res["input"]["error"] is None, res["input"]["error"]
    return res


def test_a_section_read_in_two_batches_keeps_its_tables_apart(tmp_path):
    # a category heading inside an article splits its text; the company cards after it still
    # point at their own tables
    res = _mutant(tmp_path, lambda ls: ls.insert(343, "CHINA 창업"))
    cards = [t for t in res["records"]["tables"] if t["kind"] == "company_card"]
    names = [c["name"] for c in res["records"]["companies"]]
    assert len(cards) == 5 and names == ["CATL", "Pico", "iFLYTEK", "SoundAI", "Corerain"]


def test_circled_digit_in_a_number_column_is_not_a_number(tmp_path):
    res = _mutant(tmp_path, lambda ls: ls.__setitem__(213, ls[213].replace("2\t", "②\t", 1)))  # line 214
    seqs = [r["seq"] for r in res["records"]["icbc_branches"] if r["role"] == "service_center"]
    assert seqs == [1, 3, 3, 4, 5, 6, 7, 8, 9, 10]  # no number is guessed for the row
    assert [(w["code"], w["line"]) for w in res["warnings"] if w["code"].startswith("icbc")] == [
        ("icbc_row_unreadable", 214)]


def test_short_table_rows_do_not_crash(tmp_path):
    res = _mutant(tmp_path, lambda ls: ls.__setitem__(215, ls[215].split("\t")[0] + "\t" + ls[215].split("\t")[1]))
    assert len([r for r in res["records"]["icbc_branches"] if r["role"] == "service_center"]) == 10


def test_a_heading_of_only_a_tag_keeps_it_as_title(tmp_path):
    res = _mutant(tmp_path, lambda ls: ls.__setitem__(241, "1. 【산업분석】"))
    assert res["records"]["sections"][3]["title"] == "【산업분석】"


def test_a_typed_record_that_breaks_its_model_is_left_out_with_a_warning_and_the_rest_kept():
    from kic_extract.pipeline import InputError, _validate
    from kic_extract.report import Report
    from kic_extract.typed.records import Indicator

    good = json.loads((SHIPPED.parents[1] / "normalized" / "indicators.json").read_text(encoding="utf-8"))[0]
    bad = {**good, "indicator": "", "line": 207}  # a wrapped cell read as a row of its own
    report = Report(good["issue_id"])
    kept = _validate(Indicator, "indicators", [good, bad, good], report)
    assert [r.indicator for r in kept] == [good["indicator"]] * 2
    (warning,) = report.warnings
    assert warning["code"] == "record_invalid" and warning["line"] == 207
    assert warning["message"].startswith(f"indicators.json record from {good['table_id']} left out: indicator: String")
    with pytest.raises(InputError, match="record 1"):
        _validate(Indicator, "indicators", [good, bad])
