"""The names stage on hand-labelled `한글(漢字)` pairs from Korean news (tests/data/name_pairs.tsv):
standard form of `translit`, glossary recall and form, each with its misses listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kic_extract.names.evaluate import evaluate, read_pairs

PAIRS = Path(__file__).parent / "data" / "name_pairs.tsv"
THRESHOLDS = {"translit standard form": 0.98, "glossary recall": 0.97, "form": 0.97, "sino reading": 0.97}


@pytest.fixture(scope="module")
def scores():
    return {s.name: s for s in evaluate(read_pairs(PAIRS))}


def test_the_set_is_large_enough():
    assert len(read_pairs(PAIRS)) >= 250


@pytest.mark.parametrize("measure", list(THRESHOLDS))
def test_measure_meets_its_threshold(scores, measure):
    score = scores[measure]
    assert score.total == len(read_pairs(PAIRS))
    assert score.rate >= THRESHOLDS[measure], f"{measure}: {score.rate:.1%}, misses:\n" + "\n".join(score.misses)


def test_evaluate_command_prints_the_three_figures():
    import subprocess
    import sys

    from conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "kic_extract.names.evaluate", str(PAIRS)], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    lines = proc.stdout.splitlines()
    assert lines[0].endswith("pairs)") and [ln.split()[0] for ln in lines[1:]] == ["translit", "glossary", "form", "sino"]
