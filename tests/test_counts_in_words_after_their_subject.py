"""A count written in native numerals right after its region's subject (`상하이가 세 건으로 가장 많았고`, `베이징과
광저우가 각각 두 곳이었다`, `… 우한은 각각 한 건이었다`) is that region's figure, ranked like one in digits; a count in
words after a noun that is not its region's (`로봇 분야가 세 건`), or spelt out after it (`세 곳, 즉 …`), is none.
Values read by hand from the issues' lines."""

from conftest import figures_at


def test_counts_in_words_ranked_after_their_subjects(corpus_issue):
    # 501 l.168 `… 상하이가 세 건으로 가장 많았고, 베이징이 두 건으로 뒤를 이었다. 쑤저우·허페이·항저우·선전·우한은 각각 한 건이었다.`
    assert figures_at(corpus_issue(501), 168) == [
        ("상하이", "3", 1, None, 2029), ("베이징", "2", 2, None, 2029), ("쑤저우", "1", None, None, 2029),
        ("허페이", "1", None, None, 2029), ("항저우", "1", None, None, 2029), ("선전", "1", None, None, 2029),
        ("우한", "1", None, None, 2029)]
    # 488 l.145 `본사 소재지별로는 상하이 기업이 세 곳(…)으로 가장 많았고, 베이징과 광저우가 각각 두 곳이었다. …`
    assert figures_at(corpus_issue(488), 145)[:3] == [("상하이", "3", 1, None, 2029), ("베이징", "2", None, None, 2029),
                                                      ("광저우", "2", None, None, 2029)]


def test_counts_in_words_of_something_else_are_no_region_s(corpus_issue):
    # 500 l.132 `… 중국에서 공개된 스타트업 투자는 모두 150건으로 집계됐다. 금액 기준 상위 10건 가운데 로봇 분야가 세 건(1·5·8위)을 …`
    assert figures_at(corpus_issue(500), 132) == [("중국", "150", None, None, 2029)]
    # 546 l.63 `… 보고서'는 대만구 11개 도시의 혁신 자원이 세 곳, 즉 선전시·광저우시·홍콩에 집중돼 있다고 분석했다.`
    assert figures_at(corpus_issue(546), 63) == []
