"""Contents and articles as held-out issues 593–596 set them (tests/corpus/heldout): a page opening with an
article's category and numbered heading, its first paragraph right under it with no blank line; a body heading
under a mark over its byline, after contents whose entries are led by their pages. Values read by hand from the
issues' lines."""

from conftest import records_of, warnings_of


def _sections(result):
    return [(s["title"], s["page_start"], s["category"]) for s in records_of(result, "sections")]


def test_a_page_opening_with_a_category_and_a_heading_over_its_paragraph_ends_the_contents(corpus_issue):
    # 593 l.27-33: `- ▶ 【KIC 안내】 제 7 회 한중 청년 창업캠프 참가자 모집 p9` / `- 1 -` / footer / running head /
    # `Weekly 뉴스` / `1. 2031 년 1 분기 31 개 성·시 경제 성적표 발표 — 제일재경(第一财经)` / `국가통계국(国家统计局)이 …`
    result = corpus_issue(593)
    assert _sections(result) == [
        ("2031년 1분기 31개 성·시 경제 성적표 발표", 2, "Weekly 뉴스"),
        ("중서부 신흥산업 클러스터 20 곳 1차 지정", 4, "Weekly 뉴스"),
        ("2030년 중국 저고도 경제 시장 분석", 5, "CHINA 창업"),
        ("투자 몰리는 체화지능(具身智能) 스타트업 3 곳", 7, "CHINA 창업"),
        ("2031년 상반기 KIC 중국 창업 데모데이 결과 발표", 9, "KIC 중국 NEWS"),
        ("제7회 한중 청년 창업캠프 참가자 모집", 9, "KIC 중국 NEWS"),
    ]
    assert warnings_of(result, "toc_entry_not_in_body") == []
    # 595 l.29-31: `주간 중국 창업 제 595 호` / `Weekly 뉴스` / `1. 국무원, … 행동방안 발표 — 국무원판공청(国务院办公厅)` / …
    result = corpus_issue(595)
    assert [s[:2] for s in _sections(result)] == [
        ("국무원, 중소 과학기술기업 ‘전정특신’ 육성 3개년 행동방안 발표", 2),
        ("2031년 1분기 지역 경제 성적표: 중서부 약진, 동북 주춤", 3),
        ("청두-충칭 쌍성 경제권 과학기술 혁신 공동펀드 조성 방안 통지", 5),
        ("저공경제 유망 스타트업 3 사 소개", 6),
        ("2030년도 중국 반고체 배터리 시장 점검", 7),
        ("KIC 중국 지역 협력 거점 운영 현황", 8),
        ("2031년 하반기 KIC 중국 창업대회 참가자 모집", 9),
    ]


def test_a_heading_under_a_mark_over_its_byline_is_the_first_article_not_an_entry(corpus_issue):
    # 596 l.9-19 entries led by their pages (` 02  중국인민은행, … 확대 · 신화통신(新华社)`), then l.25 `━━ 정책·거시 ━━`,
    # l.27 `◆ 중국인민은행, 과학기술 혁신 재대출 한도 5,000 억 위안으로 확대` / `출처: 신화통신(新华社) | 정리: KIC 중국`
    result = corpus_issue(596)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["title"], e["page"], e["source"]) for e in toc[:3]] == [
        ("중국인민은행, 과학기술 혁신 재대출 한도 5,000억 위안으로 확대", 2, "신화통신"),
        ("1~5월 주요 도시 과학기술형 기업 신규 등록 동향", 3, "경제관찰보"),
        ("서부 지역 1~5월 투자 유치 실적 점검", 5, "경제참고보"),
    ]
    assert [e["page"] for e in toc] == [2, 3, 5, 7, 8, 9, 10]
    assert _sections(result)[0] == ("중국인민은행, 과학기술 혁신 재대출 한도 5,000억 위안으로 확대", 2, "정책·거시")
    assert len(_sections(result)) == 7
    tables = records_of(result, "tables")
    assert tables[0]["header"] == ["구분", "2030년 3분기", "2030년 4분기", "2031년 1분기"]


def test_a_running_head_naming_a_category_printed_once_is_furniture(corpus_issue):
    # 594 l.141-143 `ⓒ 글로벌혁신센터(KIC 중국) · …` / `p. 9` / `주간 중국 창업 No. 594 · 센터 소식`: the head names its page's
    # category, `센터 소식` on this page only (`· 스타트업 포커스` on five, `· 이슈 & 트렌드` on three)
    result = corpus_issue(594)
    assert {141, 142, 143, 129, 130} <= set(result.coverage.furniture)
    assert 144 not in result.coverage.furniture  # (`[ 센터 소식 ]`, the category's own line)
