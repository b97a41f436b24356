"""A set grown by what a sentence has just added or named, totalled with `모두`/`총` (`… 톈수이(天水) 고신구로, 이로써
국가고신구는 모두 182 곳으로 늘었다`), is no figure of the last place named: its size is the set's. A place named in the
set's own topic still holds it (`… 올리면서 광둥성의 특색 산업단지는 모두 17곳으로`). Values read by hand from the
issues' lines."""

from conftest import figures_at


def test_a_set_totalled_after_the_places_added_is_none_of_theirs(corpus_issue):
    # 885 l.90 `… 새로 지정된 곳은 쓰촨성 이빈(宜宾), …, 간쑤성 톈수이(天水) 고신구로, 이로써 국가고신구는 모두 182 곳으로
    # 늘었다. 횃불센터는 평가 하위 10% 고신구에 대해서는 …`
    assert figures_at(corpus_issue(885), 90) == []
    # 882 l.127 `… 올해 쑤저우와 청두 거점이 새로 문을 열면서 거점 입주·보육 기업은 모두 171개사로 늘었다.`
    assert figures_at(corpus_issue(882), 127) == []


def test_a_place_in_the_totalled_set_s_topic_holds_its_size(corpus_issue):
    # 913 l.82 `… 이번에 8곳이 새로 이름을 올리면서 2037년 7월 현재 광둥성의 특색 산업단지는 모두 17곳으로 늘었다.`
    assert ("광둥성", "17", None, None, 2037) in figures_at(corpus_issue(913), 82)
