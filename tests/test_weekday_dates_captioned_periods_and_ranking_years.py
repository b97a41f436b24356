"""Shapes held-out issues 717–724 showed when first read (tests/corpus/heldout): a masthead date with its weekday written
out in brackets, a source in tortoise-shell brackets after a title, an entry under a bullet of two dots, `누적액` in a row
label, the paragraph under a table whose caption names its period, a ranking that goes on past a sentence on another
measure, a region closed in on. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_masthead_date_with_its_weekday_written_out_in_brackets(corpus_issue):
    # 722 l.4-5 `주간 중국 창업 · No. 722` / `2033 년 11 월 11 일 (금요일) 발행`
    result = corpus_issue(722)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["date"]) == (722, "2033-11-11")
    assert [m for _, m in warnings_of(result, "masthead_missing") if "date" in m] == []


def test_a_source_in_tortoise_shell_brackets_and_an_entry_under_two_dots(corpus_issue):
    # 720 l.9-17 `◆ 경제·지역 브리핑` / `02 ··· 3분기 지역경제 점검: 중서부는 추격, 동북은 정체 〔경제참고보(经济参考报)〕` / … /
    # `09 ··· 시안 한중 창업 멘토링 데이 참가 기업 모집` / `·· 편집자 노트` (an entry of its own, with no page)
    toc = [(e["category"], e["title"], e["page"], e["source"]) for e in records_of(corpus_issue(720), "issues")[0]["toc"]]
    assert toc[0] == ("경제·지역 브리핑", "3분기 지역경제 점검: 중서부는 추격, 동북은 정체", 2, "경제참고보")
    assert toc[-2:] == [("센터 소식", "시안 한중 창업 멘토링 데이 참가 기업 모집", 9, None), ("센터 소식", "편집자 노트", None, None)]
    # l.135 `■ 편집자 노트`, on page 9
    assert [(s["title"], s["page_start"]) for s in records_of(corpus_issue(720), "sections")][-1] == ("편집자 노트", 9)


def test_a_row_label_naming_a_sum_in_one_word(corpus_issue):
    # 717 l.39 `GDP 누적액(조 위안)	187.4	44.1	94.5	146.8`
    amounts = [(a["value"], a["cumulative"]) for a in records_of(corpus_issue(717), "amounts") if a["line"] == 39]
    assert amounts == [("187400000000000", True), ("44100000000000", True), ("94500000000000", True),
                       ("146800000000000", True)]


def test_the_paragraph_under_a_captioned_table_tells_its_period(corpus_issue):
    # 722 l.83 `주요 지역 휴머노이드 로봇 산업 현황 (2033 년 1~3 분기)` over the table, l.100 `선전은 관련 기업 203 곳, 매출 112 억
    # 3,000 만 위안으로 두 지표 모두 1 위였다. 매출 기준으로는 상하이가 87 억 5,000 만 위안으로 2 위, 베이징이 64 억 2,000 만
    # 위안으로 3 위였다.` (the article's opening paragraph, l.81, names 2032 for another measure)
    assert figures_at(corpus_issue(722), 100)[:4] == [("선전", "203", 1, None, 2033), ("선전", "11230000000", 1, None, 2033),
                                                  ("상하이", "8750000000", 2, None, 2033),
                                                  ("베이징", "6420000000", 3, None, 2033)]
    # 540 l.81 `표 2. 국가급 AI 혁신응용 선도구 현황 (2029년 말 기준)`: the paragraph under the table, l.106, dated 2029 as its
    # key has it (`입주 AI 기업 수로는 베이징이 1,320곳으로 가장 많았고 …`)
    assert {f[4] for f in figures_at(corpus_issue(540), 106)} == {2029}


def test_a_ranking_goes_on_past_a_sentence_on_another_measure(corpus_issue):
    # 721 l.115 `선전은 9 월 말 기준 관련 기업 3,386 곳으로 1 위를 굳게 지켰다. 선전이 생산한 소비급 드론은 2032 년 세계 시장의
    # 70% 이상을 차지한 것으로 추산된다. 2 위 광저우(1,402 곳)와 3 위 청두(1,215 곳)는 …` (an issue of 2033-11-04)
    assert figures_at(corpus_issue(721), 115)[:4] == [("선전", "3386", 1, None, 2033), ("선전", "70", None, "min", 2032),
                                                  ("광저우", "1402", 2, None, 2033), ("청두", "1215", 3, None, 2033)]


def test_a_region_closed_in_on_holds_the_figure_describing_it(corpus_issue):
    # 722 l.48 `… 충칭(重庆)은 3 분기에만 GDP 1 조 3,960 억 위안을 올려, 같은 기간 1 조 4,210 억 위안을 기록한 선전(深圳)에 바짝
    # 다가섰다.`
    figures = figures_at(corpus_issue(722), 48)
    assert ("충칭", "1396000000000", None, None, 2033) in figures and ("선전", "1421000000000", None, None, 2033) in figures
