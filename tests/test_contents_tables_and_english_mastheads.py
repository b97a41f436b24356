"""Shapes 954 showed at first sight (a layout of its own): a masthead in English and Korean (`KIC CHINA WEEKLY · Vol.
954` over `주간 중국 창업 제 954 호` and `2038. 05. 07 (Fri)`), contents printed as a table (`No.\\t제목\\tPage`), and a count's
list closed by `이 해당된다` naming cities glossed with their Chinese. Values read by hand from the issue's lines."""

from __future__ import annotations

from conftest import records_of, warnings_of


def test_an_english_and_korean_masthead_gives_number_date_and_title(corpus_issue):
    # 954 l.2–4 `KIC CHINA WEEKLY · Vol. 954` / `주간 중국 창업 제 954 호` / `2038. 05. 07 (Fri)`
    result = corpus_issue(954)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["date"], issue["title"]) == (954, "2038-05-07", "KIC CHINA WEEKLY")
    assert not [m for _, m in warnings_of(result, "masthead_unparsed") if "954 호" in m or "(Fri)" in m]


def test_contents_printed_as_a_table(corpus_issue):
    # 954 l.12–21 `CONTENTS · 목차` / `No.\t제목\tPage` / `WEEKLY NEWS · 위클리 뉴스` /
    # `01\t1~4월 지역별 수출입 동향 — 해관총서(海关总署)\t2` / … / `06\tKIC 중국, 지역 협력 거점 5곳 추가 개설\t10`
    result = corpus_issue(954)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["title"], e["page"], e["category"]) for e in toc] == [
        ("1~4월 지역별 수출입 동향", 2, "WEEKLY NEWS · 위클리 뉴스"),
        ("국가발전개혁위원회, 2038년 서부 대개발 중점 프로젝트 공개", 3, "WEEKLY NEWS · 위클리 뉴스"),
        ("광시좡족자치구, 아세안 국경 간 전자상거래 허브 육성", 5, "WEEKLY NEWS · 위클리 뉴스"),
        ("중국 상업 위성 산업 지도", 6, "CHINA STARTUP · 중국 창업"),
        ("상업 우주 스타트업 실적과 투자 동향", 8, "CHINA STARTUP · 중국 창업"),
        ("KIC 중국, 지역 협력 거점 5곳 추가 개설", 10, "KIC NEWS · KIC 소식")]
    assert (toc[0]["source"], toc[0]["source_zh"]) == ("해관총서", "海关总署")
    assert [(s["title"], s["page_start"]) for s in records_of(result, "sections")][:2] == [
        ("1~4월 지역별 수출입 동향", 2), ("국가발전개혁위원회, 2038년 서부 대개발 중점 프로젝트 공개", 3)]


def test_a_counts_list_closed_by_haedang_naming_glossed_cities(corpus_issue):
    # 954 l.83 `… 처음 이름을 올린 국경 통상구 개발 프로젝트는 4곳으로 훠얼궈스(霍尔果斯), 얼롄하오터(二连浩特), 핑샹(凭祥)이
    # 해당된다.`
    assert warnings_of(corpus_issue(954), "count_mismatch") == [
        (83, "the text says 4곳 but lists 3: 훠얼궈스(霍尔果斯), 얼롄하오터(二连浩特), 핑샹(凭祥)")]
