"""Kinds met in a twenty-third round (1149 drones, 1151 lithium batteries, 1153 inbound tourism, 1155 venture
capital): a unit in a note under a table with no colon (`주: 단위 만 톤, 탄산리튬 환산(LCE) 기준`), a set counted
before a list it is set aside from (`이들 3개 성 외에 광둥성, …`), rates given `각각` to the places the clauses before
named, a region's own measure named in apposition (`… 증가율인 6.1%를 웃도는`: no bound), `통해` closing no clause,
a difference as a count's noun (`81 만 1,000 명 차이가`), a multiple beside a level (not ranked), a year of record
(`2025년 말 현재`) in a sentence naming a target, and targets over years going on in the target sentence after; read by
hand from the lines named, and on text of my own."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.segment.tables import table_unit
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_clauses import clauses
from kic_extract.typed.prose_figures import block_to_figures


def test_a_unit_in_a_note_under_the_table_with_no_colon(corpus_issue):
    # 1151 l.176-181: `지역 | 주요 자원 | 2023년 | 2024년` / `장시성 | 리튬운모 | 14.6 | 18.9` … / `주: 단위 만 톤, 탄산리튬
    # 환산(LCE) 기준. 자료: …`
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(1151), "amounts") if 177 <= a["line"] <= 180]
    assert amounts == [(177, "146000", "톤"), (177, "189000", "톤"), (178, "102000", "톤"), (178, "124000", "톤"),
                       (179, "81000", "톤"), (179, "97000", "톤"), (180, "9000", "톤"), (180, "13000", "톤")]
    # (a unit for each column is none for all)
    assert table_unit("주: 단위 만 톤, 탄산리튬 환산(LCE) 기준") == "만 톤"
    assert table_unit("주: 단위 억 위안, 만 명") is None


def test_a_set_counted_before_the_list_it_is_set_aside_from(corpus_issue):
    # 1151 l.126: `… 쓰촨성 97GWh 순이었다. 이들 3개 성 외에 광둥성, 안후이성, 저장성, 후베이성, 장시성, 칭하이성 등 5개 성에서도
    # …`: six listed for five
    assert [line for line, _ in warnings_of(corpus_issue(1151), "count_mismatch")] == [126]
    # (a breakdown, each item with a count of its own, is still no list)
    assert sentence_counts("인공지능 5 개 팀, 바이오헬스 4 개 팀, 핀테크 3 개 팀 등 12 개 팀이 참가했다.") == []


def test_rates_each_to_the_places_the_clauses_before_named(corpus_issue):
    # 1151 l.77: `그다음으로는 독일이 538억 위안으로 2위, 한국이 301억 위안으로 3위였고, 증가율은 각각 9.2%, 14.5%였다.`
    assert figures_at(corpus_issue(1151), 77)[:4] == [
        ("독일", "53800000000", 2, None, 2025), ("한국", "30100000000", 3, None, 2025),
        ("독일", "9.2", None, None, 2025), ("한국", "14.5", None, None, 2025)]
    # l.75: `국가별로는 미국이 612억 위안으로 여전히 최대 수출 대상국이었지만, …`: first
    assert figures_at(corpus_issue(1151), 75)[0] == ("미국", "61200000000", 1, None, 2025)


def test_a_regions_measure_named_in_apposition_is_passed_not_a_bound(corpus_issue):
    # 1151 l.43: `… 리튬이온 배터리 수출액은 4,145 억 위안으로 전년 동기 대비 10.6% 늘었다. 같은 기간 중국 전체 상품 수출
    # 증가율인 6.1%를 크게 웃도는 수준으로, …`
    assert figures_at(corpus_issue(1151), 43) == [
        ("중국", "414500000000", None, None, 2025), ("중국", "10.6", None, None, 2025), ("중국", "6.1", None, None, 2025)]
    # (a region's own rate passing a mark keeps its bound)
    figures, _ = block_to_figures("광둥성의 수출 증가율은 6%를 웃돌았다.", 2025)
    assert [(f["region_ko"], f["value"], f["bound"]) for f in figures] == [("광둥성", "6", "min")]


def test_a_channel_closes_no_clause_and_a_difference_is_the_subjects(corpus_issue):
    # 1153 l.45: `… 2025 년 1~9 월 중국 각 통상구를 통해 입국한 외국인은 연인원 기준 2,064 만 명으로 전년 동기 대비 34.2% 늘었다.`
    assert figures_at(corpus_issue(1153), 45)[:2] == [("중국", "20640000", None, None, 2025), ("중국", "34.2", None, None, 2025)]
    # (a purpose is a clause of its own)
    assert [c for c, _ in clauses("공항을 통해 입국한 외국인은 늘었지만, 관광 수입을 위해 지원을 늘렸다.")] == [
        "공항을 통해 입국한 외국인은 늘었지만", "관광 수입을 위해", "지원을 늘렸다."]
    # l.51: `선전(深圳)은 181 만 3,000 명으로 4 위였는데, 광저우와는 81 만 1,000 명 차이가 났다.`
    assert figures_at(corpus_issue(1153), 51)[3:] == [("선전", "1813000", 4, None, 2025), ("선전", "811000", None, None, 2025)]


def test_a_multiple_beside_a_level_is_not_ranked(corpus_issue):
    # 1153 l.143: `… 청두의 톈푸국제공항(天府国际机场)을 통해 경유 무비자로 입국한 외국인은 4 만 2,000 명으로 지난해 같은 기간의
    # 2.6 배에 달해 중서부 공항 가운데 가장 많았다. 충칭(重庆)이 3 만 1,000 명으로 그 뒤를 이었고, 시안이 …으로 3 위였다.`
    assert figures_at(corpus_issue(1153), 143) == [
        ("청두", "42000", 1, None, 2025), ("청두", "2.6", None, None, 2025), ("충칭", "31000", 2, None, 2025),
        ("시안", "24000", 3, None, 2025)]


def test_a_year_of_record_and_targets_over_years(corpus_issue):
    # 1155 l.146 (an article on ten years since 2015): `… 2025년 말 현재 중국에서 운용 중인 정부인도기금은 2,086개, 목표 조성
    # 규모는 12조 8,000억 위안에 이른다. 다만 중국 전체 인도기금의 실제 모집액은 7조 2,000억 위안 수준으로 목표 대비 56.3%에 그쳤다.`
    assert [f[4] for f in figures_at(corpus_issue(1155), 146)] == [2025, 2025, 2025, 2025]
    # 1149 l.105: `… 2025년까지 성 전체 저공경제 규모를 300억 위안으로 키우고 2027년에는 500억 위안을 달성하겠다고 밝혔다.
    # 허난성은 규모 이상 저공경제 기업도 60개 안팎까지 늘릴 계획이며, …`
    assert figures_at(corpus_issue(1149), 105) == [
        ("허난성", "30000000000", None, None, 2025), ("허난성", "50000000000", None, None, 2027),
        ("허난성", "60", None, None, 2027)]
    # (what follows a target in a sentence of its own that is no target goes back to the year before)
    figures, _ = block_to_figures("2025년까지 300억 위안, 2027년에는 500억 위안을 달성하겠다고 밝혔다. 허난성의 지난해 규모는 "
                                  "120억 위안이다.", 2025, None)
    assert [(f["value"], f["year"]) for f in figures][-1] == ("12000000000", 2025)
