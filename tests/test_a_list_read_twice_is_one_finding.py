"""Kinds met in a forty-eighth round (1349 socks, 1351 freshwater pearls, 1353 condiments, 1355 toothpaste): one list
a count names, read both in its sentence and in the next (the places the next sentence makes its topics in turn), is one
`count_mismatch`, not two; two places of the count's level joined by `과` right before it are its list; read by hand from
the lines named."""

from __future__ import annotations

from conftest import warnings_of
from kic_extract.typed.counts import sentence_counts


def test_a_list_read_in_its_sentence_and_the_next_warns_once(corpus_issue):
    # 1355 l.99: `방안은 광저우·포산·산터우·중산 5개 도시를 중점 육성 도시로 지정하고 도시별 특화 분야를 나눴다. 광저우는 …,
    # 포산은 …, 산터우는 …, 중산은 원료와 포장재를 각각 맡는다.`
    assert warnings_of(corpus_issue(1355), "count_mismatch") == [
        (99, "the text says 5개 도시 but lists 4: 광저우, 포산, 산터우, 중산")]


def test_two_places_joined_before_a_count_of_their_level_are_its_list(corpus_issue):
    # 1349 l.113: `수출 증가율이 전국 평균 3.2%를 웃돈 곳은 저장성(4.1%)과 푸젠성(6.7%) 3개 성이었다.`
    assert warnings_of(corpus_issue(1349), "count_mismatch") == [
        (113, "the text says 3개 성 but lists 2: 저장성, 푸젠성")]
    # (not where what is counted is: `중국과 한국 5개 도시에서`)
    assert sentence_counts("행사는 중국과 한국 5개 도시에서 열린다.") == []
