"""Contents, tables and counts as held-out issues 605–608 set them (tests/corpus/heldout). Values read by hand from
the issues' lines."""

from conftest import records_of, warnings_of


def test_a_marked_category_over_entries_with_no_bullet(corpus_issue):
    # 606 l.11-18: `◆ 경제 브리핑` / `7월 중국 주요 경제지표: 생산은 회복, 소비는 주춤 ·········· 2` / `창장(长江)경제벨트 …
    # ·········· 3` / `◆ 리전 포커스` / … / `◆ 스타트업 라운지` / `허페이·선전 하드테크 새내기 2 곳 ·········· 7` / …
    result = corpus_issue(606)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [(2, "경제 브리핑"), (3, "경제 브리핑"), (5, "리전 포커스"),
                                                         (7, "스타트업 라운지"), (9, "센터 다이어리")]
    assert toc[3]["title"] == "허페이·선전 하드테크 새내기 2 곳"
    assert [s["category"] for s in records_of(result, "sections")] == [
        "경제 브리핑", "경제 브리핑", "리전 포커스", "스타트업 라운지", "센터 다이어리"]


def test_a_category_marked_with_a_bullseye(corpus_issue):
    # 608 l.8-9 `◎ 포커스 차이나` / `  · 7 월 주요 경제지표: … ·········· 2`
    result = corpus_issue(608)
    assert [e["category"] for e in records_of(result, "issues")[0]["toc"]][:2] == ["포커스 차이나", "로컬 리포트"]
    assert records_of(result, "sections")[0]["category"] == "포커스 차이나"


def test_a_column_of_rounds_numbers_rows(corpus_issue):
    # 606 l.135-140 `회차\t일자\t도시\t참가 팀(팀)` / `1\t2031.09.04\t베이징\t12` / … / `계\t-\t-\t35`
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(606), "amounts") if 136 <= a["line"] <= 140]
    assert amounts == [(136, "12", "팀"), (137, "9", "팀"), (138, "8", "팀"), (139, "6", "팀"), (140, "35", "팀")]


def test_a_count_then_its_places_each_with_its_figure(corpus_issue):
    # 608 l.71 `… 줄어든 곳은 다섯 개 지역으로 톈진(天津) -4.1%, 헤이룽장성 -2.7%, 윈난성 -1.9%, 칭하이성(青海省) -0.6%를
    # 기록했다.`: four
    warnings = warnings_of(corpus_issue(608), "count_mismatch")
    assert [line for line, _ in warnings] == [71] and "lists 4" in warnings[0][1]
    # 477 l.86 `전체 31개 지역으로 범위를 넓히면 시짱자치구(西藏自治区)가 6.8%로 1위, …`: the whole ranked, no list
    assert 86 not in [line for line, _ in warnings_of(corpus_issue(477), "count_mismatch")]


def test_a_rankings_last_figure_counts_nothing(corpus_issue):
    # 605 l.84 `… 청두시가 1,180 곳으로 가장 많았고, 충칭시 760 곳, 몐양시(绵阳市) 210 곳 순이었다.`
    assert warnings_of(corpus_issue(605), "count_mismatch") == []


def test_a_heading_with_its_source_glossed_after_a_slash(corpus_issue):
    # 612 l.29 `■ 2031 년 1~8 월 지역별 투자·소비 지표 점검 / 국가통계국(国家统计局)`
    section = records_of(corpus_issue(612), "sections")[0]
    assert (section["title"], section["source"], section["source_zh"], section["page_start"]) == (
        "2031년 1~8월 지역별 투자·소비 지표 점검", "국가통계국", "国家统计局", 2)
