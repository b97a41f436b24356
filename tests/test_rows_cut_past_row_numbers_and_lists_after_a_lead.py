"""Kinds met in a twenty-sixth round (1173 seeds, 1175 digital yuan, 1177 medical devices, 1179 China-Europe rail):
a row a page break cut between cells whose rest opens with a number that is not the next row's (`4 | 난사신구 …` |
`11 | 홍콩·마카오`), a list closed by `순` going on from the one a clause before gave above it (`하이커우가 전체의 61%를
차지했고 싼야 18%, 단저우 12% 순`), a region's average a set passes (`전국 시범 도시의 평균 증가율 38.5%를 웃돌았다`),
hours measured (`9.5시간`), a noun phrase closed by `역시`, a change in points ranked over the level beside it (`35.3%로
… 3.1%p 높아져 상승 폭이 가장 컸다`), and a Chinese gloss wrapped after its Latin head (`IT쥐쯔(IT` | `桔子)`); read by
hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.typed.prose_figures import block_to_figures


def test_a_row_cut_between_cells_past_the_row_numbers(corpus_issue):
    # 1175 l.140-150: `번호 | 시범 구역 | 소재 도시 | 참가 은행(곳) | 주요 연계 지역` … `4 | 난사신구 南沙新区 | 광저우 广州` |
    # (a page break) | `11 | 홍콩·마카오` / `5 | 빈하이완신구 …` … `합계 | - | - | 48 | -`: 12 + 7 + 9 + 11 + 5 + 4 = 48
    result = corpus_issue(1175)
    table = next(t for t in records_of(result, "tables") if t["header"][:2] == ["번호", "시범 구역"])
    assert table["rows"][3] == ["4", "난사신구 南沙新区", "광저우 广州", "11", "홍콩·마카오"]
    assert len(table["rows"]) == 7
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [69]


def test_a_list_goes_on_from_the_one_the_clause_before_gave(corpus_issue):
    # 1175 l.254: `… 도시별로는 하이커우(海口)가 전체의 61%를 차지했고 싼야(三亚) 18%, 단저우(儋州) 12% 순이었다.`
    assert figures_at(corpus_issue(1175), 254)[2:] == [
        ("하이커우", "61", 1, None, 2024), ("싼야", "18", 2, None, 2024), ("단저우", "12", 3, None, 2024)]
    # 1177 l.101: `후베이성의 생산액은 14.5% 증가해 처음으로 400억 위안을 넘어섰고, 쓰촨성 11.9%, 안후이성 11.7%, 장시성 10.9%
    # 순으로 증가율이 높았다.`
    assert figures_at(corpus_issue(1177), 101) == [
        ("후베이성", "14.5", 1, None, 2024), ("후베이성", "40000000000", None, "min", 2024), ("쓰촨성", "11.9", 2, None, 2024),
        ("안후이성", "11.7", 3, None, 2024), ("장시성", "10.9", 4, None, 2024)]
    # (a figure below the list's first is no lead of it)
    figures, _ = block_to_figures("광둥성은 5% 성장했고, 장쑤성 12%, 저장성 10% 순으로 수출이 늘었다.", 2025)
    assert [(f["region_ko"], f["rank"]) for f in figures] == [("광둥성", None), ("장쑤성", 1), ("저장성", 2)]


def test_an_average_a_set_passes_has_no_bound(corpus_issue):
    # 1175 l.51: `세 곳 모두 전국 시범 도시의 평균 증가율 38.5%를 크게 웃돌았다.`
    assert figures_at(corpus_issue(1175), 51)[0] == ("전국", "38.5", None, None, 2024)
    # (a daily average of a place's own passes its mark: 547 l.190 `선전에서만 하루 평균 3 만 건 이상의 배송을 처리하고`)
    assert figures_at(corpus_issue(547), 190) == [("선전", "30000", None, "min", 2029)]


def test_hours_and_a_phrase_closed_by_yeoksi(corpus_issue):
    # 1179 l.146: `시범 기간 충칭의 국제철도 화물 평균 통관 시간은 9.5시간으로 이전보다 40.6% 줄었고, 청두는 7.8시간으로 …`
    assert [f[:2] for f in figures_at(corpus_issue(1179), 146)] == [("충칭", "9.5"), ("충칭", "-40.6"), ("청두", "7.8")]
    # l.161: `… 중국 전체 운송 컨테이너 물량 역시 2021년 146만 4,000TEU에서 2025년 218만 6,000TEU로 49% 증가했다.`
    assert figures_at(corpus_issue(1179), 161)[2:5] == [
        ("중국", "1464000", None, None, 2021), ("중국", "2186000", None, None, 2025), ("중국", "49", None, None, 2025)]
    # (a whole number of hours is a label's unit only: `24시간 운영` is no figure)
    figures, _ = block_to_figures("광둥성 세관은 24시간 운영한다.", 2025)
    assert figures == []


def test_a_change_in_points_is_ranked_over_the_level_beside_it(corpus_issue):
    # 1173 l.118: `… 충칭은 35.3%로 전년보다 3.1%p 높아져 상승 폭이 가장 컸다.`
    assert figures_at(corpus_issue(1173), 118)[4:6] == [("충칭", "35.3", None, None, 2024), ("충칭", "3.1", 1, None, 2024)]
    # 1177 l.182: `간쑤성은 국산 비중이 2022년 31.6%에서 2024년 58.2%로 26.6%포인트 높아져 상승 폭이 가장 컸다.`
    assert figures_at(corpus_issue(1177), 182) == [
        ("간쑤성", "31.6", None, None, 2022), ("간쑤성", "58.2", None, None, 2024), ("간쑤성", "26.6", 1, None, 2024)]


def test_a_chinese_gloss_wrapped_after_its_latin_head():
    # 1177 l.198 in LibreOffice's print: `… 투자정보 플랫폼 IT쥐쯔(IT` | `桔子)에 따르면 …`
    assert join_text("플랫폼 IT쥐쯔(IT", " 桔子)에 따르면", False, "") == "플랫폼 IT쥐쯔(IT桔子)에 따르면"
