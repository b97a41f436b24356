"""In an article its title and opening date nowhere, the period the first part's opening dates its results by goes on to
the later parts' paragraphs that name no year, for the same measures. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_later_parts_go_on_in_the_first_parts_period(corpus_issue):
    issue = corpus_issue(986)
    # `1) 성·직할시` l.78 `… 올해 1~3 분기 쓰촨성의 스타트업 투자액은 162 억 위안, …`; `2) 자치구` l.84 `자치구 가운데서는
    # 광시좡족자치구가 24 억 위안으로 1 위에 올랐다. … 전년 동기 대비 31.6% 급증했다. …`
    assert ("쓰촨성", "16200000000", 1, None, 2038) in figures_at(issue, 78)
    figures = figures_at(issue, 84)
    assert ("광시좡족자치구", "2400000000", 1, None, 2038) in figures
    assert ("광시좡족자치구", "31.6", None, None, 2038) in figures
    # l.86 `반면 신장위구르자치구는 6 억 위안으로 14.3% 줄었고, …`
    assert ("신장위구르자치구", "-14.3", None, None, 2038) in figures_at(issue, 86)


def test_counts_of_things_in_later_parts_stay_undated(corpus_issue):
    # 480: the first part opens `지난해 상하이의 신규 창업 기업은 51만 2,000곳으로 …`; l.194, in the next part, `상하이에서는
    # 쉬후이구(徐汇区)가 AI 대형모델 기업 34곳으로 상하이 내 1위에 올랐고, …`: a count of firms, as of no period the text gives
    figures = figures_at(corpus_issue(480), 194)
    assert ("쉬후이구", "34", 1, None, None) in figures and ("민항구", "26", 2, None, None) in figures
