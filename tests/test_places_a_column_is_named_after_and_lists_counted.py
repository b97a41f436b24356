"""Kinds met in a twenty-eighth round (1189 AI models, 1191 cold-chain logistics, 1193 solar exports, 1195 pets): places
a bilingual table's column is named after (`허린거얼 클러스터 和林格尔集群`), a change against the year before as a
table's rate column (`전년 대비` under `단위: 억 달러, %`), an opening paragraph whose figure comes before the date its
data are as of, people of both countries counted, a list opened by `…를 비롯해` or closed by the part of the country it
is (`…, 닝샤 서부 5개 허브`), counts gathered in turn (`6곳이 베이징, 2곳이 상하이에`) or flowing to one place, cubic
metres, a noun ending like a verb (`냉동창고`), and a count of places listed that none of them holds; read by hand from
the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.typed.bilingual import column_places
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.gdp import split_clauses
from kic_extract.typed.prose_figures import block_to_figures


def test_places_a_bilingual_column_is_named_after(corpus_issue):
    # 1189 l.99: `… 허린거얼이 18만 개로 가장 크고, 구이안(15만 개)과 사오관(12만 개)이 그 뒤를 잇는다. 중웨이 클러스터는 …
    # 35.0% 늘어 …`, under 표 2 (l.103-113: `… | 허린거얼 클러스터 和林格尔集群 | 18`, `… | 구이안 클러스터 贵安集群 | 15`)
    assert figures_at(corpus_issue(1189), 99) == [
        ("허린거얼", "180000", 1, None, 2024), ("구이안", "150000", 2, None, 2024), ("사오관", "120000", 3, None, 2024),
        ("중웨이", "35", 1, None, 2024)]
    # l.120: `2024년 말 현재 우후 클러스터는 표준 랙 10만 5,000개를 갖췄다.`
    assert figures_at(corpus_issue(1189), 120) == [("우후", "105000", None, None, 2024)]
    # (a column of firms whose names open with one city's is no column of places)
    assert column_places(["화웨이 클라우드 华为云", "알리 클라우드 阿里云", "둥팡 클라우드 东方云"]) == {}


def test_a_change_on_the_year_before_is_a_rate_column(corpus_issue):
    # 1193 l.98-100: `단위: 억 달러, %` / `순위 | 지역 | 수출액 | 전년 대비 | 비중` / `1 | 장쑤성 | 102.7 | -14.2 | 34.7`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1193), "amounts") if a["line"] == 100]
    assert amounts == [("10270000000", "달러"), ("-14.2", "%"), ("34.7", "%")]
    assert warnings_of(corpus_issue(1193), "total_mismatch") == [
        (114, "kic-china-weekly-1193/t02 합계 수출액: printed 296.0, but its 9 parts add up to 294.0")]


def test_an_opening_figure_before_the_date_its_data_are_as_of_and_both_countries(corpus_issue):
    # 1193 l.148 (an article's opening, its title naming no year): `중국 태양광 산업은 … 세계 생산능력의 80% 이상을 쥐고 있다.
    # 2025년 말 기준 단계별 생산능력은 아래 표와 같다.`
    assert figures_at(corpus_issue(1193), 148) == [("중국", "80", None, "min", 2025)]
    # l.259: `… 이번 세미나는 중국 태양광 업계의 … 취지로 마련됐으며, 양국 기업과 연구기관 관계자 80여 명이 참석했다.`
    assert figures_at(corpus_issue(1193), 259) == []


def test_lists_opened_by_a_lead_or_closed_by_their_part_of_the_country(corpus_issue):
    # 1189 l.116: `… 마친 곳은 네이멍구, 구이저우, 간쑤, 닝샤 서부 5개 허브로, …`
    assert warnings_of(corpus_issue(1189), "count_mismatch") == [
        (116, "the text says 5개 허브 but lists 4: 네이멍구, 구이저우, 간쑤, 닝샤")]
    # l.136: `딥시크로 알려진 선두추쒀(深度求索)를 비롯해 위수커지(宇树科技), …, 유시커쉐(游戏科学) 6개 기업이 …`: six, as stated
    assert sentence_counts("선두추쒀(深度求索)를 비롯해 위수커지(宇树科技), 창나오커지(强脑科技), 유시커쉐(游戏科学) 4개 기업이 "
                           "두각을 나타냈다.")[0][2] == [
        "선두추쒀(深度求索)", "위수커지(宇树科技)", "창나오커지(强脑科技)", "유시커쉐(游戏科学)"]


def test_counts_gathered_in_turn_or_flowing_to_one_place(corpus_issue):
    # 1189 l.208: `… 상위 8개 기업을 보면 6곳이 베이징, 2곳이 상하이에 본사를 두고 있다.`
    assert figures_at(corpus_issue(1189), 208) == [("베이징", "6", None, None, 2025), ("상하이", "2", None, None, 2025)]
    # l.50: `… 전국 투자액의 39.2%가 베이징 한 곳으로 흘러든 셈이다.`
    assert figures_at(corpus_issue(1189), 50)[1] == ("베이징", "39.2", None, None, 2024)


def test_cubic_metres_a_store_ending_like_a_verb_and_a_list_counted(corpus_issue):
    # 1191 l.127: `2024년 중국의 1인당 냉동창고 용량은 0.18㎥로 미국(0.49㎥)과 일본(0.32㎥)에 크게 뒤처졌다.`
    assert figures_at(corpus_issue(1191), 127) == [
        ("중국", "0.18", None, None, 2024), ("미국", "0.49", None, None, 2024), ("일본", "0.32", None, None, 2024)]
    # l.72: `▶ … 2027년까지 전국 냉동창고 용량을 1억 1,000만 톤 이상으로 끌어올린다.`: `창고` closes no clause
    assert figures_at(corpus_issue(1191), 72) == [("전국", "110000000", None, "min", 2027)]
    assert [c for c, _ in split_clauses("전국 냉동창고 용량을 늘리고 물류창고 500곳을 짓는다.")] == [
        "전국 냉동창고 용량을 늘리고", "물류창고 500곳을 짓는다."]
    # l.143: `협력 대상 항만은 잔장(湛江), 하이커우, 양푸(洋浦), 광저우 난사(南沙), 선전 옌톈(盐田), 싼야(三亚)의 7개 항만이다.`: the
    # list's size (wrong: six are listed), no port's figure
    assert figures_at(corpus_issue(1191), 143) == []
    # (nor is what is done in all the countries listed one country's: `미국, …, 일본 5개국에서 해외창고 32곳을 운영한다`)
    figures, _ = block_to_figures("미국, 독일, 폴란드, 영국, 일본 5개국에서 해외창고 32곳을 운영한다.", 2025)
    assert figures == []
