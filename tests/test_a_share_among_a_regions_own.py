"""Kinds met in held-out figures and a forty-ninth round: a share taken among a region's own people or things (`중국
성인 가운데 … 비율은 38.2%`) is the region's; a count of some of a nation's own (`한국 스타트업 가운데 3 개 팀이`) is
not, but the whole country's is (`전국 성급 지역 가운데 26곳이`); a place something moves to is not the subject of the
figures after (`생산 라인이 … 저장성으로 옮겨 가면서`), nor a region before a measure of the world (`국제 코코아 선물
가격이`), and a threshold naming firms (`2,000만 위안 이상 기업만`) is no figure; read by hand from the lines named."""

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


def test_a_place_moved_to_is_not_the_subject_of_the_figures_after(corpus_issue):
    # 1359 l.143: `반면 상하이시는 인건비와 임대료 부담에 생산 라인이 인근 장쑤성·저장성으로 옮겨 가면서 2025년 생산량이 20만
    # 6,000톤으로 2.4% 줄어 2년 연속 감소했다.`
    assert figures_at(corpus_issue(1359), 143)[-2:] == [("상하이시", "206000", None, None, 2025), ("상하이시", "-2.4", None, None, 2025)]


def test_a_world_measure_and_the_firms_a_threshold_names_are_no_regions(corpus_issue):
    # 1359 l.87: `… 같은 기간 중국의 코코아 원두 수입액은 9억 8,000만 달러로 31.5% 늘었다. 작황 부진으로 국제 코코아 선물 가격이
    # 2024년 말 톤당 1만 2,000달러를 넘어서며 사상 최고치를 잇따라 갈아치운 탓이다.`
    assert figures_at(corpus_issue(1359), 87) == [
        ("중국", "62400", None, None, 2025), ("중국", "-14.2", None, None, 2025),
        ("중국", "980000000", None, None, 2025), ("중국", "31.5", None, None, 2025)]
    # l.116: `… 2025년 전국 당과(糖果)·초콜릿 생산량은 412만 톤으로 전년 대비 2.4% 증가했다. 연 매출 2,000만 위안 이상 기업만
    # 집계한 수치로, …`
    assert figures_at(corpus_issue(1359), 116) == [("전국", "4120000", None, None, 2025), ("전국", "2.4", None, None, 2025)]
