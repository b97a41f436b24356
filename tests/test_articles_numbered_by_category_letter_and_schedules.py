"""Shapes 845–852 showed: articles numbered within their category's letter, in the contents (`A-1  제목 ···· 2`) and
over each article (`A-1 | 제목`); a title naming two after its colon with a middle dot between them; a column of days
under `일정`. Values read by hand from the issues' lines."""

from conftest import records_of


def test_articles_numbered_within_their_category_s_letter(corpus_issue):
    result = corpus_issue(852)
    # l.13 `A-1  분기별 경기 지표로 본 중국 경제 ··········· 2`, … l.23 `C-2  독자 설문 결과와 지면 개편 안내 ··········· 9`; over
    # the articles, l.29 `A-1 | 분기별 경기 지표로 본 중국 경제`, l.48 `A-2 | 상무부, … 평가 결과 공개 〈21세기경제보도〉`
    sections = records_of(result, "sections")
    assert len(sections) == 8
    assert [(s["title"], s["seq"], s["page_start"], s["category"], s["title_line"]) for s in sections[:2]] == [
        ("분기별 경기 지표로 본 중국 경제", 1, 2, "매크로 & 정책", 29),
        ("상무부, 국경 간 전자상거래 종합시범구 평가 결과 공개", 2, 3, "매크로 & 정책", 48)]
    assert (sections[-1]["title"], sections[-1]["seq"], sections[-1]["page_start"]) == ("독자 설문 결과와 지면 개편 안내", 2, 9)
    assert len(records_of(result, "tables")) == 4


def test_a_title_naming_two_after_its_colon(corpus_issue):
    # 850 l.16 `  07  이달의 스타트업: 웨이허바이오 · 링시즈쭈어`: no source after the middle dot
    issue, = records_of(corpus_issue(850), "issues")
    assert [(t["title"], t["source"]) for t in issue["toc"] if t["page"] == 7] == [("이달의 스타트업: 웨이허바이오 · 링시즈쭈어", None)]


def test_a_column_of_days_under_its_schedule(corpus_issue):
    # 845 l.145 `권역	예선 도시	일정	선발 규모(팀)`, l.146 `화북	베이징	4.18	20`: the day is no amount
    amounts = records_of(corpus_issue(845), "amounts")
    assert [(a["column"], a["raw"], a["unit"]) for a in amounts if a["line"] == 146] == [(4, "20", "팀")]
