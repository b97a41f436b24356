"""Four kinds read wrong before, from issues 965 and 966: a totals row labelled `전체`; a region a figure falls short
of (`베이징에 조금 못 미치지만`), which owns none of the figures after it; a measure of what took place in a region
(`선전에서 이뤄진 벤처투자는`) going on past its clause, but not a place where something began (`서울에 … 연 이후`); and
an article dated nowhere before a later paragraph of no regional figure (`올해 1~6 월 실제 사용 외자는 …`), whose year
dates the next paragraphs of the same measures. Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.prose_figures import block_to_figures


def test_a_row_labelled_whole_is_checked_as_a_total(corpus_issue):
    # 965 l.84–90 `표 2) 권역별 사회소비품 소매판매액` / `단위: 억 위안`: 동부 128,905, 중부 58,440, 서부 52,130, 동북 7,905
    # make 247,380 for 2038's first half, where `전체` prints 251,780; 2037's column (236,525) adds up
    assert warnings_of(corpus_issue(965), "total_mismatch") == [
        (90, "kic-china-weekly-965/t02 전체 2038년 상반기: printed 251,780, but its 4 parts add up to 247,380")]


def test_a_region_fallen_short_of_owns_no_figure_after_it(corpus_issue):
    # 965 l.264 `"지난해 선전의 R&D 투입은 약 2,600 억 위안으로 GDP 대비 6.1% 수준이었습니다. 비율로는 베이징에 조금 못
    # 미치지만, 전체 R&D 가운데 기업이 부담하는 비중은 94% 안팎으로 전국에서 가장 높습니다.`
    assert figures_at(corpus_issue(965), 264) == [("선전", "260000000000", None, None, 2037),
                                                  ("선전", "6.1", None, None, 2037), ("선전", "94", 1, None, 2037)]
    # and written with another word of degree, of other regions
    figures, _ = block_to_figures("충칭시의 수출은 3,100 억 위안이었다. 규모로는 청두에 다소 못 미치지만, 증가율은 8.2%에 달했다.", 2030)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("충칭시", "310000000000"), ("충칭시", "8.2")]


def test_what_took_place_in_a_region_goes_on_past_its_clause(corpus_issue):
    # 965 l.268 `"… 지난해 선전에서 이뤄진 벤처투자는 1,480 건으로 전년보다 12.4% 감소했고, 올해 상반기에도` / (page 10)
    # l.275 `-3.5%를 기록해 아직 바닥을 확인했다고 보기는 이릅니다.`
    assert figures_at(corpus_issue(965), 268)[:3] == [("선전", "1480", None, None, 2037),
                                                      ("선전", "-12.4", None, None, 2037),
                                                      ("선전", "-3.5", None, None, 2038)]
    # but a place a figure is brought from stays in its clause: 938 l.174 `허베이성(河北省)이 베이징에서 이전받은 기술
    # 계약액은 올해 1~11월 412억 위안으로 22.1% 증가했다.`
    assert ("허베이성", "41200000000", None, None, 2038) in figures_at(corpus_issue(938), 174)


def test_a_place_where_something_began_owns_no_count(corpus_issue):
    # 966 l.214 `… 2029 년 서울에 첫 해외 대표처를 연 이후 현재 4 개 권역에 대표처 9 곳을 두고 있다.`: the centre's
    assert figures_at(corpus_issue(966), 214) == []


def test_a_later_paragraph_dating_its_quantities_dates_the_regional_breakdown_after_it(corpus_issue):
    # 966 l.87 opens on a press conference (`7 월 24 일 … 2040 년 말까지 2 년 연장한다고 발표했다`); l.89 `"올해 1~6 월 실제
    # 사용 외자는 약 4,380 억 위안으로 …"`; l.91 `지역별로는 온도 차가 뚜렷했다. … "장쑤성이 약 610 억 위안으로 가장 많은
    # 외자를 유치했고, 상하이가 540 억 위안 가량으로 2 위였습니다. 광둥성은 그보다 35 억 위안 적은 505 억 위안으로 3 위를
    # 기록했습니다"라며 "… 시짱자치구와 닝샤후이족자치구가 … 각각 21.3%, 15.8% 늘어 증가율 1, 2 위에 올랐습니다. 반면
    # 랴오닝성과 지린성은 각각 12.6%, 9.8% 줄었습니다"`
    figures = figures_at(corpus_issue(966), 91)
    assert figures[:2] == [("장쑤성", "61000000000", 1, None, 2038), ("상하이", "54000000000", 2, None, 2038)]
    assert ("광둥성", "50500000000", 3, None, 2038) in figures
    assert figures[-2:] == [("랴오닝성", "-12.6", None, None, 2038), ("지린성", "-9.8", None, None, 2038)]
