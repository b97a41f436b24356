"""Kinds met in a twelfth round (1061 the low-altitude economy, 1063 biotech out-licensing, 1065 cross-border
e-commerce, 1067 chip equipment), each read by hand from the lines named and tried on sentences of my own:

- a contents entry whose page follows one ellipsis (`… 2`), on its line or on the line it wraps onto;
- `같은 기준으로` names again the date data were last counted as of (`올해 9월 말 기준`), not the year named last;
- the year of a goal told in a clause of its own (`2028년 … 상용화를 목표로 하고 있으며,`) dates only that clause;
- `전년` before a figure a change starts from is the year before the sentence's, not before the word's own reading;
- a figure describing the place after it with a rank (`12건으로 1위였던 장쑤성은`) is the place's, and that rank, held in the
  year before, is the figure's;
- a place's firms counted (`장쑤성 소재 기업이 168 개사로`) are the place's figure, a nation's firms still not;
- a sentence breaking a measure down by anything but place or time (`치료 영역별로는 항암제가`) goes on about no region of
  the sentence before."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.segment.patterns import PAGE
from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_contents_pages_after_one_ellipsis(corpus_issue):
    toc = records_of(corpus_issue(1063), "issues")[0]["toc"]
    assert [(e["title"], e["page"]) for e in toc] == [
        ("1~3분기 혁신약 라이선스 아웃 856억 달러, 연간 최대치 경신", 2),
        ("1~10월 1류 혁신신약 62건 승인, 상하이가 장쑤성 제치고 1위", 3),  # (its page on the line it wraps onto)
        ("성별 기술수출 지도: 장쑤성·상하이·베이징 ‘3강’ 구도", 4),
        ("2025년 1~9월 라이선스 아웃 TOP 10 거래 분석", 4),
        ("글로벌 빅파마가 주목한 중국 바이오텍 3곳", 5),
        ("중국 8대 바이오의약 산업단지와 지역 클러스터", 6),  # (`… 6` alone under it)
        ("2025 한중 바이오 오픈이노베이션 데이 상하이서 개최", 7)]
    assert PAGE.search("▶ 선전의 드론 배송 … 12")["page"] == "12" and PAGE.search("… 3")["page"] == "3"
    # an ellipsis inside a title is no leader
    assert PAGE.search("선전·광저우… 두 도시의 경쟁") is None


def test_the_same_basis_names_the_date_counted_at(corpus_issue):
    # 1061 l.179 `올해 9월 말 기준 1,900곳 … 2024년 한 해 … 62만 건` / l.181 `같은 기준으로 구별로는 난산구(南山区)가 …`
    assert figures_at(corpus_issue(1061), 181) == [
        ("난산구", "610", 1, None, 2025), ("난산구", "32.1", 1, None, 2025),  # (the share ranked with its level)
        ("바오안구", "420", 2, None, 2025), ("룽강구", "305", 3, None, 2025)]


def test_a_goals_year_dates_its_own_clause(corpus_issue):
    # 1061 l.210: `한국은 2028년 도심항공교통(UAM) 상용화를 목표로 하고 있으며, … 컨소시엄은 6개에 이른다`
    assert figures_at(corpus_issue(1061), 210) == [("한국", "6", None, None, None)]
    assert _read("충칭은 2027년 드론 생산 1만 대를 목표로 삼고 있으며, 관련 기업은 85곳에 이른다.", None) == [
        ("충칭", "10000", None, 2027), ("충칭", "85", None, None)]


def test_last_year_before_a_starting_figure(corpus_issue):
    # 1063 l.59: `일본은 전년 2건에서 올해 6건으로 늘었고`
    assert [f for f in figures_at(corpus_issue(1063), 59) if f[0] == "일본"] == [
        ("일본", "2", None, None, 2024), ("일본", "6", None, None, 2025)]
    text = "2023년 수출은 크게 늘었다. 광둥성은 전년 100억 달러에서 120억 달러로 늘었다."
    assert _read(text, None) == [("광둥성", "10000000000", None, 2022), ("광둥성", "12000000000", None, 2023)]


def test_a_figure_describing_a_past_leader(corpus_issue):
    # 1063 l.85: `지난해 12건으로 선두였던 장쑤성(江苏省)은 올해 13건을 기록하고도 한 계단 밀려났고`
    got = figures_at(corpus_issue(1063), 85)
    assert ("장쑤성", "13", 2, None, 2025) in got
    assert [f[1] for f in got if f[0] == "장쑤성"] == ["12", "13"]
    # its rank written as a number
    assert [f[:2] for f in _read("지난해 30억 위안으로 1위였던 우한은 올해 28억 위안에 그쳤다.")] == [
        ("우한", "3000000000"), ("우한", "2800000000")]


def test_a_past_leaders_rank(corpus_issue):
    # the rank held then is the past figure's, and the ranks filled in around it are of the year after
    assert figures_at(corpus_issue(1063), 85)[1:3] == [("장쑤성", "12", 1, None, 2024), ("장쑤성", "13", 2, None, 2025)]
    assert _read("2024년 30억 위안으로 2위를 차지했던 우한은 2025년 28억 위안에 그쳤다.") == [
        ("우한", "3000000000", 2, 2024), ("우한", "2800000000", None, 2025)]


def test_a_places_firms_counted(corpus_issue):
    # 1067 l.60: `장쑤성(江苏省) 소재 기업이 168 개사로 가장 많았고, 상하이(上海)가 131 개사, 광둥성(广东省)이 97 개사로 2, 3 위`
    assert figures_at(corpus_issue(1067), 60)[:3] == [
        ("장쑤성", "168", 1, None, 2025), ("상하이", "131", 2, None, 2025), ("광둥성", "97", 3, None, 2025)]
    assert _read("허베이성 기업이 42개사로 가장 많았다.") == [("허베이성", "42", 1, 2025)]
    # a nation's firms are counted where they take part, not as the nation's figure
    assert _read("이번 행사에 참가한 한국 기업은 모두 27개사로 집계됐다.") == []


def test_a_breakdown_by_kind_goes_on_about_no_region(corpus_issue):
    # 1063 l.70: `… 중국에서 시판 허가를 받은 1류 혁신신약은 62건으로 … 치료 영역별로는 항암제가 27건으로 가장 많았고`
    assert figures_at(corpus_issue(1063), 70) == [("중국", "62", None, None, 2025), ("중국", "48", None, None, 2024)]
    assert _read("광둥성의 수출은 1,200억 달러였다. 결제 수단별로는 카드가 62%로 가장 많았다.") == [
        ("광둥성", "120000000000", None, 2025)]
    # a breakdown by place or by period goes on about the regions it names or the one before
    assert _read("중국의 성장률은 4.7%였다. 분기별로는 1 분기 4.9%, 2 분기 4.5%였다.") == [
        ("중국", "4.7", None, 2025), ("중국", "4.9", None, 2025), ("중국", "4.5", None, 2025)]
