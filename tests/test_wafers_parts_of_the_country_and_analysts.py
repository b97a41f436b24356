"""Kinds met in a twenty-fourth round (1157 chip fabs, 1159 cross-border e-commerce, 1161 biomanufacturing, 1163
textiles moving inland): `장` counting sheets and wafers (`월 58만 장`), an opening paragraph dating its article by an
industry's size (`2024년 바이오제조 산업 규모 상위 지역은`), a part of the country as a sentence's topic (`중부와 서부
지역 기업이`), a province locating the city that is the subject of a gap (`저장성 사오싱(绍兴)의 … 3배를 웃돌았다`), the
subject right before the one compared with (`둥관이 간저우보다`), the places something is exported to (`중앙아시아
5개국에 수출한`), a firm located with `의` in a clause of cause (`우한(武汉) …의 창장춘추(长江存储)가 … 가동하면서`),
and an analyst a region names forecasting (`중국 귀진(國金)증권은 … 내다봤다`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_wafers_counted_in_sheets(corpus_issue):
    # 1157 l.103: `2025년 9월 말 현재 12인치 생산능력이 가장 큰 지역은 상하이로 월 58만 장에 이른다. 그 뒤를 이어 베이징이
    # 41만 장, 후베이성(湖北省)이 33만 장을 기록했고, 안후이성(安徽省)과 장쑤성이 각각 27만 장, 25만 장으로 4위와 5위에
    # 올랐다.`
    assert figures_at(corpus_issue(1157), 103) == [
        ("상하이", "580000", 1, None, 2025), ("베이징", "410000", 2, None, 2025), ("후베이성", "330000", 3, None, 2025),
        ("안후이성", "270000", 4, None, 2025), ("장쑤성", "250000", 5, None, 2025)]


def test_an_article_dated_by_an_industrys_size(corpus_issue):
    # 1161 l.92 (the opening): `… 종합한 결과, 2024년 바이오제조 산업 규모 상위 지역은 동부 연해에 몰려 있었고, …`; l.94:
    # `장쑤성의 바이오제조 산업 규모는 2,136억 위안으로 전국 1위 자리를 지켰다. 1년 새 12.8% 늘어나면서 …`
    assert figures_at(corpus_issue(1161), 94)[:2] == [("장쑤성", "213600000000", 1, None, 2024), ("장쑤성", "12.8", None, None, 2024)]


def test_a_part_of_the_country_as_the_topic_is_no_region(corpus_issue):
    # 1163 l.45: `… 2024년 전국 규모이상 방직·의류 기업의 영업수입은 4조 9,870억 위안으로 전년 대비 3.8% 증가했다. 이 가운데
    # 중부와 서부 지역 기업이 올린 영업수입은 1조 5,259억 위안으로 전체의 30.6%를 차지해 처음으로 30%를 넘어섰다. 10년 전인
    # 2014년 21.3%와 비교하면 9.3%p 높아졌다.`: the nation's, then a part's, then the part's again
    assert figures_at(corpus_issue(1163), 45) == [("전국", "4987000000000", None, None, 2024), ("전국", "3.8", None, None, 2024)]
    # 377 l.208: `… 중국 전체의 컴퓨팅 파워는 … 380EFLOPS로 미국에 이어 세계 2위다. 다만 서부 허브의 가동률이 아직 60% 안팎에`
    assert figures_at(corpus_issue(377), 208)[-1] == ("중국", "380", 2, None, 2026)


def test_the_subject_of_a_gap_is_the_place_meant(corpus_issue):
    # 1163 l.49: `… 공업용지 가격 차이는 더 벌어져, 저장성 사오싱(绍兴)의 공업용지 평균 거래가는 장시성 간저우(赣州)의 3배를 웃돌았다.`
    assert figures_at(corpus_issue(1163), 49)[-1] == ("사오싱", "3", None, "min", 2024)
    # l.172: `… 장시성 간저우가 4,850위안, 광둥성 둥관(东莞)이 6,920위안으로 둥관이 간저우보다 2,070위안 높았다.`
    assert figures_at(corpus_issue(1163), 172)[:3] == [
        ("간저우", "4850", None, None, 2024), ("둥관", "6920", None, None, 2024), ("둥관", "2070", None, None, 2024)]


def test_the_places_exported_to_are_counted_as_no_figure(corpus_issue):
    # 1163 l.105: `… 반면 같은 기간 신장이 중앙아시아 5개국에 수출한 방직품은 14.6% 늘었다.`
    assert figures_at(corpus_issue(1163), 105) == [("신장", "-8.4", None, None, 2025), ("신장", "14.6", None, None, 2025)]


def test_a_firm_located_in_a_clause_of_cause_leaves_the_figure_to_the_topic(corpus_issue):
    # 1157 l.109: `후베이성은 우한(武汉) 둥후(东湖)신기술개발구의 창장춘추(长江存储)가 2기 라인을 본격 가동하면서 생산능력이
    # 전년 대비 22.2% 늘었다.`
    assert figures_at(corpus_issue(1157), 109) == [("후베이성", "22.2", None, None, 2025)]


def test_an_analyst_a_region_names_forecasts_no_figure_of_it():
    # #268 l.562: `중국 귀진(國金)증권은 작년 9 월 보고서에서 창신메모리의 월 생산량이 2020 년 말 기준 웨이퍼 4 만장에서 2022
    # 년에는 20 만장으로 늘어나 … 뒤쫓을 것으로 내다봤다.`: a firm's output, no figure of China's
    figures, _ = block_to_figures("중국 귀진(國金)증권은 작년 9 월 보고서에서 창신메모리의 월 생산량이 2020 년 말 기준 웨이퍼 4 만장에서 "
                                  "2022 년에는 20 만장으로 늘어날 것으로 내다봤다.", 2023)
    assert figures == []
    # (a region the forecast names is still its figures' own)
    figures, _ = block_to_figures("중국 신궈두증권은 올해 광둥성 GDP가 5% 늘 것으로 내다봤다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("광둥성", "5")]
