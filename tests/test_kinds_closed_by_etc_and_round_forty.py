"""Kinds met in a thirty-ninth round's last issue (1283 smart elevators): a count of places of several kinds closed by
`등` after the clause's topic (`푸둥신구도 병원·호텔 등 260 곳에서`) is the topic's figure, not a count of the text's own
list; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at


def test_a_count_of_kinds_of_place_closed_by_etc_is_the_topics(corpus_issue):
    # 1283 l.133: `… 선전(深圳)은 2024 년 말까지 오피스 빌딩과 호텔 420 곳에 … 설치했고, 상하이의 푸둥신구(浦东新区)도 병원·호텔
    # 등 260 곳에서 시범 운영 중이다.`
    assert figures_at(corpus_issue(1283), 133)[:2] == [("선전", "420", None, None, 2024), ("푸둥신구", "260", None, None, 2024)]
