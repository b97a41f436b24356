"""Three kinds 967–972 (two writers of a new round, unseen) led to: followers going on from a rank a sentence gave
the region a gap was measured against (`2 위 베이징보다 57 억 위안 많은 규모로 … 베이징은 1,345 억 위안을 기록했고
상하이가 … 그 뒤를 이었다`), and a count's change (`… 10 곳으로 지난해보다 1 곳 늘었다`), which is no set the list
after it is checked against, unless the list is as long as the change; and a year compared with `그 전해` (the year before
that) dating its own change. Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.count_next import next_sentence_counts


def test_followers_go_on_from_the_rank_of_the_region_compared_with(corpus_issue):
    # 971 l.58 `누계 기준으로는 광둥성이 1,402 억 위안을 끌어모아 1 위에 올랐다. 2 위 베이징보다 57 억 위안 많은 규모로, …
    # 베이징은 1,345 억 위안을 기록했고 상하이가 1,205 억 위안으로 그 뒤를 이었다. 장쑤성(913 억 위안)과 저장성(821 억 위안)이
    # 다음으로 많았다.`
    figures = figures_at(corpus_issue(971), 58)
    assert ("베이징", "134500000000", 2, None, 2038) in figures
    assert figures[-3:] == [("상하이", "120500000000", 3, None, 2038), ("장쑤성", "91300000000", 4, None, 2038),
                            ("저장성", "82100000000", 5, None, 2038)]


def test_a_counts_change_is_no_set_of_its_own(corpus_issue):
    # 968 l.41 `… 상반기 GDP 가 1 조 위안을 넘어선 도시는 모두 10 곳으로 지난해보다 1 곳 늘었다. 상하이, 베이징, 선전, 충칭,
    # 광저우, 쑤저우, 청두, 항저우, 우한, 난징이 그 주인공이다.`: ten listed, as the count says
    assert all(line != 41 for line, _ in warnings_of(corpus_issue(968), "count_mismatch"))
    # 457 l.127 `… 모두 10 곳으로 지난해 같은 기간보다 두 곳 늘었다. 새로 이름을 올린 곳은 우한과 난징이다.`: the change's list
    assert all(line != 127 for line, _ in warnings_of(corpus_issue(457), "count_mismatch"))
    # a list shorter than the count and than its change is checked against the count
    assert next_sentence_counts("GDP 가 1 조 위안을 넘어선 도시는 모두 9 곳으로 지난해보다 3 곳 늘었다. 상하이, 베이징, 선전, "
                                "충칭이 그 주인공이다.") == [(9, "곳", ["상하이", "베이징", "선전", "충칭"], False)]


def test_a_year_compared_with_the_year_before_that_dates_its_own_change(corpus_issue):
    # 970 l.67 `반대로 허난성은 지난해 158 만 7,000 개로 그 전해보다 1 만 6,000 개 적었고, 헤이룽장성은 올해 상반기 신규 등록이
    # 4.8% 줄었다.` (issue of 2038): 지난해 is the year of both, `그 전해` the one compared with
    assert figures_at(corpus_issue(970), 67) == [("허난성", "1587000", None, None, 2037), ("허난성", "-16000", None, None, 2037),
                                                ("헤이룽장성", "-4.8", None, None, 2038)]
