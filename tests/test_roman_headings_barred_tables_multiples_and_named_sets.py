"""Kinds 977–982 (three writers of a new round, unseen) led to: headings numbered with Roman numerals (`Ⅰ.`); tables
whose cells are parted by bars; full-width digits and brackets; a multiple `A는 B의 N 배` the subject's, not the region
it is of; a figure describing the region after it (`… 건에 그친 광저우 톈허구의`); a year before a word opening with
`과` (`지난해 과학기술형 …`); a set named as a region with its members in brackets (`징진지(베이징·톈진·허베이성)는`).
Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.clean.columns import barred_cells
from kic_extract.clean.fixes import fold_fullwidth_figures
from kic_extract.typed.prose_figures import block_to_figures


def test_headings_numbered_with_roman_numerals_open_the_articles(corpus_issue):
    # 980 l.38 `Ⅰ. 10월 PMI와 3분기 지표로 본 중국 경기 흐름 — 국가통계국(国家统计局)`, l.83 `Ⅱ. 공공데이터 …`
    sections = records_of(corpus_issue(980), "sections")
    assert [(s["title"], s["line_start"]) for s in sections[:2]] == [
        ("10월 PMI와 3분기 지표로 본 중국 경기 흐름", 38), ("공공데이터 개방 시범사업 본격 착수", 83)]
    assert len(sections) == 7


def test_a_table_parted_by_bars_is_read_whole_its_blank_group_cells_filled(corpus_issue):
    # 980 l.43 `지표 | 2035년 | 2036년 | 2037년 | 2038년 1~3분기`, continued on the next page with its header repeated
    table = next(t for t in records_of(corpus_issue(980), "tables") if t["line_start"] == 42)
    assert table["header"] == ["지표", "2035년", "2036년", "2037년", "2038년 1~3분기"]
    assert table["rows"][0] == ["GDP 성장률(%)", "4.9", "4.7", "4.8", "4.6"]
    assert table["rows"][-1] == ["1인당 가처분소득(위안)", "61,240", "64,380", "67,720", "53,160"]
    assert len(table["rows"]) == 5
    # 979 l.293 `       | 톈진협력사무소(天津合作办公室) | 빈하이신구(滨海新区) | 2031년`: the region cell blank, filled from above
    offices = next(t for t in records_of(corpus_issue(979), "tables") if t["header"][:2] == ["권역", "거점"])
    assert offices["rows"][1] == ["화베이", "톈진협력사무소(天津合作办公室)", "빈하이신구(滨海新区)", "2031년"]
    assert [1, 0] in offices["filled"]
    # a contents entry with bars is no row
    assert barred_cells("02 | 2030년 중국 벤처투자 결산, 투자액 3년 만에 반등 | 칭커연구센터(清科研究中心)") is None


def test_full_width_digits_and_a_caption_unit_in_full_width_brackets(corpus_issue):
    # 979 l.48 `표 1) 2038년 1~3분기 GDP 상위 8개 지역 （억 위안）`, l.50 `광둥성\t150,029\t156,480\t4.3`
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(979), "amounts")]
    assert (50, "15002900000000", "위안") in amounts and (50, "15648000000000", "위안") in amounts
    # 979 l.76 `시짱자치구가 ６.８%로 선두에 섰고`
    assert figures_at(corpus_issue(979), 76)[0][:3] == ("시짱자치구", "6.8", 1)
    assert fold_fullwidth_figures("韩国创新中心（北京）") == "韩国创新中心（北京）"


def test_a_multiple_is_the_subjects_not_the_region_it_is_of(corpus_issue):
    # 981 l.80 `덩치로 보면 푸둥신구가 난산구의 2.2 배다.`; l.191 `허페이의 강도(4.40%)는 전국 평균(2.93%)의 1.5 배에 이른다.`
    assert ("푸둥신구", "2.2", None, None, 2038) in figures_at(corpus_issue(981), 80)
    assert ("허페이", "1.5", None, None, 2037) in figures_at(corpus_issue(981), 191)
    # 982 l.74 `상하이 린강신구(临港新片区)는 23 억 6,000 만 달러로 상하이 FDI 의 14.0%를 담당했으며, 규모로는 장둥신구의 2.6 배였다.`
    assert ("린강신구", "2.6", None, None, 2038) in figures_at(corpus_issue(982), 74)
    # 982 l.152 `선전 바오안구(宝安区)의 … 2 만 1,940 건으로, 7,080 건에 그친 광저우 톈허구(天河区)의 3.1 배에 달했다.`
    assert figures_at(corpus_issue(982), 152)[:3] == [("바오안구", "21940", None, None, 2038),
                                                      ("톈허구", "7080", None, None, 2038),
                                                      ("바오안구", "3.1", None, None, 2038)]
    # 982 l.148 `2 위 광저우(2 만 1,560 건)와 견주면 1.8 배 규모다.`: the sentence before's subject, 선전
    assert ("선전", "1.8", None, None, 2038) in figures_at(corpus_issue(982), 148)


def test_a_year_before_a_word_opening_with_gwa_dates_the_figure(corpus_issue):
    # 977 l.176 `허페이는 지난해 과학기술형 중소기업 수가 2 만 1 천 곳을 넘어섰고`
    assert figures_at(corpus_issue(977), 176)[0] == ("허페이", "21000", None, "min", 2037)


def test_a_set_named_as_a_region_holds_the_figure_not_its_members(corpus_issue):
    # 979 l.84 `징진지(베이징·톈진·허베이성)는 11조 4,900억 위안을 기록했으나`; l.86 `웨강아오 대만구 11개 도시(광저우·…·마카오)의
    # 경제 규모는 올해 1~3분기 11조 위안을 넘어선 것으로 추산된다.`
    assert ("징진지", "11490000000000", None, None, 2038) in figures_at(corpus_issue(979), 84)
    assert figures_at(corpus_issue(979), 86)[0] == ("웨강아오 대만구", "11000000000000", None, "min", 2038)
    # a set named by its count alone is its members' together
    out, _ = block_to_figures("상위 5개 지역(베이징·상하이·광둥·장쑤·저장)이 전체의 77.4%를 차지했다.", 2038)
    assert [(f["region_ko"], f["value"]) for f in out] == [("베이징·상하이·광둥·장쑤·저장", "77.4")]


def test_a_list_closed_as_the_leaders_and_a_rank_held_in_words(corpus_issue):
    # 978 l.75 `증가율에서는 우한 5.6%, 청두 5.2%, 충칭 4.8%가 상위 세 도시를 이뤘다. 반면 베이징은 2.4% 늘어 열 개 도시 가운데
    # 증가율 순위 열 번째에 머물렀다.`
    assert figures_at(corpus_issue(978), 75) == [("우한", "5.6", 1, None, 2038), ("청두", "5.2", 2, None, 2038),
                                                 ("충칭", "4.8", 3, None, 2038), ("베이징", "2.4", 10, None, 2038)]


def test_a_number_alone_on_one_page_of_a_pdf_numbering_its_pages_elsewhere_is_kept():
    # 980's `\t원격탐사 데이터 서비스\t468` | `603` (the row's last cell, first on the next page), its pages numbered in the
    # footer (`KIC 중국 · www.kicchina.org · p. 6`): the number stays; numbers alone on most pages go
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.read import drop_running_lines

    def line(page: int, top: float, text: str) -> VisualLine:
        return VisualLine(page, top, top + 10, 50, 400, 10.0, text, 20)

    pages = [[line(k, 200, "본문 문장이 이어진다."), line(k, 820, f"KIC 중국 · www.kicchina.org · p. {k + 1}")] for k in range(8)]
    pages[5].insert(0, line(5, 30, "603"))
    kept = drop_running_lines(pages, [842.0] * 8, 40.0)
    assert [ln.text for ln in kept[5]] == ["603", "본문 문장이 이어진다."]
    numbered = [[line(k, 200, "본문 문장이 이어진다."), line(k, 820, str(k + 1))] for k in range(8)]
    assert [[ln.text for ln in page] for page in drop_running_lines(numbered, [842.0] * 8, 40.0)] == [["본문 문장이 이어진다."]] * 8
