"""Contents, tables and counts as held-out issues 601–604 set them (tests/corpus/heldout). Values read by hand from
the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_contents_entries_led_by_p_and_their_page(corpus_issue):
    # 602 l.11-20: `■ 경제·정책` / `p.2 · 2031년 상반기 지역별 벤처투자 동향 〈칭커연구센터(清科研究中心)〉` / … /
    # `p.9 · 하반기 'CHINA路' 액셀러레이팅 참가 기업 모집` / `========================================`
    result = corpus_issue(602)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [(2, "경제·정책"), (4, "경제·정책"), (5, "스타트업 인사이트"),
                                                         (6, "스타트업 인사이트"), (8, "KIC 현장"), (9, "KIC 현장")]
    assert (toc[0]["title"], toc[0]["source"]) == ("2031년 상반기 지역별 벤처투자 동향", "칭커연구센터")
    assert toc[-1]["title"] == "하반기 'CHINA路' 액셀러레이팅 참가 기업 모집"  # (the rule under it is none of it)
    sections = records_of(result, "sections")
    assert [(s["title"], s["page_start"]) for s in sections[:2]] == [
        ("2031년 상반기 지역별 벤처투자 동향", 2), ("국무원, 중서부 과학기술 창업 협력구 지정", 4)]
    # l.41 `… 광둥성(广东省)이 521억 위안으로 가장 많았다. 베이징시(北京市)가 498억 위안으로 2위, …`
    assert figures_at(result, 41)[:2] == [("광둥성", "52100000000", 1, None, 2031), ("베이징시", "49800000000", 2, None, 2031)]


def test_contents_between_rules_under_a_title_in_two_languages(corpus_issue):
    # 604 l.6-18: `━━━…` / `IN THIS ISSUE · 이번 호 차례` / `━━━…` / `[마켓 브리핑]` / `  02  7월 경기 지표로 본 중국 경제:
    # 수출은 반등, 소비는 주춤 ··· 국가통계국(国家统计局)` / …; l.26 the body's banner `◆ 마켓 브리핑 ◆`
    result = corpus_issue(604)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["title"], e["page"], e["source"]) for e in toc[:2]] == [
        ("7월 경기 지표로 본 중국 경제: 수출은 반등, 소비는 주춤", 2, "국가통계국"),
        ("웨강아오대만구(粤港澳大湾区) 데이터 국경 간 이동 시범 확대", 3, "광둥성발전개혁위원회")]
    assert [e["page"] for e in toc] == [2, 3, 4, 7, 8, 9]
    sections = records_of(result, "sections")
    assert (sections[0]["title"], sections[0]["category"], sections[0]["page_start"]) == (
        "7월 경기 지표로 본 중국 경제: 수출은 반등, 소비는 주춤", "마켓 브리핑", 2)
    assert len(sections) == 6


def test_a_contents_entry_that_is_also_the_first_heading_stops_no_run(corpus_issue):
    # 602 was read before its entries were known as such, its first heading (`01 │ …`) taken for the contents' first
    # chunk and its article at once: the run stopped there; now the issue reads whole
    assert len(records_of(corpus_issue(602), "sections")) == 6


def test_a_unit_in_the_label_column_after_a_group_column(corpus_issue):
    # 603 l.33-39 `구분\t지표\t2029년\t2030년\t2031년 상반기` / `성장\tGDP 성장률(%)\t5.1\t4.9\t4.8` / … /
    # `대외\t수출액(억 달러)\t37,150\t38,420\t19,860`
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(603), "amounts") if 34 <= a["line"] <= 39]
    assert amounts[:3] == [(34, "5.1", "%"), (34, "4.9", "%"), (34, "4.8", "%")]
    assert (38, "3715000000000", "달러") in amounts and (37, "-0.7", "%") in amounts


def test_a_count_whose_list_the_next_sentence_gives_as_its_subject(corpus_issue):
    # 602 l.72 `… 다섯 개 지역을 첫 협력구로 지정했다. 대상은 청두(成都), 시안(西安), 우한(武汉), 창사(长沙)로, …`: four
    warnings = warnings_of(corpus_issue(602), "count_mismatch")
    assert [line for line, _ in warnings] == [72] and "lists 4" in warnings[0][1]


def test_a_hollow_bullet_heads_a_part_unless_among_sibling_bullets(corpus_issue):
    # 602 l.40-41 `▷ 광둥, 금액·건수 모두 선두` over `2031년 상반기 지역별 투자 금액은 광둥성(广东省)이 …`
    blocks = {b["line_start"]: b for s in records_of(corpus_issue(602), "sections") for b in s["blocks"]}
    assert (blocks[40]["kind"], blocks[40]["marker"], blocks[40]["text"]) == ("heading", "▷", "광둥, 금액·건수 모두 선두")
    assert blocks[41]["kind"] == "paragraph"
    # 399 l.215-216 `▷ 일시: 2027년 10월 22일(금) 14:00~18:00` / `▷ 장소: 항저우시 위항구(余杭区) …`: items, no headings
    blocks = {b["line_start"]: b for s in records_of(corpus_issue(399), "sections") for b in s["blocks"]}
    assert [(blocks[n]["kind"], blocks[n]["marker"]) for n in (215, 216)] == [("paragraph", "▷"), ("paragraph", "▷")]
