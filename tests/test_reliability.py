"""Hostile and unusual input: encodings, mutations (hypothesis), limits, interrupted runs."""

from __future__ import annotations

import codecs
import json
import random
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import write
from extract.pipeline import DATASETS
from extract.runner import process_one, run
from extract.settings import Settings

from conftest import SHIPPED

TEXT = SHIPPED.read_text(encoding="utf-8")
EXTRACT_SETTINGS = Settings()


def _records(tmp: Path, name: str, data: bytes) -> dict:
    path = tmp / f"{name}.txt"
    path.write_bytes(data)
    res = process_one(path, f"raw/{path.name}", EXTRACT_SETTINGS)
    assert res["input"]["error"] is None, res["input"]["error"]
    return res


def _comparable(res: dict, issue_id: str) -> str:
    """Every record, with the issue id normalized, as one string."""
    return json.dumps([res["records"], res["warnings"], res["coverage"]], ensure_ascii=False).replace(issue_id, "ID")


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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
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


def test_time_limit_abandons_a_slow_input(tmp_path, monkeypatch):
    import time as time_module

    import extract.runner as runner

    def slow(*args, **kwargs):
        time_module.sleep(5)

    monkeypatch.setattr(runner, "extract_issue", slow)
    path = tmp_path / "slow.txt"
    path.write_bytes(b"x")
    start = time_module.perf_counter()
    res = runner.process_one(path, "raw/slow.txt", Settings(timeout_seconds=0.2))
    assert time_module.perf_counter() - start < 2
    assert res["input"]["error"] == "took longer than the limit of 0.2 s"


def test_a_huge_input_is_processed_in_bounded_time(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(TEXT * 30, encoding="utf-8")  # ~2 MB, 20,000 lines, repeated articles
    res = process_one(path, "raw/huge.txt", Settings(timeout_seconds=60))
    assert res["input"]["error"] is None
    assert res["coverage"]["lines_assigned"] == res["coverage"]["lines_nonblank"] - len(res["coverage"]["unassigned"])


# ── interrupted and repeated runs ─────────────────────────────────────────────────────────
def test_interrupted_run_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SHIPPED, raw)
    out = tmp_path / "out"
    assert run(raw, out, jobs=1, progress=False) == 0
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    original_add = write.StagedWriter.add

    def add_then_die(self, relpath, text):
        if relpath == "manifest.json":
            raise KeyboardInterrupt
        original_add(self, relpath, text)

    monkeypatch.setattr(write.StagedWriter, "add", add_then_die)
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
        array = write.ArrayWriter(path.open("w", encoding="utf-8"))
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
