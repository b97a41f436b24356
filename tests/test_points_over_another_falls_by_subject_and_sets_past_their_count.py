"""Shapes 829–836 showed: points by which a region exceeds another's measure (`중국 전체 성장률을 0.5%p 웃돌았다`, in a
print with the particle a space apart, `광둥성(4.3%) 보다 0.4%p`), rates each after its region's subject particle before
one verb of falling, cities a report compares counted by the regions they come from, figures of a policy after the
places it covers and their count, and what an industry expects after a sentence about a region. Values read by hand
from the issues' lines."""

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_points_over_another_region_s_measure_are_the_subject_s(corpus_issue):
    # 833 l.54 `… 경제 규모 상위 지역 중에서는 저장성이 4.8% 성장해 중국 전체 성장률을 0.5%p 웃돌았다. …`
    got = figures_at(corpus_issue(833), 54)
    assert ("저장성", "0.5", None, None, 2035) in got and not [f for f in got if f[0] == "중국"]
    # 834 l.37 as Chromium's print gives it: `장쑤성은 4.7% 성장해 광둥성(4.3%) 보다 0.4%p 높은 성장률을 기록하며 …`
    figures, _ = block_to_figures("장쑤성은 4.7% 성장해 광둥성(4.3%) 보다 0.4%p 높은 성장률을 기록하며 두 지역 간 격차를 한층 "
                                  "좁혔다.", 2035)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("장쑤성", "4.7"), ("광둥성", "4.3"), ("장쑤성", "0.4")]


def test_rates_each_after_its_subject_before_one_verb_of_falling(corpus_issue):
    # 834 l.45 `… 일반공공예산 수입은 헤이룽장성(黑龙江省)이 4.7%, 랴오닝성(辽宁省)이 3.2% 줄어든 반면, 안후이성(安徽省)은 6.5% 늘었다.`
    assert figures_at(corpus_issue(834), 45) == [("헤이룽장성", "-4.7", None, None, 2035), ("랴오닝성", "-3.2", None, None, 2035),
                                                  ("안후이성", "6.5", None, None, 2035)]


def test_no_region_s_figures_in_a_report_s_cities_a_policy_s_limits_or_an_industry_s_forecast(corpus_issue):
    # 830 l.66 `… 보고서’는 창장삼각주(长江三角洲)와 웨강아오대만구(粤港澳大湾区)에서 각각 세 곳씩, 모두 6개 핵심 도시의 … 비교했다.`
    assert figures_at(corpus_issue(830), 66) == []
    # 832 l.74 `적용 대상은 …, 네이멍구자치구(内蒙古自治区) 다섯 개 지역으로, 국경 무역 주민의 면세 한도를 1 인당 하루 8,000
    # 위안에서 1 만 2,000 위안으로 …`
    assert figures_at(corpus_issue(832), 74) == []
    # 831 l.114 `… 광둥성의 차량용 수소 평균 소매가격은 kg 당 25 위안 미만으로 내려가 … 업계는 내년 판매량이 7 만 대를 넘어설 것으로 …`
    assert [f for f in figures_at(corpus_issue(831), 114) if f[0] == "광둥성"] == [("광둥성", "25", None, "max", 2035)]
