"""A figure in a clause that describes the region right after it belongs to that region, with the figure's noun between
them too (`2.3% 성장에 그친 헤이룽장성은`), not to the subject of a clause before. Values read by hand from the
issues' lines."""

from conftest import figures_at


def test_a_figure_with_its_noun_before_the_region_it_describes(corpus_issue):
    # 890 l.63 `… 톈진시(天津市)는 지난해 일반공공예산수입이 2.1% 줄어든 가운데 올해 목표를 4% 안팎으로 제시했고, 2036년 2.3%
    # 성장에 그친 헤이룽장성은 ‘3% 이상’을 목표로 내걸었다.`
    got = figures_at(corpus_issue(890), 63)
    assert ("헤이룽장성", "2.3", None, None, 2036) in got
    assert [f[1] for f in got if f[0] == "톈진시"] == ["-2.1", "4"]
