"""Kinds met in held-out figures and a forty-ninth round: a share taken among a region's own people or things (`중국
성인 가운데 … 비율은 38.2%`) is the region's; a count of some of a nation's own (`한국 스타트업 가운데 3 개 팀이`) is
not, but the whole country's is (`전국 성급 지역 가운데 26곳이`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at


def test_a_share_among_a_regions_people_is_the_regions(corpus_issue):
    # 1343 l.112: `2024년 중국의 수면경제(睡眠经济) 시장 규모는 5,000억 위안을 넘어섰다. 중국 성인 가운데 수면장애를 겪는
    # 비율은 38.2%에 달했다. 백서는 2030년 중국 수면경제 규모가 1조 위안에 이를 것으로 내다봤다.`
    assert figures_at(corpus_issue(1343), 112) == [
        ("중국", "500000000000", None, "min", 2024), ("중국", "38.2", None, None, 2024),
        ("중국", "1000000000000", None, None, 2030)]


def test_a_count_among_a_nations_own_is_theirs_but_the_countrys_is_its_own(corpus_issue):
    # 677 l.158: `본선에 오른 한국 스타트업 가운데 3 개 팀이 수상했으며`: the teams counted, no figure of 한국
    assert [f for f in figures_at(corpus_issue(677), 158) if f[0] == "한국"] == []
    # 1271 l.111: `2025년 5월 말 기준 전국 성급 지역 가운데 26곳이 공공데이터 운영 플랫폼을 가동하고 있으며`
    assert figures_at(corpus_issue(1271), 111) == [("전국", "26", None, None, 2025)]
