"""Shapes 853–860 showed: articles headed under a hollow triangle (`▷ 제목`); a numbered category over a single
contents entry, the contents' last; articles numbered within their category's letter with spaces only after the number
(`A-1  제목`, one space in a PDF's text); a heading's source labelled in brackets (`… (출처: 해관총서(海关总署))`); a count
whose list a later clause of its sentence names (`… 구상으로, 대상 도시는 …이다`); a rank kept (`4 위 자리를 내주지
않았으며`); a city named bare that the gazetteer did not list (`산터우의`). Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, unindented, warnings_of


def test_headings_under_a_hollow_triangle_and_a_last_category_over_one_entry(corpus_issue):
    result = corpus_issue(854)
    # contents: l.11 `01 이슈 브리핑` over two entries indented, l.14 `02 스타트업 현장` over two, l.17 `03 KIC 소식` over
    # one, l.18 `    2036 KIC 중국 창업대회 본선 진출팀 발표 ………… 9`
    issue, = records_of(result, "issues")
    assert [(t["category"], t["title"], t["page"]) for t in issue["toc"]][-2:] == [
        ("스타트업 현장", "광둥·홍콩·마카오 대만구 창업 거점 점검", 7),
        ("KIC 소식", "2036 KIC 중국 창업대회 본선 진출팀 발표", 9)]
    # body: l.23 `■ 01 이슈 브리핑`, l.25 `▷ 1~4월 지역별 소비·수출 성적표`, … l.124 `■ 03 KIC 소식`, l.126 `▷ 2036 KIC …`
    sections = records_of(result, "sections")
    assert [(s["title_line"], s["category"], s["title"]) for s in sections] == [
        (25, "이슈 브리핑", "1~4월 지역별 소비·수출 성적표"),
        (53, "이슈 브리핑", "징진지 혁신기업 지도, 하이뎬구 독주 계속"),
        (83, "스타트업 현장", "체화지능 유니콘 후보 2곳"),
        (100, "스타트업 현장", "광둥·홍콩·마카오 대만구 창업 거점 점검"),
        (126, "KIC 소식", "2036 KIC 중국 창업대회 본선 진출팀 발표")]
    assert [s["seq"] for s in sections] == [1, 2, 1, 2, 1]
    # l.30 `중국 소비·수출 주요 지표 추이` over a table with year columns; l.86 `[기업 카드 ①] 링시로봇(灵犀机器人)`
    assert [(t["line_start"], t["kind"]) for t in records_of(result, "tables")] == [
        (30, "indicator"), (58, "other"), (86, "company_card"), (92, "company_card"), (105, "other")]
    assert not warnings_of(result, "line_unassigned")


def test_a_last_category_over_one_entry_with_no_indent_as_a_pdf_s_text_gives_it(tmp_path):
    # 854's contents, l.11–18, as the prints' text gives them: `03 KIC 소식` over `2036 KIC 중국 창업대회 … ………… 9`
    issue, = records_of(unindented(854, 11, 18, tmp_path), "issues")
    assert [(t["category"], t["page"]) for t in issue["toc"]] == [
        ("이슈 브리핑", 2), ("이슈 브리핑", 4), ("스타트업 현장", 6), ("스타트업 현장", 7), ("KIC 소식", 9)]
    assert issue["toc"][-1]["title"] == "2036 KIC 중국 창업대회 본선 진출팀 발표"


def _sections_of(result) -> list[tuple]:
    return [(s["title_line"], s["category"], s["seq"], s["title"]) for s in records_of(result, "sections")]


_LETTERED = [
    (25, "정책·거시 브리핑", 1, "광둥성, 제조업 스타트업 특구 지정"),
    (39, "정책·거시 브리핑", 2, "2036년 상반기 창업투자 시장과 도시별 성적"),
    (77, "스타트업 현장", 1, "휴머노이드 로봇, 도시 대항전 본격화"),
    (88, "스타트업 현장", 2, "이달의 기업: 바이링로보틱스와 신위안에너지"),
    (118, "센터 다이어리", 1, "2036 한중 청년 창업 캠프 참가 기업 모집"),
    (127, "센터 다이어리", 2, "7월 KIC 중국 주요 일정"),
]


def test_articles_numbered_by_letter_with_two_spaces_after_the_number(corpus_issue):
    # 860 l.25 `A-1  광둥성, 제조업 스타트업 특구 지정`, l.26 `글·자료 = 남방일보(南方日报)`; l.77 `B-1  휴머노이드 로봇, …`
    result = corpus_issue(860)
    assert [(t[0], t[1], t[3]) for t in _sections_of(result)] == [(t[0], t[1], t[3]) for t in _LETTERED]


def test_articles_numbered_by_letter_with_one_space_as_a_pdf_s_text_gives_them(tmp_path):
    # the prints' text of 860 keeps one space after the number (`A-1 광둥성, …`): the contents entries say they are headings
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-860.txt").read_text(encoding="utf-8")
    path = tmp_path / "kic-china-weekly-860.txt"
    path.write_text("\n".join(line.replace("  ", " ", 1) if line[:2] in ("A-", "B-", "C-") else line
                              for line in text.split("\n")), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    assert _sections_of(result) == _LETTERED


def test_a_heading_s_source_labelled_in_brackets(corpus_issue):
    # 856 l.25 `01 ｜ 2036 년 1~4 월 지역별 대외무역 성적 (출처: 해관총서(海关总署))`
    sections = records_of(corpus_issue(856), "sections")
    assert [(s["title"], s["source"], s["source_zh"]) for s in sections[:2]] == [
        ("2036년 1~4월 지역별 대외무역 성적", "해관총서", "海关总署"),
        ("서부 과학기술혁신 회랑 건설 방안 발표", "과학기술부", "科学技术部")]
    assert sections[4]["source"] is None  # l.118 `05 ｜ KIC 중국 ‘6 월 멘토링 데이’ 개최 결과`


def test_a_count_whose_list_a_later_clause_of_its_sentence_names(corpus_issue):
    # 856 l.64 `방안은 네 곳의 핵심 도시를 축으로 … 구상으로, 대상 도시는 청두(成都), 충칭, 시안(西安), 구이양(贵阳),
    # 쿤밍(昆明)이다`: four said, five named
    assert warnings_of(corpus_issue(856), "count_mismatch") == [
        (64, "the text says 4곳 but lists 5: 청두(成都), 충칭, 시안(西安), 구이양(贵阳), 쿤밍(昆明)")]


def test_a_rank_kept_is_no_rank_given_up(corpus_issue):
    # 855 l.48 `저장성(浙江省)은 2 조 1,870 억 위안으로 4 위 자리를 내주지 않았으며`
    figures = figures_at(corpus_issue(855), 48)
    assert ("저장성", "2187000000000", 4, None, 2036) in figures


def test_a_special_economic_zone_named_bare(corpus_issue):
    # 860 l.32 `광저우는 … 5,000 곳을 넘었지만 … 반면 산터우의 2036 년 1~5 월 제조업 신규 창업기업 수는 3.4% 감소해 …
    # 광둥성은 특구 지원에 3 년간 총 150 억 위안의 성급 재정을 투입한다`
    assert figures_at(corpus_issue(860), 32) == [("광저우", "5000", None, "min", 2036), ("산터우", "-3.4", None, None, 2036),
                                                 ("광둥성", "15000000000", None, None, None)]
