"""A region that moved by steps (`한 계단 내려앉았다`) from a rank the text gives it before, held (`4 위였던`, `정상을 차지했던`)
or the one it was passed at (`…을 제치고 선두에 올랐고`), holds the rank it moved to. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _ranks(text: str) -> list[tuple[str, str, int | None]]:
    out, _ = block_to_figures(text, 2038)
    return [(f["region_ko"], f["value"], f["rank"]) for f in out]


def test_a_rank_held_then_moved(corpus_issue):
    # 981 l.74 `충칭은 … 광저우를 515 억 위안 차이로 따돌리고 4 위에 올랐다. 지난해 같은 기간 4 위였던 광저우는 2 조 7,115 억 위안에
    # 머물며 순위가 한 계단 내려앉았다.`
    assert ("광저우", "2711500000000", 5, None, 2038) in figures_at(corpus_issue(981), 74)
    # 982 l.70 `지난해 4 위였던 산둥성은 109 억 7,000 만 달러에 그쳐 순위가 한 계단 내려앉았는데, 감소율이 11.5%에 이르렀다.`: the
    # level moved, not the rate
    figures = figures_at(corpus_issue(982), 70)
    assert ("산둥성", "10970000000", 5, None, 2038) in figures and ("산둥성", "-11.5", None, None, 2038) in figures
    # 475 l.209 `2027 년 정상을 차지했던 광둥성은 331 만 대로 한 계단 내려앉았고`
    assert ("광둥성", "3310000", 2, None, 2028) in figures_at(corpus_issue(475), 209)


def test_a_rank_passed_at_then_moved(corpus_issue):
    # 578 l.42 `장쑤성(江苏省)이 1,876 억 위안을 끌어들이며 광둥성(广东省)을 제치고 선두에 올랐고, 광둥성은 1,742 억 위안으로 한 계단
    # 내려앉았다.`
    assert ("광둥성", "174200000000", 2, None, 2030) in figures_at(corpus_issue(578), 42)


def test_steps_up_a_stated_rank_and_a_rate_left_alone():
    assert _ranks("지난해 7 위였던 허페이는 1 조 2,000 억 위안으로 두 계단 뛰어올랐다.") == [("허페이", "1200000000000", 5)]
    # the new rank written: the stated one
    assert _ranks("청두시는 81.9점을 얻어 지난해보다 두 계단 오른 5위를 기록했다.") == [("청두시", "81.9", 5)]
    # 352 l.42: `허난성은 5.5%의 견조한 성장률을 기록하고도 한 계단 내려앉았다` after `쓰촨성이 … 허난성을 … 제치고 … 5위에 올랐다`
    assert ("허난성", "5.5", None) in _ranks("쓰촨성이 3조 3,419억 위안으로 허난성을 326억 위안 차이로 제치고 5위에 올랐다. "
                                            "허난성은 5.5%의 견조한 성장률을 기록하고도 한 계단 내려앉았다.")
    # no rank before it: none moved to
    assert _ranks("광저우는 2 조 7,115 억 위안에 머물며 순위가 한 계단 내려앉았다.") == [("광저우", "2711500000000", None)]


def test_a_region_passed_then_moved_and_the_change_of_its_level(corpus_issue):
    # 984 l.64 `쓰촨성은 6.0% 늘어난 2,947 억 위안을 기록하며 허난성을 제치고 7 위에 올랐고, 1.9% 줄어든 2,776 억 위안에 그친 허난성은
    # 한 계단 밀려났다.`: 허난성 eighth, and the fall is of its level (the rate's verb makes it describe the level after it)
    figures = figures_at(corpus_issue(984), 64)
    assert ("쓰촨성", "294700000000", 7, None, 2038) in figures and ("쓰촨성", "6", None, None, 2038) in figures
    assert ("허난성", "277600000000", 8, None, 2038) in figures and ("허난성", "-1.9", None, None, 2038) in figures


def test_a_rank_given_up_to_another_is_the_others(corpus_issue):
    # 989 l.68 `충칭은 4 조 3,480 억 위안을 기록해 광저우를 360 억 위안 차이로 앞질렀다. … 광저우는 4 조 3,120 억 위안에 그치며 충칭에
    # 4 위 자리를 내주고 5 위로 밀려났고`
    figures = figures_at(corpus_issue(989), 68)
    assert ("충칭", "4348000000000", 4, None, 2038) in figures and ("광저우", "4312000000000", 5, None, 2038) in figures
    # 990 l.61 `베이징은 4 조 7,650 억 위안으로 산둥성에 5 위 자리를 내주고 6 위로 내려앉았다. … 산둥성은 4 조 8,120 억 위안으로 …`
    assert ("산둥성", "4812000000000", 5, None, 2038) in figures_at(corpus_issue(990), 61)


def test_a_half_year_under_way_at_the_issues_date_is_the_articles(corpus_issue):
    # 989 (dated 2039-01-07), an article on `2038 년 1~3 분기`: l.70 `우한은 … 상반기 항저우에 내줬던 8 위 자리를 되찾았고, 항저우는
    # 3 조 480 억 위안으로 9 위에 머물렀다. 난징은 2 조 5,520 억 위안으로 10 위를 지켰다.`: 2038's first half, 2038's figures
    figures = figures_at(corpus_issue(989), 70)
    assert ("항저우", "3048000000000", 9, None, 2038) in figures and ("난징", "2552000000000", 10, None, 2038) in figures


def test_last_of_a_band_counted_with_dae(corpus_issue):
    # 992 l.165 `칭양(庆阳)은 지난해 가동률이 58%로 8 대 허브 가운데 최하위였고, 사오관(韶关)이 62%로 뒤에서 두 번째였다.`
    figures = figures_at(corpus_issue(992), 165)
    assert ("칭양", "58", 8, None, 2038) in figures and ("사오관", "62", 7, None, 2038) in figures
