"""The longer hostile-input suite (`make hostile`): every case of `cases.LONG` in one folder, run
serially and in parallel, with a tight memory limit; then faults: an input killed at the time
limit inside C code, and runs stopped by SIGTERM, Ctrl-C and SIGKILL."""

from __future__ import annotations

import json
import os
import resource

import pytest

import cases


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_every_long_hostile_case_holds(tmp_path, jobs):
    cases.build_raw(tmp_path / "raw", cases.LONG)
    proc, seconds = cases.run_cli("run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"),
                                  "--timeout", "60", "--max-memory", "768", "--jobs", jobs, timeout=900)
    assert cases.check(cases.LONG, tmp_path / "out", proc) == []
    bomb = next(i for i in json.loads((tmp_path / "out" / "manifest.json").read_text())["inputs"]
                if i["path"] == "raw/bomb.pdf")
    assert bomb["error"], bomb  # uncapped, it inflates 1.5 GiB and parses it for minutes
    # no process of the run (the main one or a worker) got much past the cap
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < (768 + 512) * 1024


def test_follow_links_reads_a_link_leaving_raw_when_asked(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / cases.SHIPPED.name).write_bytes(cases.SHIPPED.read_bytes())
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text(cases.issue(290), encoding="utf-8")
    os.symlink(elsewhere, raw / "kic-china-weekly-290.txt")
    proc, _ = cases.run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--follow-links")
    assert proc.returncode == 0, proc.stderr
    issues = json.loads((tmp_path / "out" / "issues.json").read_text(encoding="utf-8"))
    assert [i["number"] for i in issues] == [268, 290]


@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "SIGINT", "SIGKILL"])
def test_a_stopped_run_leaves_nothing_behind(tmp_path, how):
    assert cases.stop_a_run(tmp_path, how) == []
