"""Shapes 944 showed at first sight (a layout of its own) and 904 shares in part: contents sources in double angle
brackets, a numbered heading under a mark, an issue number with no `제`, masthead fields under `☎` and `✉`, a table's
caption printed again as `〈표 2〉 계속`, and a card's indented prose cut by a page break. Values read by hand from the
issues' lines."""

from conftest import records_of


def test_contents_sources_in_double_angle_brackets_and_marked_numbered_headings(corpus_issue):
    # 944 l.15 `   02  2037년 지역별 주민 소득 성적표, 동서 격차 소폭 축소  《국가통계국(国家统计局)》`; l.31 `◉ 01  2037년 …`
    result = corpus_issue(944)
    issue = records_of(result, "issues")[0]
    assert [(e["title"], e["source"], e["source_zh"], e["page"]) for e in issue["toc"][:2]] == [
        ("2037년 지역별 주민 소득 성적표, 동서 격차 소폭 축소", "국가통계국", "国家统计局", 2),
        ("광둥성 '1호 문건', AI·로봇 산업에 재정 집중", "남방일보", "南方日报", 4)]
    sections = [(s["category"], s["title"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")]
    assert sections[0] == ("Weekly 뉴스", "2037년 지역별 주민 소득 성적표, 동서 격차 소폭 축소", 2, 31)
    assert [s[1] for s in sections] == [e["title"] for e in issue["toc"]]


def test_a_bare_issue_number_and_fields_under_symbols(corpus_issue):
    # 944 l.6 `944호 ｜ 2038.02.05 ｜ 매주 금요일 발행`; l.9 `☎ +86-10-6780-8840 · ✉ info@kicchina.org`
    issue = records_of(corpus_issue(944), "issues")[0]
    assert (issue["number"], issue["date"], issue["phone"], issue["email"]) == (
        944, "2038-02-05", "+86-10-6780-8840", "info@kicchina.org")
    # l.1–3 `KIC 중국 글로벌혁신센터 발행` / rule / `주 간 중 국 창 업`: the title under the publisher's line
    assert (issue["title"], issue["publisher"]) == ("주 간 중 국 창 업", "KIC 중국 글로벌혁신센터")


def test_a_caption_printed_again_with_continued_after_its_number(corpus_issue):
    # 944 l.61–67 `6	광둥성	65,270	4.8	45,120` / page furniture / `〈표 2〉 계속` / the header again / `7	푸젠성	60,840	…`
    table = next(t for t in records_of(corpus_issue(944), "tables")
                 if (t["title"] or "").startswith("〈표 2〉 2037년 성별 1인당 가처분소득"))
    assert [r[1] for r in table["rows"]] == ["상하이시", "베이징시", "저장성", "장쑤성", "톈진시", "광둥성", "푸젠성", "산둥성",
                                             "네이멍구자치구", "랴오닝성"]
    assert table["unit"] == "위안"


def test_indented_prose_under_a_card_goes_on_past_a_page_break(corpus_issue):
    # 944 l.161–171 `◇ 하이란추넝(海岚储能)` / `  ├ 설립 …` … `  └ 투자 시리즈 A+ 4,500만 달러(2038년 1월) │ 누적 7,000만 달러 가량` /
    # `  저온 성능이 … 이번 투자금으로 셀 생산 능력을` / page furniture / `두 배로 늘린다.`
    cards = {c["name"]: (c["name_zh"], c["funding_value"], c["funding_unit"]) for c in records_of(corpus_issue(944), "companies")}
    assert cards["하이란추넝"] == ("海岚储能", 45000000, "달러")
    # 904 l.128–130 `[기업 ②] 이위안드론(翼远无人机)` / `  본사 ─ 장쑤성 쑤저우시 │ …` / `  투자 ─ 시리즈 A+ · 2억 5,000만 위안 이상 …`
    cards = {c["name"]: (c["name_zh"], c["funding_value"], c["funding_bound"]) for c in records_of(corpus_issue(904), "companies")}
    assert cards["이위안드론"] == ("翼远无人机", 250000000, "min")


def test_an_articles_one_source_on_the_byline_under_its_heading(corpus_issue):
    # 944 l.31–32 `◉ 01  2037년 지역별 주민 소득 성적표, …` / `   출처 ▸ 국가통계국(国家统计局)`
    sections = records_of(corpus_issue(944), "sections")
    assert [(s["source"], s["source_zh"]) for s in sections[:2]] == [("국가통계국", "国家统计局"), ("남방일보", "南方日报")]
    # the byline stays the article's first text
    assert sections[0]["blocks"][0]["text"].strip() == "출처 ▸ 국가통계국(国家统计局)"
    # 444 l.33–34: a byline naming several sources (`국가통계국(国家统计局) · 과학기술부(科学技术部) · 재정부(财政部)`) gives none
    assert next(s for s in records_of(corpus_issue(444), "sections") if s["title_line"] == 33)["source"] is None
