"""Round 89 of unseen issues (1677 ink bottles, 1679 sticky notes, 1681 files and binders, 1683 whiteboards and markers),
written to the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted
with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at


def test_ordinals_before_places_and_the_holder_of_the_most(corpus_issue):
    # 1681 l.210: `2025년 상반기 이우 바인더의 최대 바이어 국가는 아랍에미리트(UAE)로, 전체 주문의 18%를 차지했다. 러시아가 13.5%로
    # 두 번째였고, 세 번째 브라질(9.2%)이 네 번째 사우디아라비아(7.9%)를 1.3%p 차로 따돌렸다.`
    assert figures_at(corpus_issue(1681), 210) == [
        ("아랍에미리트", "18", 1, None, 2025), ("러시아", "13.5", 2, None, 2025), ("브라질", "9.2", 3, None, 2025),
        ("사우디아라비아", "7.9", 4, None, 2025), ("브라질", "1.3", None, None, 2025)]


def test_just_above_a_rank_stated_in_the_sentence_before(corpus_issue):
    # 1681 l.120: `밑에서부터 보면 장시성이 40억 2,000만 위안으로 8위에 머물렀고, …. 안후이성은 52억 8,000만 위안으로 그 바로 위였다.`
    assert figures_at(corpus_issue(1681), 120)[-1] == ("안후이성", "5280000000", 7, None, 2024)


def test_districts_each_named_after_its_city_tie(corpus_issue):
    # 1681 l.143: `충칭의 량장신구(两江新区)와 청두의 톈푸신구(天府新区)는 나란히 76%로 공동 3위였다.`
    assert figures_at(corpus_issue(1681), 143)[2:4] == [("량장신구", "76", 3, None, 2024), ("톈푸신구", "76", 3, None, 2024)]


def test_shares_of_a_whole_named_before_them(corpus_issue):
    issue = corpus_issue(1681)
    # l.122: `닝보시는 저장성 문구 매출의 절반이 넘는 64.5%를 차지했는데, 이는 전국 매출의 23.1%에 해당한다.`
    assert figures_at(issue, 122)[:2] == [("닝보시", "64.5", None, None, 2024), ("닝보시", "23.1", None, None, 2024)]
    # l.76: `닝하이는 … 세계 시장의 60% 이상을 점유하고 있으며, 연필깎이 중국 내수 시장에서는 점유율이 75%에 이른다.`
    assert figures_at(issue, 76)[2] == ("닝하이", "75", None, None, 2024)
    # 1683 l.152: `… 원저우와 닝하이가 각각 전국의 27%를 차지해 공동 1 위에 올랐다.`: each one's, the country only the whole
    assert figures_at(corpus_issue(1683), 152)[:2] == [("원저우", "27", 1, None, 2024), ("닝하이", "27", 1, None, 2024)]


def test_the_threshold_of_a_class_of_firms_is_no_figure(corpus_issue):
    # 1681 l.92: `… 매출은 1,710억 위안으로 … 증가했다. 연 매출 100억 위안이 넘는 문구 기업은 광둥성에 두 곳, 저장성에 다섯 곳이
    # 있는 것으로 나타났다.`
    assert figures_at(corpus_issue(1681), 92)[2:] == [("광둥성", "2", None, None, 2024), ("저장성", "5", None, None, 2024)]
    # 1683 l.138: `원저우는 2024 년 기준 제필 기업 250 곳 남짓이 모여 있는 중국 최대 필기구 산지다. … 다만 연 매출 10 억 위안을 넘는
    # 원저우 제필 기업은 세 곳에 불과해 …`: no rank for what the place is the most of, no figure for the threshold
    assert figures_at(corpus_issue(1683), 138) == [
        ("원저우", "250", None, "min", 2024), ("원저우", "9200000000", None, None, 2024), ("원저우", "17.3", None, None, 2024),
        ("원저우", "3", None, None, 2024)]


def test_counts_in_words_of_things_a_place_has(corpus_issue):
    # 1681 l.139: `광둥성에서는 2024년 서류 보관용품 특화 산업단지가 세 곳 지정됐다.`
    assert figures_at(corpus_issue(1681), 139) == [("광둥성", "3", None, None, 2024)]
    issue = corpus_issue(1677)
    # l.172: `황푸구에는 잉크를 즉석에서 조색해 주는 '잉크 바'가 다섯 곳 있다.`; l.179: `항저우 시후구(西湖区)에는 잉크 바가 세 곳
    # 문을 열었고`
    assert ("황푸구", "5", None, None, 2025) in figures_at(issue, 172)
    assert ("시후구", "3", None, None, 2025) in figures_at(issue, 179)
    # 1679 l.73: `닝하이현의 국가급 '제조업 단일품목 챔피언' 기업도 네 곳에 이른다.`
    assert figures_at(corpus_issue(1679), 73)[-1] == ("닝하이현", "4", None, None, 2024)


def test_periods_listed_then_the_most_of_them_rank_no_place(corpus_issue):
    # 1683 l.40: `… 영업수입은 1 분기 398 억 위안, 2 분기 452 억 위안, 3 분기 468 억 위안으로 … 3 분기에 가장 많았다.`
    assert figures_at(corpus_issue(1683), 40) == [
        ("중국", "39800000000", None, None, 2025), ("중국", "45200000000", None, None, 2025),
        ("중국", "46800000000", None, None, 2025)]


def test_a_set_counted_and_its_ranking_from_both_ends(corpus_issue):
    issue = corpus_issue(1683)
    # l.82: `닝보 5 개 산지의 2024 년 문구 매출 증가율은 닝하이와 베이룬구가 나란히 6.8%로 가장 높았고, 위야오시는 1.2%로 가장
    # 낮았다.`: the production areas counted are no figure; a tie for first, the last of five
    assert figures_at(issue, 82) == [("닝하이", "6.8", 1, None, 2024), ("베이룬구", "6.8", 1, None, 2024),
                                     ("위야오시", "1.2", 5, None, 2024)]
    # l.77: `닝보시 전체 문구 기업 2,100 곳 남짓 가운데 닝하이가 772 곳으로 가장 많`: the city's whole, unranked
    assert figures_at(issue, 77)[:2] == [("닝보시", "2100", None, "min", 2025), ("닝하이", "772", 1, None, 2025)]


def test_a_level_a_change_starts_from_in_a_unit_read_after_a_magnitude(corpus_issue):
    # 1677 l.87: `퉁루의 병잉크 생산량은 2023년 1,850만 병에서 2025년 3,120만 병으로 불어났다.`
    assert figures_at(corpus_issue(1677), 87)[:2] == [("퉁루", "18500000", None, None, 2023), ("퉁루", "31200000", None, None, 2025)]


def test_figures_conceded_and_described_before_their_place(corpus_issue):
    issue = corpus_issue(1679)
    # l.73: `… 닝하이현(宁海县)은 인구 70만 명 남짓의 작은 현이지만 중국 문구 업계에서는 첫손에 꼽히는 산지다.`: its people rank nothing
    assert figures_at(issue, 73)[0] == ("닝하이현", "700000", None, "min", 2024)
    # l.88: `문구·문화창의 기업 3,000여 곳이 모여 있는 저장성 이우시는 …`
    assert figures_at(issue, 88)[0] == ("이우시", "3000", None, None, 2025)
    # l.153: `2024년 저장성 메모지류 생산액의 35%가량은 닝하이현에서, 21%는 원저우시 창난현(苍南县)에서 나왔다.`
    assert figures_at(issue, 153)[:2] == [("닝하이현", "35", None, None, 2024), ("창난현", "21", None, None, 2024)]


def test_a_wrap_between_a_city_and_its_district_opening_like_a_particle():
    # 1683's LibreOffice print wraps l.120 `쓰촨성에서는 청두시` | `가오신구가 2025 년 …`: two words
    from kic_extract.pdf.wraps import join_text

    assert join_text("쓰촨성에서는 청두시", "가오신구가 2025 년", True, "") == "쓰촨성에서는 청두시 가오신구가 2025 년"
