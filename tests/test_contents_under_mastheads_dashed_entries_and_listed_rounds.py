"""Shapes held-out issues 741–748 showed when first read (tests/corpus/heldout): a masthead running into the contents
with no blank line, a contents entry with dashes for its page, a count whose places the next sentence says things
took place in, rounds listed under a card label set off by a triangle, the big three of a list, a set joined with
`더한` that is no sum. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_contents_right_under_the_masthead(corpus_issue):
    # 746 l.5 `글로벌혁신센터(KIC 중국) 발행  ·  www.kicchina.org  ·  …`, l.6 `━━━━`, l.7 `IN THIS ISSUE`, l.8 `━━━━`,
    # l.9 `[정책·거시 브리핑]`, l.10 `01  2034년 1분기 중부 6개 성 경제 동향 ··········· 2`: no blank line between them
    result = corpus_issue(746)
    assert [(e["category"], e["page"]) for e in records_of(result, "issues")[0]["toc"]] == [
        ("정책·거시 브리핑", 2), ("정책·거시 브리핑", 4), ("스타트업 인사이트", 5), ("스타트업 인사이트", 6),
        ("센터 소식", 8), ("센터 소식", 8)]
    assert [(s["category"], s["title_line"]) for s in records_of(result, "sections")] == [
        ("정책·거시 브리핑", 26), ("정책·거시 브리핑", 68), ("스타트업 인사이트", 85), ("스타트업 인사이트", 103),
        ("센터 소식", 132), ("센터 소식", 138)]


def test_a_contents_entry_with_dashes_for_its_page(corpus_issue):
    # 742 l.17 `   08 ··· KIC 중국, 선전 첸하이와 창업 협력 양해각서 체결`, l.18 `   -- ··· 별첨: 2034년 2분기 KIC 중국 창업
    # 프로그램 모집 요강`
    toc = records_of(corpus_issue(742), "issues")[0]["toc"]
    assert [(e["title"], e["page"]) for e in toc[-2:]] == [
        ("KIC 중국, 선전 첸하이와 창업 협력 양해각서 체결", 8), ("별첨: 2034년 2분기 KIC 중국 창업 프로그램 모집 요강", None)]


def test_a_count_whose_places_the_next_sentence_says_things_took_place_in(corpus_issue):
    # 744 l.121 `KIC 중국은 3월 18일부터 4월 3일까지 다섯 개 도시를 돌며 '한중 스타트업 협력 설명회'를 열었다. 설명회는
    # 우한(武汉), 창사(长沙), 정저우, 시안(西安)에서 차례로 진행됐으며, …`
    assert warnings_of(corpus_issue(744), "count_mismatch") == [
        (121, "the text says 5개 도시 but lists 4: 우한(武汉), 창사(长沙), 정저우, 시안(西安)")]


def test_rounds_listed_under_a_card_label_set_off_by_a_triangle(corpus_issue):
    # 745 l.124 `▶ 투자 유치 이력`, l.125 `- 프리 A 라운드: 5,000만 위안 (2032년 1월)`, l.126 `- 시리즈 A: 1억 5,000만 위안
    # (2033년 3월)`, l.127 `- 시리즈 A+: 약 8,000만 위안 (2034년 1월)`; l.116 `▶ 투자 유치 이력` over l.117–119
    amounts = [(a["line"], a["value"], a["unit"], a["approx"]) for a in records_of(corpus_issue(745), "amounts")
               if 117 <= a["line"] <= 127]
    assert amounts == [(117, "30000000", "위안", False), (118, "200000000", "위안", False),
                       (119, "120000000", "달러", False), (125, "50000000", "위안", False),
                       (126, "150000000", "위안", False), (127, "80000000", "위안", True)]


def test_the_number_of_a_list_is_no_figure_of_its_last(corpus_issue):
    # 741 l.41 `▶ 지역 혁신 거점 육성: 베이징·상하이·웨강아오대만구(粤港澳大湾区) 3 대 국제과학기술혁신센터에 이어 …`
    assert figures_at(corpus_issue(741), 41) == []


def test_a_set_joined_with_deohan_is_no_sum(corpus_issue):
    # 747 l.35 `광둥성, 장쑤성, 산둥성에 저장성(浙江省), 쓰촨성(四川省), 허난성(河南省)을 더한 6 개 성의 1 분기 GDP 가 1 조
    # 위안을 넘어섰다.`: six provinces each past the mark, not the sum of the last three
    assert not [f for f in figures_at(corpus_issue(747), 35) if "," in f[0] or "·" in f[0]]
