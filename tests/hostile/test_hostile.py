"""The fast hostile-input suite: every case of `cases.FAST` in one raw folder, one run."""

from __future__ import annotations

import cases


def test_every_fast_hostile_case_holds(tmp_path):
    cases.build_raw(tmp_path / "raw", cases.FAST)
    proc, seconds = cases.run_cli("run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"),
                                  "--timeout", "30", "--jobs", "2")
    assert cases.check(cases.FAST, tmp_path / "out", proc) == []
    assert seconds < 60


def test_the_suite_holds_what_it_says():
    assert (len(cases.FAST), cases.expectations(cases.FAST)) == (22, 26)
    assert (len(cases.LONG), cases.expectations(cases.LONG)) == (31, 35)


def test_ctrl_c_with_two_workers_prints_no_traceback_and_leaves_nothing(tmp_path):
    assert cases.stop_a_run(tmp_path, "SIGINT", issues=12) == []
