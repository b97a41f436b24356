"""Kinds met in a thirty-third round (1229 farm machinery, 1231 XR devices, 1233 aquaculture, 1235 air cargo): a count
of major regions qualified by words of Latin (`…, 청두·충칭 경제권을 4대 XR 산업 권역으로`) and a forecast an organisation
named in Latin letters makes of what a region heads (`IDC는 2026년 중국 XR 기기 출하량이 1,150만 대 안팎으로 …`); read by
hand from the lines named."""

from __future__ import annotations

from conftest import figures_at


def test_a_count_of_major_regions_is_no_regions_figure(corpus_issue):
    # 1231 l.71: `▶ 산업 배치 최적화: 베이징·톈진·허베이, 창장삼각주, 웨강아오대만구(粤港澳大湾区), 청두·충칭 경제권을 4대 XR 산업
    # 권역으로 육성하고 …`
    assert figures_at(corpus_issue(1231), 71) == []
    # (but a count of what a place reached before such words is its own: 1187 l.242 `… 청두는 같은 해 혁신약 임상시험 승인이
    # 86건으로 서부 도시 가운데 가장 많았다.`)
    assert figures_at(corpus_issue(1187), 242)[-1] == ("청두", "86", 1, None, 2024)


def test_a_forecast_an_organisation_makes_of_what_a_region_heads(corpus_issue):
    # 1231 l.139: `IDC는 2026년 중국 XR 기기 출하량이 1,150만 대 안팎으로 25% 가량 늘어날 것으로 내다봤다.`
    assert figures_at(corpus_issue(1231), 139) == [("중국", "11500000", None, None, 2026), ("중국", "25", None, None, 2026)]
    # (not the organisation's own within it: 678 l.143 `KIC 중국은 … 중국 내 협력 거점이 모두 6 곳으로 늘었다.`)
    assert figures_at(corpus_issue(678), 143) == []
