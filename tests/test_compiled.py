"""Compiled patterns kept between runs (`kic_extract.compiled`): a pattern built from the cache is
the one `regex.compile` builds, a damaged or foreign file is ignored, the cache can be turned off,
patterns made of an input's own words are never kept, and a run's outputs do not depend on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regex

from kic_extract import compiled as cache
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

from conftest import ROOT, SHIPPED

_SAMPLES = ["광둥성(广东省)의 GDP는 14조 1,634억 위안으로 1위를 지켰다.", "제 268 호 2025.09.12", "- 7 -",
            "선전 421 건", "ABC 123 합계\t1,234\t56.7%", ""]


def _fresh_cache(monkeypatch, folder: Path) -> None:
    monkeypatch.setenv("KIC_EXTRACT_CACHE", str(folder))
    monkeypatch.setattr(cache, "_loaded", {})
    monkeypatch.setattr(cache, "_new", {})
    monkeypatch.setattr(cache, "_used", set())


def _same(a: regex.Pattern, b: regex.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in _SAMPLES:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


def test_every_pattern_built_from_the_cache_is_the_one_regex_compiles(monkeypatch, tmp_path):
    keys = set(cache._used)  # every pattern the modules loaded so far asked for
    _fresh_cache(monkeypatch, tmp_path)
    for key in keys:  # compiled afresh into the cache
        cache._new[key] = regex.compile(key[0], key[1])._pickled_data
    assert len(keys) > 300
    assert cache.save() is True
    assert cache.save() is False  # nothing new: not written again
    entries = cache._read(cache.cache_file())
    assert set(entries) == keys
    for pattern, flags, version in keys:
        assert version == int(regex.DEFAULT_VERSION)
        _same(cache._build(*entries[(pattern, flags, version)]), regex.compile(pattern, flags))


def test_the_cache_is_used_on_the_next_call_and_merged_with_what_the_file_holds(monkeypatch, tmp_path):
    _fresh_cache(monkeypatch, tmp_path)
    first = cache.compiled(r"(?P<n>\d+)\s*개\s*(?:도시|지역)", regex.V1)
    assert cache.save()
    monkeypatch.setattr(cache, "_loaded", cache._read(cache.cache_file()))
    monkeypatch.setattr(cache, "_new", {})
    again = cache.compiled(r"(?P<n>\d+)\s*개\s*(?:도시|지역)", regex.V1)
    assert cache._new == {}  # built from the file, not compiled
    _same(again, first)
    assert again.search("모두 5개 도시").group("n") == "5"
    cache.compiled(r"\p{Han}+")  # another process's pattern: the file keeps both
    monkeypatch.setattr(cache, "_loaded", {})
    assert cache.save()
    assert len(cache._read(cache.cache_file())) == 2


def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(monkeypatch, tmp_path):
    _fresh_cache(monkeypatch, tmp_path)
    cache.compiled(r"\d+\s*위")
    assert cache.save()
    path = cache.cache_file()
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert cache._read(path) == {}
    path.write_bytes(b"not a cache at all")
    assert cache._read(path) == {}
    monkeypatch.setattr(cache, "_loaded", {})
    cache.compiled(r"\d+\s*위")
    assert cache.save()
    assert len(cache._read(path)) == 1
    assert "py" in path.name and regex.__version__ in path.name  # another regex or Python: another file


def test_the_cache_can_be_turned_off_and_an_unwritable_folder_is_skipped(monkeypatch, tmp_path):
    _fresh_cache(monkeypatch, tmp_path)
    monkeypatch.setenv("KIC_EXTRACT_CACHE", "off")
    assert cache.cache_file() is None
    cache.compiled(r"[가-힣]+성")
    assert cache.save() is False
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("KIC_EXTRACT_CACHE", str(blocker / "below"))
    assert cache.save() is False  # cannot be written: the run goes on without it
    monkeypatch.delenv("KIC_EXTRACT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_file().parent == tmp_path / "xdg" / "kic-extract"


def test_patterns_made_of_an_issues_own_names_are_never_kept(tmp_path):
    """The same issue read twice with one added paragraph naming another place: any pattern the
    second reading asks for that the first did not was made of the input's words."""
    text = SHIPPED.read_text(encoding="utf-8")
    paragraph = ("\n{ko}({zh})는 올해 상반기 신규 등록 기업이 1만 2,000개로 전년 동기 대비 8.5% 늘었다고 "
                 "밝혔다. {ko}의 첨단 제조업 투자 증가율은 12.3%로 성 내 2위를 기록했다.\n")
    seen = []
    for ko, zh in (("쑹장구", "松江区"), ("민항구", "闵行区")):
        path = tmp_path / f"{ko}.txt"
        path.write_text(text + paragraph.format(ko=ko, zh=zh), encoding="utf-8")
        result = extract_issue(path, path.name, Settings())
        assert any(r.region_ko == ko for r in result.records["figures"])
        seen.append(set(cache._used))
    assert seen[1] - seen[0] == set()


def test_a_run_writes_the_same_outputs_with_the_cache_cold_warm_and_off(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SHIPPED.name).write_bytes(SHIPPED.read_bytes())
    outputs = []
    # (each process orders sets anew: a pattern made of a set's words must still be the text the cache holds)
    for label, setting, seed in (("cold", str(tmp_path / "cache"), "1"), ("warm", str(tmp_path / "cache"), "2"),
                                 ("off", "off", "3")):
        env = {**os.environ, "KIC_EXTRACT_CACHE": setting, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kic_extract", "run", "--raw", str(raw), "--out", str(tmp_path / label),
                        "--quiet"], check=True, env=env, cwd=ROOT)
        outputs.append({p.name: p.read_bytes() for p in sorted((tmp_path / label).glob("*.json"))})
        if label == "cold":
            (written,) = (tmp_path / "cache").glob("patterns-*.bin")
            assert len(cache._read(written)) > 300
            before = written.read_bytes()
        if label == "warm":  # every pattern came from the file: nothing new was written
            assert [p.read_bytes() for p in (tmp_path / "cache").glob("patterns-*.bin")] == [before]
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_changed_package_starts_a_new_file_and_old_files_are_pruned(monkeypatch, tmp_path):
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "data" / "cues.txt").write_text("순\n")
    first = cache.package_fingerprint(package)
    assert cache.package_fingerprint(package) == first
    cache.package_fingerprint.cache_clear()
    (package / "data" / "cues.txt").write_text("순위\n")  # data change: another fingerprint
    assert cache.package_fingerprint(package) != first
    cache.package_fingerprint.cache_clear()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    second = cache.package_fingerprint(package)
    (package / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"\0")  # bytecode does not count
    cache.package_fingerprint.cache_clear()
    assert cache.package_fingerprint(package) == second
    cache.package_fingerprint.cache_clear()

    folder = tmp_path / "cache"
    folder.mkdir()
    _fresh_cache(monkeypatch, folder)
    old = []
    for n in range(6):  # six other versions' files, oldest first
        path = folder / f"patterns-regex-{regex.__version__}-py311-old{n}.bin"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
        old.append(path)
    left = folder / ".patterns-abc.tmp"  # a writer stopped half-way, long ago
    left.write_bytes(b"x")
    os.utime(left, (1_000_000, 1_000_000))
    fresh = folder / ".patterns-def.tmp"  # a writer at work now
    fresh.write_bytes(b"x")
    cache.compiled(r"\d+\s*곳")
    assert cache.save()
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted([cache.cache_file().name, fresh.name] + [p.name for p in old[-3:]])
    assert cache.package_fingerprint() in cache.cache_file().name
