"""Shapes 893–900 showed: categories numbered as parts (`PART 1. 정책 레이더`), contents entries led by their page and a
code between bars (`p.02 ┃ 1-1 ┃ 제목 ┃ 출처`), headings in brackets run into their source line (`[1-1] 제목` / `출처 ▸ …`);
a table's title and unit line right under a paragraph, no blank line between; a unit line naming an amount's unit and a
rate's (`단위: 조 위안, %`); card fields parted by dashes or bars with no colon (`설립 2018 년 ─ … ─ 이번 조달 8 억 위안 ─ 누적
약 25 억 위안`), `금액 ▸ …`; a number written out in 만 under `단위: 억 위안` (`1만 5,000 이상`); a count closing its
paragraph over the items naming what it counts. Values read by hand from the issues' lines."""

from conftest import records_of, warnings_of


def _amounts_at(result, line: int) -> list[tuple]:
    return [(a["value"], a["unit"], a["approx"], a["bound"], a["cumulative"]) for a in records_of(result, "amounts")
            if a["line"] == line]


def test_categories_numbered_as_parts_and_headings_run_into_their_source(corpus_issue):
    # 900 l.8 `PART 1. 정책 레이더`, l.9 `p.02 ┃ 1-1 ┃ 과기혁신 재대출 한도 1 조 위안으로 확대 ┃ 중국인민은행(中国人民银行)`; body
    # l.25 `▣ PART 1. 정책 레이더`, l.26 `[1-1] 과기혁신 …`, l.27 `출처 ▸ 중국인민은행(中国人民银行) · 2037.4.7`, l.28 its text
    result = corpus_issue(900)
    assert [(s["title_line"], s["category"], s["seq"], s["page_start"]) for s in records_of(result, "sections")] == [
        (26, "정책 레이더", 1, 2), (42, "정책 레이더", 2, 3), (60, "지역경제 리포트", 1, 4), (75, "지역경제 리포트", 2, 5),
        (86, "딜 & 스타트업", 1, 6), (118, "딜 & 스타트업", 2, 8), (134, "센터 다이어리", 1, 9), (151, "센터 다이어리", 2, 10)]
    issue, = records_of(result, "issues")
    assert [(t["source"], t["page"], t["category"]) for t in issue["toc"][:2]] == [
        ("중국인민은행", 2, "정책 레이더"), ("공업정보화부", 3, "정책 레이더")]
    assert issue["toc"][5]["title"] == "스타트업 카드: AI·반도체 3 사"  # (l.16, no source; `PART 4. …` under it is no rest of it)


def test_a_caption_and_its_units_right_under_a_paragraph(corpus_issue):
    # 900 l.28 `… 방식이다.` / l.29 `〈표〉 과학기술 분야 대출 잔액 추이` / l.30 `단위: 조 위안, %` / l.31 the header;
    # l.32 `과학기술형 중소기업 대출 잔액	4.12	4.86	5.63`, l.34 `과학기술 대출 증가율(%)	14.2	11.8	10.6`
    result = corpus_issue(900)
    table = records_of(result, "tables")[0]
    assert table["title"] == "〈표〉 과학기술 분야 대출 잔액 추이"
    assert _amounts_at(result, 32) == [("4120000000000", "위안", False, None, False), ("4860000000000", "위안", False, None, False),
                                       ("5630000000000", "위안", False, None, False)]
    assert [a[:2] for a in _amounts_at(result, 34)] == [("14.2", "%"), ("11.8", "%"), ("10.6", "%")]


def test_a_count_closing_its_paragraph_over_the_items_it_counts(corpus_issue):
    # 900 l.44 `… 이번 명단에는 여섯 개 클러스터가 새로 이름을 올렸다.`, l.45–51 seven items `· 허페이(合肥) 양자정보 클러스터` …
    warnings = warnings_of(corpus_issue(900), "count_mismatch")
    assert [line for line, _ in warnings] == [44]
    assert warnings[0][1].startswith("the text says 6개 클러스터 but lists 7: 허페이(合肥) 양자정보 클러스터")


def test_card_fields_parted_by_dashes_with_no_colon(corpus_issue):
    # 900 l.121 `소재지 베이징시 하이뎬구(海淀区) ─ 설립 2018 년 ─ 단계 시리즈 D ─ 이번 조달 8 억 위안 ─ 누적 약 25 억 위안`
    result = corpus_issue(900)
    assert _amounts_at(result, 121) == [("800000000", "위안", False, None, False), ("2500000000", "위안", True, None, True)]
    card = next(c for c in records_of(result, "companies") if c["name_zh"] == "深势科技")
    assert (card["founded_raw"], card["funding"], card["funding_value"]) == ("2018년", "8억 위안 | 누적 약 25억 위안", 800000000)


def test_card_fields_parted_by_bars_with_no_colon_and_an_amount_label(corpus_issue):
    # 896 l.159 `   금액 ▸ 6억 위안 / 누적 유치액 약 14억 위안`
    assert _amounts_at(corpus_issue(896), 159) == [("600000000", "위안", False, None, False),
                                                   ("1400000000", "위안", True, None, True)]


def test_a_number_written_out_in_man_under_a_larger_unit(corpus_issue):
    # 898 l.31 `단위: 억 위안`, l.39 `합계	4,600	5,730	7,210	1만 5,000 이상`: 1조 5,000억 위안 at least
    assert _amounts_at(corpus_issue(898), 39)[-1] == ("1500000000000", "위안", False, "min", False)
