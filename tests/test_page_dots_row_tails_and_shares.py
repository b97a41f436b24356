"""Shapes held-out issues 625–628 showed when first read (tests/corpus/heldout). Values read by hand from the issues'
lines."""

from conftest import figures_at, records_of, warnings_of


def test_contents_entries_led_by_their_page_and_a_dot(corpus_issue):
    # 628 l.8-16 `〔 마켓 & 리전 〕` / `  02 · 분기별 지표로 본 2031 년 중국 소비·소득 흐름 ─ 중국경제망(中国经济网)` / … /
    # `  08 · KIC 중국, 선전 첸하이 한중 협력 데스크 개소` / `      · 알림: 2032 년 1 분기 멘토링 프로그램 신청 안내`
    result = corpus_issue(628)
    toc = [(e["title"], e["page"], e["category"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[0] == ("분기별 지표로 본 2031년 중국 소비·소득 흐름", 2, "마켓 & 리전")
    assert [page for _, page, _ in toc] == [2, 3, 5, 6, 8, None]
    assert [(s["page_start"], s["title_line"]) for s in records_of(result, "sections")] == [
        (2, 23), (3, 42), (5, 74), (6, 88), (8, 117), (8, 121)]


def test_a_row_label_whose_spec_says_cumulative(corpus_issue):
    # 628 l.31 `주민 1 인당 가처분소득(누적, 위안)\t15,320\t27,150\t41,480\t55,870`
    amounts = [(a["value"], a["unit"], a["cumulative"]) for a in records_of(corpus_issue(628), "amounts") if a["line"] == 31]
    assert amounts == [("15320", "위안", True), ("27150", "위안", True), ("41480", "위안", True), ("55870", "위안", True)]


def test_a_rows_last_cell_alone_after_the_page_break(corpus_issue):
    # 627 l.49-55 `도시 조사실업률(%)\t5.1\t5.0` / (blank, furniture, blank) / `5.1` / `*출처: 국가통계국 발표 자료 종합`
    result = corpus_issue(627)
    table = records_of(result, "tables")[0]
    assert table["rows"][-1] == ["도시 조사실업률(%)", "5.1", "5.0", "5.1"]
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 49] == [
        ("5.1", "%"), ("5", "%"), ("5.1", "%")]


def test_two_names_joined_by_and_opening_a_counted_list(corpus_issue):
    # 627 l.150 `… 우수상은 메디브릿지와 소리결, 온다랩 세 팀에 돌아갔다.`: three, as the text says
    assert 150 not in [line for line, _ in warnings_of(corpus_issue(627), "count_mismatch")]


def test_a_quarter_under_way_after_a_year_named_is_that_years(corpus_issue):
    # 625 (2 January 2032) l.52 `… 2031 년 1~3 분기 중국의 국내총생산(GDP)은 … 4.6% 증가했다. 중국 경제는 분기별로 1 분기 4.9%,
    # 2 분기 4.7%, 3 분기 4.3% 성장해 …`
    assert [(f[1], f[4]) for f in figures_at(corpus_issue(625), 52)] == [
        ("101860000000000", 2031), ("4.6", 2031), ("4.9", 2031), ("4.7", 2031), ("4.3", 2031)]


def test_a_rank_in_terms_of_share_goes_to_the_share(corpus_issue):
    # 626 l.63 `항저우의 디지털 경제 핵심 산업 부가가치는 6,120억 위안으로 GDP 의 26.8%를 차지해 비중 면에서 주요 도시 중
    # 가장 높았다.`
    figures = [f for f in figures_at(corpus_issue(626), 63) if f[0] == "항저우"]
    assert figures == [("항저우", "612000000000", None, None, 2031), ("항저우", "26.8", 1, None, 2031)]


def test_a_native_numeral_against_its_counter():
    # 626 l.67 as LibreOffice's and WeasyPrint's prints give it, the space before the counter gone: `… 허페이(合肥),
    # 창사(长沙), 시안, 청두 다섯개 지역을 꼽았다.` (four listed, five said)
    from kic_extract.typed.counts import sentence_counts

    line = "'신흥 창업 거점'으로 허페이(合肥), 창사(长沙), 시안, 청두 다섯개 지역을 꼽았다."
    assert sentence_counts(line) == [(5, "개 지역", ["허페이(合肥)", "창사(长沙)", "시안", "청두"], False)]
    assert sentence_counts("한곳에 모인 두개 기업") == []


def test_tags_in_angle_brackets(corpus_issue):
    # 630 l.15 `  05  〈투자동향〉 2031년 4분기 벤처투자, 반도체·로봇에 몰렸다 / 칭커연구센터(清科研究中心)`, and the heading it
    # stands over in the body
    result = corpus_issue(630)
    entry = records_of(result, "issues")[0]["toc"][2]
    assert (entry["title"], entry["tag"], entry["page"], entry["source"]) == (
        "2031년 4분기 벤처투자, 반도체·로봇에 몰렸다", "투자동향", 5, "칭커연구센터")
    assert [(s["title"], s["page_start"]) for s in records_of(result, "sections")][2:] == [
        ("2031년 4분기 벤처투자, 반도체·로봇에 몰렸다", 5), ("연초 투자 유치에 성공한 스타트업", 7),
        ("KIC 중국, 선전 대표처 개소 준비 본격화", 9), ("3월 중국 진출 설명회 참가 기업 모집", 10)]


def test_funding_written_as_a_loanword(corpus_issue):
    # 630 l.97-100 `◆ 추이웨이차(翠微茶) ─ 신식 차음료 브랜드` / `  설립 2029년 7월 · 본사 …` / `  펀딩: 엔젤 1,200만 위안(2029.10) →
    # 시리즈 A 1억 위안(2031.4) → 시리즈 A+ 3억 위안(2032.1)` / `  누적 투자 유치액: 4억 1,200만 위안`
    amounts = [(a["line"], a["value"], a["cumulative"]) for a in records_of(corpus_issue(630), "amounts")
               if 99 <= a["line"] <= 100]
    assert amounts == [(99, "12000000", False), (99, "100000000", False), (99, "300000000", False),
                       (100, "412000000", True)]


def test_a_card_printed_as_a_table_of_two_columns(corpus_issue):
    # 632 l.106-110 `■ 톈궁싱(天工行)` / `기업명\t北京天工行具身智能科技有限公司` / `설립\t2028.07.15` / `본사\t베이징시 하이뎬구` /
    # `투자 유치\t엔젤 3,000 만 위안(2028.12) / 시리즈 A 2 억 위안(2030.05) / 시리즈 B+ 1 억 달러(2031.09)`
    result = corpus_issue(632)
    card = next(t for t in records_of(result, "tables") if t["line_start"] == 106)
    assert (card["kind"], card["header"], card["rows"][:2]) == (
        "company_card", [], [["기업명", "北京天工行具身智能科技有限公司"], ["설립", "2028.07.15"]])
    company = next(c for c in records_of(result, "companies") if c["line_start"] == 106)
    assert (company["name"], company["name_zh"], company["founded_raw"]) == ("톈궁싱", "天工行", "2028.07.15")
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 110] == [
        ("30000000", "위안"), ("200000000", "위안"), ("100000000", "달러")]


def test_a_clipping_under_its_own_banner_set_apart_from_its_paragraph(tmp_path):
    # 621 l.129-132 as the PDF prints read it: `CHINA 뉴스 클리핑` / (blank) / `1. 中 배터리 재활용 스타트업, 유럽 공략 속도
    # (한중경제신문. 2031.12.02)` / (blank) / `유럽연합이 …`: the heading a line of its own
    from conftest import ROOT
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    lines = (ROOT / "tests/corpus/heldout/kic-china-weekly-621.txt").read_text(encoding="utf-8").split("\n")
    assert lines[130].startswith("1. 中 배터리 재활용")
    path = tmp_path / "kic-china-weekly-621.txt"
    path.write_text("\n".join(lines[:131] + [""] + lines[131:]), encoding="utf-8")
    sections = records_of(extract_issue(path, path.name, Settings()), "sections")
    clipping = next(s for s in sections if s["title_line"] == 131)
    assert (clipping["title"], clipping["category"], clipping["source"]) == (
        "中 배터리 재활용 스타트업, 유럽 공략 속도", "CHINA 뉴스 클리핑", "한중경제신문")


def test_a_region_as_a_whole_is_the_topic_of_the_figures_after_it(corpus_issue):
    # 631 l.59 `2031 년 1 인당 소비지출은 중국 전체로 3 만 4,150 위안을 기록해 4.6% 증가했다.`
    assert figures_at(corpus_issue(631), 59)[:2] == [("중국", "34150", None, None, 2031), ("중국", "4.6", None, None, 2031)]
