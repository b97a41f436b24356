"""Kinds met in a forty-sixth round (1333 golf, 1335 funeral services, 1337 car rental, 1339 lotteries): bodies
cremated counted in `구` after a magnitude or where a label gives it; a year a change ran from (`지난해부터 … 급감하면서`) that dates no
figure of the sentences after it; a firm the region ranks first (`중국 최대 장례 기업 푸서우위안은`) owning the
clause's figures; the main ones of a count's items (`주요 거점 도시는`) that are not its list; a verb describing a
name (`지정한`) that is no word of it; a figure and the aside after it falling together (`90억 위안(15.7%) 줄었다`);
marks passed in turn (`… 2,000억 위안, 2013년 3,000억 위안을 차례로 돌파했다`); a rank stated anew not carried to the
region's change; a word the count check keys on (`여기에`) split by a PDF's wrap; a country's market named as the cause
(`미국 시장의 재고 조정 여파로`); read by hand from the lines named."""

from __future__ import annotations

from conftest import ROOT, figures_at, records_of, warnings_of
from kic_extract.ingest import Line
from kic_extract.names.mentions import lines_to_mentions
from kic_extract.pdf.wraps import join_text


def test_bodies_cremated_counted_in_a_table_and_in_prose(corpus_issue):
    result = corpus_issue(1335)
    # l.67: `유해 화장(만 구) | 559.3 | 591.6 | 617.4 | 624.8 | 633.5`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 67] == [
        ("5593000", "구"), ("5916000", "구"), ("6174000", "구"), ("6248000", "구"), ("6335000", "구")]
    # l.50: `… 산둥성의 유해 화장 건수가 61 만 2,000 구로 1 위를 차지했고 허난성(48 만 7,000 구)이 그 뒤를 이었다. 장쑤성과
    # 쓰촨성, 광둥성은 각각 40 만 구를 넘어섰다.`
    assert figures_at(result, 50) == [("산둥성", "612000", 1, None, 2024), ("허난성", "487000", 2, None, 2024),
                                      ("장쑤성", "400000", None, "min", 2024), ("쓰촨성", "400000", None, "min", 2024),
                                      ("광둥성", "400000", None, "min", 2024)]


def test_a_change_since_last_year_dates_no_later_figure(corpus_issue):
    # 1335 l.80, an article on a survey of March 2025: `하락 폭은 상하이가 6.5%로 가장 컸다. … 상하이에서는 지난해부터 푸서우위안
    # (福寿园) 등 대형 업체의 분양 실적이 급감하면서 … 분석이다. 반면 내륙의 시안과 청두는 각각 1.4%, 2.1% 올라 …`
    assert figures_at(corpus_issue(1335), 80) == [("상하이", "-6.5", 1, None, 2025), ("시안", "1.4", None, None, 2025),
                                                  ("청두", "2.1", None, None, 2025)]


def test_a_firm_ranked_first_in_a_country_owns_its_figures(corpus_issue):
    # 1335 l.175: `중국 최대 장례 기업 푸서우위안은 2024 년 매출이 20 억 7,800 만 위안으로 전년 대비 21% 감소했다.`: the firm's, no
    # region's
    assert figures_at(corpus_issue(1335), 175) == []


def test_the_main_ones_of_a_count_are_not_its_list(corpus_issue):
    result = corpus_issue(1337)
    # l.206: `… 무인 대여 거점 210곳을 운영한다. 주요 거점 도시는 청두, 쿤밍, 라싸(拉萨)다.`
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [121]


def test_a_verb_describing_a_name_is_no_word_of_it():
    # 1337 l.234: `공업정보화부와 교통운수부 등이 지정한 스마트커넥티드카(智能网联汽车) 시범구는 …`: 지 reads 智, yet `지정한` describes
    line = "공업정보화부와 교통운수부 등이 지정한 스마트커넥티드카(智能网联汽车) 시범구는 자율주행 차량과 공유차가 …"
    assert [(m.text, m.zh) for m in lines_to_mentions([Line(234, line)])] == [("스마트커넥티드카", "智能网联汽车")]


def test_a_figure_and_its_aside_fall_together_and_marks_are_passed_in_turn(corpus_issue):
    result = corpus_issue(1339)
    # l.69: `… 1 월 전국 복권 판매액은 485 억 1,900 만 위안으로 전년 동월보다 90 억 4,500 만 위안(15.7%) 줄었다.`
    assert figures_at(result, 69) == [("전국", "48519000000", None, None, 2025), ("전국", "-9045000000", None, None, 2025),
                                      ("전국", "-15.7", None, None, 2025)]
    # l.58: `중국의 복권 판매액은 2008 년 처음으로 1,000 억 위안을 넘어선 뒤 2011 년 2,000 억 위안, 2013 년 3,000 억 위안, 2017 년
    # 4,000 억 위안, 2018 년 5,000 억 위안을 차례로 돌파했다.`
    assert figures_at(result, 58) == [("중국", "100000000000", None, "min", 2008), ("중국", "200000000000", None, "min", 2011),
                                      ("중국", "300000000000", None, "min", 2013), ("중국", "400000000000", None, "min", 2017),
                                      ("중국", "500000000000", None, "min", 2018)]


def test_a_rank_stated_anew_ranks_the_level_not_the_change(corpus_issue):
    # 1339 l.107: `6 위부터 10 위까지는 쓰촨성(四川省), 후베이성(湖北省), … 순으로 집계됐다. 7 위 후베이성은 270 억 1,500 만
    # 위안으로 전년보다 2.1% 줄어 상위 10 개 성 가운데 유일하게 감소했다.`
    assert figures_at(corpus_issue(1339), 107) == [("후베이성", "27015000000", 7, None, 2024),
                                                   ("후베이성", "-2.1", None, None, 2024)]


def test_a_word_naming_a_counts_list_is_kept_whole_across_a_wrap():
    # LibreOffice's and WeasyPrint's prints of 1335 wrap l.116 `… 후저우시, 포산시가 여` | `기에 해당하며 …`; the issue writes
    # `여기에` nowhere else, but the count check keys on it (data/cue_words_kept_whole.txt)
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-1335.txt").read_text(encoding="utf-8")
    vocabulary = text.replace("포산시가 여기에", "포산시가 여\n기에")
    for inside_words in (True, False):
        for right in ("기에 해당하며 중서부에서는", " 기에 해당하며 중서부에서는"):
            assert join_text("쑤저우시, 후저우시, 포산시가 여", right, inside_words, vocabulary) == \
                "쑤저우시, 후저우시, 포산시가 여기에 해당하며 중서부에서는"


def test_a_countrys_market_named_as_the_cause_owns_no_figure(corpus_issue):
    # 1333 l.199: `중국의 골프 용품 수출은 2023년 미국 시장의 재고 조정 여파로 5.9% 줄었지만 이듬해 곧바로 반등했다.`
    assert figures_at(corpus_issue(1333), 199) == [("중국", "-5.9", None, None, 2023)]
