"""Two kinds 969 and 970 (a new writer's, unseen: cards written as short interviews, names dotted in both scripts)
printed that were read wrong before: the funding a card's interview gives in answer to a question about money
(`Q. 지금까지 유치한 투자는?` / `A. 누적 약 4억 2,000만 위안이다. …`), read as the card's amounts, and a foreign or
minority name whose parts are dotted in both scripts (`마르쿠스·베버(马库斯·韦伯)`), whole. Values read by hand from the
issues' lines."""

from __future__ import annotations

from conftest import figures_at, names_at, records_of


def _card_amounts(result, line: int) -> list[tuple]:
    return [(a["raw"], a["value"], a["unit"], a["approx"], a["bound"], a["cumulative"])
            for a in records_of(result, "amounts") if a["line"] == line]


def test_the_funding_a_cards_interview_gives_is_the_cards(corpus_issue):
    result = corpus_issue(969)
    # l.209–210 `Q. 지금까지 유치한 투자는?` / `A. 누적 약 4억 2,000만 위안이다. 올해 3 월 시리즈 B 에서 1억 5,000만 위안을 받았다.`
    assert _card_amounts(result, 210) == [("누적 약 4억 2,000만 위안", "420000000", "위안", True, None, True),
                                          ("1억 5,000만 위안", "150000000", "위안", False, None, False)]
    # l.224–225 (the card's first answer cut by a page break above) `Q. 자금 조달 상황은?` / `A. 시드 라운드에서 3,000만
    # 위안, 시리즈 A 에서 2,800만 달러를 받았다. 누적 투자 2억 위안 이상이다.`
    assert _card_amounts(result, 225) == [("3,000만 위안", "30000000", "위안", False, None, False),
                                          ("2,800만 달러", "28000000", "달러", False, None, False),
                                          ("2억 위안 이상", "200000000", "위안", False, "min", True)]
    # an answer about anything but money gives no amount, and the interview is no prose: `한국 … 45억 원` is the card's
    # (l.233), no figure of 한국
    assert _card_amounts(result, 231) == []
    assert all(f["region_ko"] != "한국" for f in records_of(result, "figures"))
    # 970 l.208–209 `Q. 최근 투자 유치는?` / `A. 시리즈 A 에서 6,000만 달러를 받았고, 한국 화학 기업으로부터 120억 원의
    # 전략적 투자도 유치했다.`
    assert [a[:3] for a in _card_amounts(corpus_issue(970), 209)] == [("6,000만 달러", "60000000", "달러"),
                                                                       ("120억 원", "12000000000", "원")]


def test_a_name_dotted_in_both_scripts_is_whole():
    assert names_at(969, 205) == [("아이니와르·마무티", "阿依尼瓦尔·买买提")]
    assert ("마르쿠스·베버", "马库斯·韦伯") in names_at(969, 231)
    assert ("엘레나·로시", "埃莱娜·罗西") in names_at(970, 200)


def test_a_tables_period_goes_on_to_the_paragraphs_after_it_in_a_part(corpus_issue):
    # 969, part `2) 지역별 현황` of an article dated nowhere before: `표 4) 2038 년 상반기 지역별 드론 배송 건수` (l.158), the
    # paragraph under it, then l.183 `구이저우성의 농촌 배송은 전년 동기 대비 64% 늘어 증가 폭이 가장 컸다.`
    assert figures_at(corpus_issue(969), 183)[0] == ("구이저우성", "64", 1, None, 2038)


def test_page_ones_head_when_heads_alternate_is_the_first_line(corpus_issue):
    # 969 prints the date over odd pages and the title over even ones: l.1 `2038. 08. 20` is page 1's head, l.3
    # `주간 중국 창업` the masthead's title, as l.34 (`주간 중국 창업`, page 2) and l.57 (`2038. 08. 20`, page 3) are heads
    result = corpus_issue(969)
    assert {1, 34, 57} <= set(result.coverage.furniture) and 3 not in result.coverage.furniture
    issue = records_of(result, "issues")[0]
    assert (issue["title"], issue["line_start"]) == ("주간 중국 창업", 3)
    assert [(s["title"], s["page_start"]) for s in records_of(result, "sections")][:2] == [
        ("2038년 상반기 31개 성 경제 성적표", 2), ("서부 컴퓨팅 허브 2 단계 지원 방안 발표", 4)]
