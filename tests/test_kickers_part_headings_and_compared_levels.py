"""Shapes held-out issues 633–640 showed when first read (tests/corpus/heldout): kickers with no number, contents
entries with no page, part headings under a mark, tags in tortoise-shell brackets, a unit before its note, a level
of a region compared with, a rank given up. Values read by hand from the issues' lines."""

from conftest import figures_at, names_at, records_of, unindented


def test_kickers_over_headings_and_an_entry_with_no_page(corpus_issue):
    # 638 l.8-17 `IN THIS ISSUE` / `[ 이슈 포커스 ]` / `   2032 년 1~2 월 … 점검 / 경제일보(经济日报) ·········· 2` / … /
    # `[ 센터 소식 ]` / `   2032 년 2 분기 KIC 중국 프로그램 안내 ·········· 8` / `   편집 후기`; the body's `▌이슈 포커스` /
    # `FOCUS 01` / title / `글·정리 : …`, `KIC NEWS` over its title, `EDITOR'S NOTE` / `편집 후기` / its text
    result = corpus_issue(638)
    toc = [(e["title"], e["page"], e["category"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[0] == ("2032년 1~2월 31개 성 소비·투자 지표 점검", 2, "이슈 포커스")
    assert toc[-1] == ("편집 후기", None, "센터 소식")
    sections = [(s["title"], s["category"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")]
    assert sections == [
        ("2032년 1~2월 31개 성 소비·투자 지표 점검", "이슈 포커스", 2, 26),
        ("창장삼각주 창업투자 지도가 바뀐다", "이슈 포커스", 4, 53),
        ("이 주의 스타트업: AI 신약·농업 로봇", "스타트업 레이더", 6, 82),
        ("선전 하드웨어 창업 생태계, 화창베이를 넘어", "스타트업 레이더", 7, 98),
        ("2032년 2분기 KIC 중국 프로그램 안내", "센터 소식", 8, 111),
        ("편집 후기", "센터 소식", 9, 128)]


def test_tags_in_tortoise_shell_brackets_and_an_entry_kept_from_the_note_below(corpus_issue):
    # 640 l.14 `07 ··· 〔테크 리포트〕 휴머노이드 핵심 부품 국산화 나선 스타트업 2곳`; l.18-20 `10 ··· 〔알림〕 2032 KIC 중국 글로벌
    # 진출 캠프 참가 기업 모집` / (blank) / `이번 호부터 지면 구성이 바뀌었습니다. …`
    result = corpus_issue(640)
    toc = [(e["tag"], e["title"], e["page"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[2] == ("테크 리포트", "휴머노이드 핵심 부품 국산화 나선 스타트업 2곳", 7)
    assert toc[-1] == ("알림", "2032 KIC 중국 글로벌 진출 캠프 참가 기업 모집", 10)
    sections = [(s["tag"], s["title"], s["page_start"]) for s in records_of(result, "sections")]
    assert sections[2:] == [("테크 리포트", "휴머노이드 핵심 부품 국산화 나선 스타트업 2곳", 7),
                            ("시장 읽기", "1분기 인공지능 투자, 베이징·상하이 쏠림 여전", 9),
                            ("센터 동정", "KIC 중국–충칭시 창업 협력 양해각서 체결", 10),
                            ("알림", "2032 KIC 중국 글로벌 진출 캠프 참가 기업 모집", 10)]


def test_a_unit_before_the_note_on_its_figures(corpus_issue):
    # 640 l.38-40 `주요 지역 분기별 GDP 성장률 추이 (단위: %, 전년 동기 대비)` / header / `간쑤성\t6.1\t6.5\t6.9\t7.2`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(640), "amounts") if a["line"] == 40]
    assert amounts == [("6.1", "%"), ("6.5", "%"), ("6.9", "%"), ("7.2", "%")]


def test_a_part_heading_under_a_mark_is_no_subject_of_the_paragraph_below(corpus_issue):
    # 640 l.49-50 `■ 경제 규모: 광둥·장쑤 접전` / `경제 규모로는 광둥성이 4조 9,260억 위안으로 1위를 지켰고, 장쑤성(江苏省)이 4조
    # 8,110억 위안으로 바짝 뒤를 이었다. 산둥성(山东省)은 3조 4,370억 위안으로 3위였다. …`
    result = corpus_issue(640)
    heading = next(b for s in records_of(result, "sections") for b in s["blocks"] if b["line_start"] == 49)
    assert (heading["kind"], heading["text"], heading["line_end"]) == ("heading", "경제 규모: 광둥·장쑤 접전", 49)
    assert [f for f in figures_at(result, 50) if f[0] in ("광둥성", "장쑤성", "산둥성")] == [
        ("광둥성", "4926000000000", 1, None, 2032), ("장쑤성", "4811000000000", 2, None, 2032),
        ("산둥성", "3437000000000", 3, None, 2032)]


def test_marked_field_lines_stay_items_and_a_marked_caption_stays_the_tables(corpus_issue):
    # 323 l.186-191 `■ 모집 대상: …` / `■ 모집 규모: 12개 팀 내외` / …: bullets among their siblings, no headings;
    # 354 l.50-51 `▣ 2026년 상반기 GDP 상위 10개 성급 지역` / `단위: 억 위안, %` over the table's header
    blocks = [b for s in records_of(corpus_issue(323), "sections") for b in s["blocks"] if 186 <= b["line_start"] <= 191]
    assert [(b["kind"], b["marker"]) for b in blocks] == [("paragraph", "■")] * 6
    assert blocks[1]["text"] == "모집 규모: 12개 팀 내외"
    sections = records_of(corpus_issue(354), "sections")
    table = next(t for t in records_of(corpus_issue(354), "tables") if t["line_start"] <= 53 <= t["line_end"])
    assert (table["line_start"], table["header"]) == (50, ["순위", "지역", "GDP", "성장률"])
    assert [b["kind"] for s in sections for b in s["blocks"] if b["line_start"] == 50] == ["table"]


def test_a_level_right_after_a_region_compared_with_is_that_regions(corpus_issue):
    # 640 l.57 `선전(深圳)의 1분기 신규 등록 기업은 8만 7,300곳으로 광저우(广州)의 7만 1,600곳을 앞질렀다.`
    figures = [f for f in figures_at(corpus_issue(640), 57) if f[1] in ("87300", "71600")]
    assert figures == [("선전", "87300", None, None, 2032), ("광저우", "71600", None, None, 2032)]


def test_ranks_from_a_rank_down_and_a_rank_given_up(corpus_issue):
    # 635 l.62 `3 위 아래로는 산둥성(山东省) 12 조 9,740 억 위안, 저장성(浙江省) 11 조 8,960 억 위안, 쓰촨성(四川省) 8 조 5,310 억 위안
    # 순이었다. 쓰촨성에 5 위 자리를 내준 허난성(河南省)은 8 조 2,150 억 위안으로 6 위로 밀려났다.`
    assert figures_at(corpus_issue(635), 62) == [
        ("산둥성", "12974000000000", 3, None, 2031), ("저장성", "11896000000000", 4, None, 2031),
        ("쓰촨성", "8531000000000", 5, None, 2031), ("허난성", "8215000000000", 6, None, 2031)]


def test_a_mark_passed_by_the_places_listed_after_the_subject_marker(corpus_issue):
    # 633 l.59 `도시별로는 2031 년 GDP 가 4 조 위안을 넘어선 곳이 상하이, 베이징, 선전, 충칭 4 곳이었다.`
    marks = [f for f in figures_at(corpus_issue(633), 59) if f[1] == "4000000000000"]
    assert marks == [(r, "4000000000000", None, "min", 2031) for r in ("상하이", "베이징", "선전", "충칭")]


def test_a_card_closed_by_a_source_note(corpus_issue):
    # 639 l.112-117 `3) 체화 지능 로봇: 쿤위커지(坤宇科技)` / `▶ 기업명: …` / `▶ 설립: …` / `▶ 투자 유치: 엔젤 500만 달러(2028.07) →
    # 시리즈 A 2,800만 달러(2030.01) → 시리즈 A+ 2억 위안 가량(2031.09)` / `▶ 기업 소개: …` / `*출처: …`
    result = corpus_issue(639)
    card = next(t for t in records_of(result, "tables") if t["kind"] == "company_card" and t["line_start"] == 112)
    assert card["rows"][0] == ["기업명", "쿤위커지 / 杭州坤宇科技有限公司"]
    amounts = [(a["value"], a["unit"], a["approx"]) for a in records_of(result, "amounts") if a["line"] == 115]
    assert amounts == [("5000000", "달러", False), ("28000000", "달러", False), ("200000000", "위안", True)]


def test_a_place_and_its_particle_before_a_name_are_not_the_names():
    # 640 l.121 `KIC 중국은 4 월 12 일 충칭에서 충칭시과학기술국(重庆市科学技术局)과 …`
    assert ("충칭시과학기술국", "重庆市科学技术局") in names_at(640, 121)


def test_an_entry_with_no_page_as_a_pdfs_text_gives_it_with_no_indent(tmp_path):
    # 638 l.14-17 as the PDF reader gives them, the entries' indent gone: `[ 센터 소식 ]` / `2032 년 2 분기 KIC 중국 프로그램 안내
    # ·········· 8` / `편집 후기`
    result = unindented(638, 9, 17, tmp_path)
    toc = [(e["title"], e["page"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[-2:] == [("2032년 2분기 KIC 중국 프로그램 안내", 8), ("편집 후기", None)]
    assert [(s["title"], s["page_start"]) for s in records_of(result, "sections")][-1] == ("편집 후기", 9)
