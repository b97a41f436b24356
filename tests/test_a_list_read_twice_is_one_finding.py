"""Kinds met in a forty-eighth round (1349 socks, 1351 freshwater pearls, 1353 condiments, 1355 toothpaste): one list
a count names, read both in its sentence and in the next (the places the next sentence makes its topics in turn), is one
`count_mismatch`, not two; read by hand from the lines named."""

from __future__ import annotations

from conftest import warnings_of


def test_a_list_read_in_its_sentence_and_the_next_warns_once(corpus_issue):
    # 1355 l.99: `방안은 광저우·포산·산터우·중산 5개 도시를 중점 육성 도시로 지정하고 도시별 특화 분야를 나눴다. 광저우는 …,
    # 포산은 …, 산터우는 …, 중산은 원료와 포장재를 각각 맡는다.`
    assert warnings_of(corpus_issue(1355), "count_mismatch") == [
        (99, "the text says 5개 도시 but lists 4: 광저우, 포산, 산터우, 중산")]
