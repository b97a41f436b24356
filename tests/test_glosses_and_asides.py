"""Shapes held-out issues 553–568 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at


def test_a_korean_word_glossed_with_other_chinese_names_no_city(corpus_issue):
    # 562 l.73 `… 쑤저우는 3조 1,520억 위안으로 6위에 올라, 성도(省会)가 아닌 일반 지급시(地级市) 가운데 유일하게 3조 위안을
    # 넘겼다.`: 성도 glossed 省会 is a provincial capital, not 成都 (read 성도 in Sino-Korean); the mark is 쑤저우's
    figures = figures_at(corpus_issue(562), 73)
    assert ("쑤저우", "3000000000000", None, "min", 2029) in figures
    assert [f for f in figures if f[0] == "성도"] == []


def test_a_region_with_a_figure_aside_is_the_subject_of_the_figure_after_it(corpus_issue):
    # 566 l.93 `… 안후이성은 증가율도 18.2%로 6개 성 가운데 가장 높았다. 다음으로 후베이성이 7.5%, 장시성(97억 위안)이
    # 2.1%로 뒤를 이었다.`: 2.1% is 장시성's, third in the ranking of rates; its 97억 위안 is an aside, no rank
    figures = figures_at(corpus_issue(566), 93)
    assert ("후베이성", "7.5", 2, None, 2030) in figures
    assert ("장시성", "2.1", 3, None, 2030) in figures
    assert ("장시성", "9700000000", None, None, 2030) in figures
    assert [f for f in figures if f[1] == "2.1"] == [("장시성", "2.1", 3, None, 2030)]


def test_the_last_of_regions_listed_with_their_figures_is_one_of_the_list(corpus_issue):
    # 470 l.160 `성급 지역으로 넓히면 광둥성이 1,980억 위안으로 가장 많았고 베이징시, 장쑤성(1,760억 위안)이 그 뒤를
    # 이었다.`: 1,760억 위안 is 장쑤성's only, ranked third after 베이징시
    figures = figures_at(corpus_issue(470), 160)
    assert [f for f in figures if f[1] == "176000000000"] == [("장쑤성", "176000000000", 3, None, 2028)]


def test_a_rankings_name_opening_with_a_year_dates_the_ranking_and_full_marks_are_no_figure(corpus_issue):
    # 568 l.141 `… 발표한 ‘2030 도시 상업 매력도 순위’에서 청두시(成都市)가 또다시 신 1선 도시 1위에 올랐다.` and l.143
    # `청두시는 100점 만점에 92.4점으로 1위, 항저우시(杭州市)가 89.1점으로 2위, 충칭시(重庆市)가 86.7점으로 3위였다.`
    assert figures_at(corpus_issue(568), 143) == [("청두시", "92.4", 1, None, 2030), ("항저우시", "89.1", 2, None, 2030),
                                                  ("충칭시", "86.7", 3, None, 2030)]
    # 459 l.239 `… 공개한 '2028년 국가급 과학기술기업 인큐베이터 명단'에 따르면, …` then l.241 `장쑤성은 국가급 인큐베이터
    # 271곳을 보유해 … 가장 많다. 2위 저장성(142곳)과는 …`
    assert figures_at(corpus_issue(459), 241)[:2] == [("장쑤성", "271", 1, None, 2028), ("저장성", "142", 2, None, 2028)]


def test_an_entry_led_by_its_page_keeps_its_source_on_a_line_of_its_own(corpus_issue):
    # 566 l.21–22 `03   2029년 지역별 R&D 투자 순위: 베이징 강도 1위, 광둥 규모 1위 수성` over `     국가통계국(国家统计局)`:
    # the entry's source, not the title's end
    toc = corpus_issue(566).records["issues"][0].model_dump(mode="json")["toc"]
    assert (toc[0]["title"], toc[0]["page"], toc[0]["source"], toc[0]["source_zh"]) == (
        "2029년 지역별 R&D 투자 순위: 베이징 강도 1위, 광둥 규모 1위 수성", 3, "국가통계국", "国家统计局")


def test_a_prints_first_entry_under_a_category_led_by_its_page_with_one_space():
    # WeasyPrint's print of 566 sets `센터 소식`, a blank line, then `10 KIC 중국-베이징대, '한중 딥테크 데모데이' 공동 개최` and
    # `10 연말 휴무 및 제567호 발행 안내` with one space after the page: two entries, not a category over one
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    pdf = Path(__file__).resolve().parent / "data" / "pdf" / "kic-china-weekly-566.weasyprint.pdf"
    result = extract_issue(pdf, pdf.name, Settings())
    toc = result.records["issues"][0].model_dump(mode="json")["toc"]
    assert [(e["title"], e["page"], e["category"]) for e in toc[-2:]] == [
        ("KIC 중국-베이징대, '한중 딥테크 데모데이' 공동 개최", 10, "센터 소식"), ("연말 휴무 및 제567호 발행 안내", 10, "센터 소식")]
    assert [(s.title, s.page_start, s.category) for s in result.records["sections"]][-2:] == [
        ("KIC 중국-베이징대, '한중 딥테크 데모데이' 공동 개최", 10, "센터 소식"), ("연말 휴무 및 제567호 발행 안내", 10, "센터 소식")]
