"""Shapes 773–780 showed: a count whose places the next sentence names as `그 지역`, a rule in dashes under the
contents, a rank of one measure before a clause about another, a city also a common word before `같은 기간`, and in a
PDF a particle after a gloss closing its word at a wrap. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text


def test_places_named_as_the_counted_ones_in_the_next_sentence(corpus_issue):
    # 780 l.70 `… 시범기지는 다섯 개 지역에 들어선다. 허페이, 창사(长沙), 시안(西安), 난닝(南宁)이 그 지역이다.`
    assert warnings_of(corpus_issue(780), "count_mismatch") == [
        (70, "the text says 5개 지역 but lists 4: 허페이, 창사(长沙), 시안(西安), 난닝(南宁)")]


def test_a_rule_in_dashes_under_the_contents_is_no_source(corpus_issue):
    # 778 l.20-21 `  9쪽  상하이 한중 투자자 교류회 개최` / `────────────────────────────` / `※ 본지 기사는 …`
    issue = records_of(corpus_issue(778), "issues")[0]
    assert [(e["title"], e["source"], e["page"]) for e in issue["toc"][-1:]] == [("상하이 한중 투자자 교류회 개최", None, 9)]
    assert issue["rights"] == "※ 본지 기사는 출처를 밝히면 자유롭게 인용할 수 있습니다."


def test_a_rank_of_one_measure_is_not_the_next_clauses_other(corpus_issue):
    # 775 l.97 `베이징은 투자 금액 2위를 지켰지만 투자 건수는 전 분기보다 12.4% 줄었다.`
    assert figures_at(corpus_issue(775), 97)[0] == ("베이징", "-12.4", None, None, 2034)
    # but a rank named with no measure goes to the next figure: 319 l.80 `… 한국이 처음 1 위에 올랐고, 한국행 예약은 전년
    # 동기의 2.1 배로 늘었다.`
    assert figures_at(corpus_issue(319), 80)[0] == ("한국", "2.1", 1, None, 2026)


def test_a_city_that_is_also_a_word_before_the_period_named_again(corpus_issue):
    # 778 l.112 `… 상하이시가 64건으로 가장 많았고, 베이징시가 같은 기간 51건으로 그 뒤를 이었다. 선전도 같은 기간 40건을 넘겼다.`
    assert figures_at(corpus_issue(778), 112) == [
        ("상하이시", "64", 1, None, 2034), ("베이징시", "51", 2, None, 2034), ("선전", "40", None, "min", 2034)]


def test_a_particle_after_a_gloss_closes_its_word_at_a_wrap():
    # LibreOffice's print of 778 wraps `… 허페이(合肥), 쑤저우(苏州)가` | `이름을 올렸다.` (l.62)
    assert join_text("허페이(合肥), 쑤저우(苏州)가", "이름을 올렸다.", True, "") == "허페이(合肥), 쑤저우(苏州)가 이름을 올렸다."
    assert join_text("즈푸(智谱)와 웨즈안몐(月之暗面)이", "범용 에이전트", True, "") == "즈푸(智谱)와 웨즈안몐(月之暗面)이 범용 에이전트"
