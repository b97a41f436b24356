"""Shapes 869–876 showed: categories numbered by Roman numerals and articles within them (`[Ⅰ] …`, `Ⅰ-1 │ 제목`); a mark
between a contents entry's leading page and its title (`02  ◇ 제목`); a rank set against another region's (`… 1 위였던 반면`);
a rank fought over (`2위 다툼이 치열했다`) beside ranks stated; a list of places closed by the noun naming them all
(`…, 청위(成渝) 지역으로`); ranks stated without figures (`3 위와 4 위를 유지해`) going only to figures of the ranking's
measure. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_articles_numbered_within_categories_numbered_by_roman_numerals(corpus_issue):
    result = corpus_issue(874)
    # contents l.9 `[Ⅰ] 거시·정책 브리핑`, l.10 `    Ⅰ-1  1~8월 지역 경제 지표 점검: 투자·소비·수출 ···· 2`; body l.24 `■ [Ⅰ] 거시·정책
    # 브리핑`, l.26 `Ⅰ-1 │ 1~8월 지역 경제 지표 점검: …`, … l.125 `Ⅲ-2 │ 10월 전문가 멘토링 일정`
    sections = records_of(result, "sections")
    assert [(s["title_line"], s["category"], s["seq"], s["page_start"]) for s in sections] == [
        (26, "거시·정책 브리핑", 1, 2), (48, "거시·정책 브리핑", 2, 4), (64, "스타트업 & 투자", 1, 5),
        (98, "스타트업 & 투자", 2, 7), (117, "센터 소식", 1, 9), (125, "센터 소식", 2, 10)]
    assert sections[0]["title"] == "1~8월 지역 경제 지표 점검: 투자·소비·수출"
    # l.51 `… 이번에 새로 이름을 올린 다섯 개 클러스터는 …`: four listed
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [51]


def test_a_mark_between_an_entry_s_page_and_its_title(corpus_issue):
    # 870 l.9 `  02  ◇ 국가발전개혁위원회, 하반기 내수 확대 조치 발표`
    issue, = records_of(corpus_issue(870), "issues")
    assert [(t["title"], t["page"], t["category"]) for t in issue["toc"][:2]] == [
        ("국가발전개혁위원회, 하반기 내수 확대 조치 발표", 2, "정책·거시"), ("중서부 8개 성 1~7월 경제 지표 점검", 3, "정책·거시")]


def test_a_rank_set_against_another_region_s(corpus_issue):
    # 872 l.77 `2036 년 상반기 충칭의 1 인당 가처분소득은 2 만 6,400 위안으로 서부 지역 1 위였던 반면, 간쑤성은 1 만 8,000 위안
    # 미만에 머물렀다`
    figures = figures_at(corpus_issue(872), 77)
    assert ("충칭", "26400", 1, None, 2036) in figures
    assert ("간쑤성", "18000", None, "max", 2036) in figures


def test_a_list_of_places_closed_by_the_noun_naming_them(corpus_issue):
    # 872 l.54 `… 다섯 개 지역을 1 차 선도지역으로 지정했다. 지정된 곳은 징진지(京津冀), 창장삼각주(长三角),
    # 웨강아오대만구(粤港澳大湾区), 청위(成渝) 지역으로, …`
    assert warnings_of(corpus_issue(872), "count_mismatch") == [
        (54, "the text says 5개 지역 but lists 4: 징진지(京津冀), 창장삼각주(长三角), 웨강아오대만구(粤港澳大湾区), 청위(成渝) 지역")]


def test_a_rank_fought_over_beside_ranks_stated(corpus_issue):
    # 876 l.31 `… 같은 기간 2위 산둥성(山东省)은 3조 5,870억 위안, 3위 장쑤성(江苏省)은 3조 5,140억 위안으로 집계돼 2위 다툼이
    # 치열했다`
    figures = figures_at(corpus_issue(876), 31)
    assert ("산둥성", "3587000000000", 2, None, 2036) in figures
    assert ("장쑤성", "3514000000000", 3, None, 2036) in figures


def test_the_winner_of_a_rank_fought_over_holds_it(corpus_issue):
    # 390 l.90 `4위 다툼에서는 충칭시(重庆市)가 3조 4,620억 위안으로 광저우시(广州市)를 640억 위안 차로 따돌렸다`
    assert ("충칭시", "3462000000000", 4) in [f[:3] for f in figures_at(corpus_issue(390), 90)]


def test_ranks_stated_without_figures_go_to_the_ranking_s_measure_only(corpus_issue):
    # 869 l.75 `… 광둥성이 8 조 1,560 억 위안으로 1 위 자리를 지켰고, … 산둥성(山东省)과 저장성(浙江省)도 3 위와 4 위를 유지해 …
    # 2035 년 같은 기간 5.1%였던 저장성의 성장률은 올해 상반기 5.6%로 높아졌다`: the rate is no 4th place
    assert ("저장성", "5.6", None, None, 2036) in figures_at(corpus_issue(869), 75)
    # 379 l.88 `… 홍콩(香港)이 전체의 68.5%를 차지해 압도적 1위였다. 국가별로는 싱가포르(新加坡), 한국(韩国), 일본(日本)이 차례로
    # 2~4위에 올랐다. … 한국의 대중 직접투자액은 약 38억 달러로 집계됐다`
    figures = figures_at(corpus_issue(379), 88)
    assert ("홍콩", "68.5", 1, None, 2026) in figures and ("한국", "3800000000", None, None, 2026) in figures



def test_a_category_under_its_roman_numeral_is_no_entry_s_rest(corpus_issue):
    # 884 l.17 `   09  선전 첸하이 창업지원 거점 한눈에 보기` (no source after it), l.18 `Ⅳ. 센터 소식`, l.19 `   10  KIC 중국 2036
    # 연간 성과 결산`
    issue, = records_of(corpus_issue(884), "issues")
    assert [(t["category"], t["title"], t["page"]) for t in issue["toc"]][-3:] == [
        ("스타트업 인사이드", "선전 첸하이 창업지원 거점 한눈에 보기", 9), ("센터 소식", "KIC 중국 2036 연간 성과 결산", 10),
        ("센터 소식", "연말연시 휴무 안내", 10)]


def test_a_bound_passed_barely(corpus_issue):
    # 879 l.64 `… 간쑤성은 2 만 위안을 겨우 넘는 데 그쳐 지역 간 소득 격차 해소가 여전히 과제로 남았다`
    assert ("간쑤성", "20000", None, "min", 2036) in figures_at(corpus_issue(879), 64)
