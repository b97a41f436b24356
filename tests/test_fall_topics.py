"""A shape a held-out issue showed after it was first read (tests/corpus/heldout): a fall named as a clause's topic
before the place that has it (`감소 폭은 윈난성이 9.8%로 가장 컸다`). Every value asserted here was read off the
issue's text by hand."""

from __future__ import annotations

from conftest import figures_at


def test_a_fall_named_as_the_topic_before_the_place_that_has_it(corpus_issue):
    # 528 l.61 `감소 폭은 윈난성(云南省)이 9.8%로 가장 컸다. 광시좡족자치구(广西壮族自治区)는 6.1% 줄어 그다음이었다.`
    assert figures_at(corpus_issue(528), 61) == [
        ("윈난성", "-9.8", 1, None, 2029), ("광시좡족자치구", "-6.1", 2, None, 2029)]
