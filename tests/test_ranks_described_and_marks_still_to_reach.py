"""A region given two ranks in one clause: the one describing it (`N 위인 R`), in another measure or before it moved,
and the one the clause says it holds; and a mark a region is about to pass, which is no figure of it. Values read by
hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_the_rank_held_not_the_rank_it_is_described_by(corpus_issue):
    # 976 l.162 `투자 유치액에서는 베이징이 72 억 5,000 만 위안을 끌어모아 장쑤성보다 10 억 8,000 만 위안 많았고, 결국 기업 수로는
    # 4 위인 베이징이 투자 유치액에서는 3 위로 올라서는 역전이 나타났다.`
    figures = figures_at(corpus_issue(976), 162)
    assert ("베이징", "7250000000", 3, None, 2038) in figures
    assert ("베이징", "1080000000", None, None, 2038) in figures


def test_ranks_that_only_describe_are_kept():
    out, _ = block_to_figures("2 위인 장쑤성과 3 위인 저장성이 각각 6.1%, 5.8%를 기록했다.", 2038)
    assert [(f["region_ko"], f["value"], f["rank"]) for f in out] == [("장쑤성", "6.1", 2), ("저장성", "5.8", 3)]
    out, _ = block_to_figures("지난해 4 위인 허난성이 올해는 6.2%로 3 위로 올라섰다.", 2038)
    assert [(f["region_ko"], f["value"], f["rank"]) for f in out] == [("허난성", "6.2", 3)]


def test_a_mark_still_to_reach_is_no_figure(corpus_issue):
    # 906 l.82 `청두(成都)의 전자정보 산업 규모는 2036년 1조 1,200억 위안에 달했고, 충칭(重庆)은 9,350억 위안으로 1조 위안 돌파를
    # 눈앞에 뒀다.`: Chongqing's figure is 9,350억; it has not passed 1조
    assert figures_at(corpus_issue(906), 82) == [("청두", "1120000000000", None, None, 2036),
                                                 ("충칭", "935000000000", None, None, 2036)]
    for text in ("충칭은 9,350억 위안으로 1조 위안 고지를 목전에 뒀다.", "충칭은 9,350억 위안으로 1조 위안 돌파를 앞두고 있다."):
        out, _ = block_to_figures(text, 2036)
        assert [(f["value"], f["bound"]) for f in out] == [("935000000000", None)]
    out, _ = block_to_figures("충칭은 올해 1조 위안 고지를 돌파했다.", 2036)
    assert [(f["value"], f["bound"]) for f in out] == [("1000000000000", "min")]


def test_a_part_gathered_in_a_city_or_its_share_is_the_citys(corpus_issue):
    # 349 l.205 `광둥성은 국가급 인큐베이터 236곳으로 2위였는데, 이 가운데 91곳이 선전에 몰려 있다.`: bare 선전 (also a word, 宣傳)
    # is the place where the count gathers
    assert ("선전", "91", None, None, 2025) in figures_at(corpus_issue(349), 205)
    # 743 l.97 `광둥성 안에서도 선전시(深圳市)에 263 곳이 몰려 있으며`: the place before the count
    assert ("선전시", "263", None, None, 2033) in figures_at(corpus_issue(743), 97)
    # 911 l.151 `안후이성의 2036 년 GDP 는 8 조 1,400 억 위안으로, 이 가운데 허페이시 비중이 31.2%에 이른다.`
    assert ("허페이시", "31.2", None, None, 2036) in figures_at(corpus_issue(911), 151)
    # 342 l.109 `이 가운데 '드론의 도시' 선전(深圳)시가 1,050억 위안을 차지했다`: a city glossed inside its name
    assert ("선전시", "105000000000", None, None, 2025) in figures_at(corpus_issue(342), 109)
