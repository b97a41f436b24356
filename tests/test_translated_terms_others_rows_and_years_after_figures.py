"""Kinds met in a thirty-eighth round (1269 urban renewal, 1271 data exchanges, 1273 sodium-ion batteries, 1275
designer toys), and one of a thirty-ninth (1277 rare-earth magnets): a long translated title quoted before its gloss
(`'공공데이터 자원 등록 관리 잠정 방법(公共数据资源登记管理暂行办法)'`), a translated term opening with a loanword (`데이터
요소(数据要素)`), one name whose halves a dot joins (`중국완구·영유아용품협회`), a ranked table's row of the others with no rank
(`| 기타 | 1.9 | …`), a year named only after a paragraph's figures, a term a writer names as such (`이른바
라오주샤오취(老旧小区)는`), a particle after a bracket a print wraps before, and a total counting others the rows leave out
(`합계(기타 포함)`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, names_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text


def test_translated_names_of_several_words(corpus_issue):
    # 1271 l.102: `… '공공데이터 자원 등록 관리 잠정 방법(公共数据资源登记管理暂行办法)'과 '공공데이터 자원 수권 운영 실시
    # 규범(公共数据资源授权运营实施规范)'을 …`
    assert names_at(1271, 102) == [("공공데이터 자원 등록 관리 잠정 방법", "公共数据资源登记管理暂行办法"),
                                   ("공공데이터 자원 수권 운영 실시 규범", "公共数据资源授权运营实施规范")]
    # 1271 l.158: `데이터 요소(数据要素)는 … '데이터 20조(数据二十条)'가 …`
    assert names_at(1271, 158)[0] == ("데이터 요소", "数据要素")
    # 1275 l.53: `… 중국완구·영유아용품협회(中国玩具和婴童用品协会)에 따르면 …`
    assert ("중국완구·영유아용품협회", "中国玩具和婴童用品协会") in names_at(1275, 53)


def test_a_ranked_tables_row_of_the_others_has_no_rank(corpus_issue):
    # 1273 l.126-127 (under `순위 | 지역 | 2023년 | 2024년 | 2025년`, `10 | 랴오닝성 | …`): ` | 기타 | 1.9 | 4.0 | 9.8`
    tables = [t for t in records_of(corpus_issue(1273), "tables") if t["header"][:2] == ["순위", "지역"]]
    assert tables[0]["rows"][-2:] == [[None, "기타", "1.9", "4.0", "9.8"], [None, "합계", "36.2", "86.4", "158.7"]]


def test_a_year_named_only_after_a_paragraphs_figures(corpus_issue):
    # 1271 l.57, in the part `2) 지역별` of an article its opening dates 2024: `증가율 기준으로는 … 상하이시가 150.2%로 가장
    # 가파르게 늘었고, 저장성 97.9%, 장쑤성 89.8%가 뒤따랐다. 2021년 11월 문을 연 상하이데이터거래소(…)가 …`
    assert figures_at(corpus_issue(1271), 57) == [
        ("상하이시", "150.2", 1, None, 2024), ("저장성", "97.9", 2, None, 2024), ("장쑤성", "89.8", 3, None, 2024)]


def test_a_term_named_as_such_is_no_firm(corpus_issue):
    # 1269 l.43: `… 2025년 1~9월 전국에서 새로 개조 공사에 들어간 도시 노후 주택단지, 이른바 라오주샤오취(老旧小区)는 2만 3,100개로
    # 연간 계획의 92.4%를 채웠다.`
    assert figures_at(corpus_issue(1269), 43)[:2] == [("전국", "23100", None, None, 2025), ("전국", "92.4", None, None, 2025)]


def test_a_particle_after_a_bracket_a_print_wraps_before():
    # 1275 l.312 as Chromium's print wraps it: `… 선전(10월 21일), 청두(10월 24일)` | `에서 차례로 열린다.`
    assert join_text("선전(10월 21일), 청두(10월 24일)", " 에서 차례로 열린다.", True, "") == \
        "선전(10월 21일), 청두(10월 24일)에서 차례로 열린다."


def test_a_total_counting_others_the_rows_leave_out(corpus_issue):
    # 1277 l.166-180: `국가 | 2024년 1~9월 | 2025년 1~9월 | 증감률` / `독일 | 7,420 | …` … `태국 | 1,270 | 1,380 | 8.7` /
    # `합계(기타 포함) | 41,560 | 35,320 | -15.0`: the rows and the others, no sum of the eight; only l.126's total is warned of
    assert [line for line, _ in warnings_of(corpus_issue(1277), "total_mismatch")] == [126]
