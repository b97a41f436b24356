"""Shapes held-out issues 529–531 showed when first read (tests/corpus/heldout): a look back counted from the year the
paragraph names, an order word closing a ranking (`… 다음이었다`), a region named only as a figure's cause, a mark
that defines a set of places it names none of, a count of places out of a set of them, the rank of a region passed,
and a table header's last cell whose rest a PDF's reader sets below a blank line. Every value asserted here was read
off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import figures_at, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

HELDOUT = Path(__file__).parent / "corpus" / "heldout"


def test_a_look_back_counts_from_the_year_the_paragraph_names(corpus_issue):
    # 529 l.47 `광둥성은 지난해 GDP 17조 9,210억 위안을 … 장쑤성은 … 격차를 2,830억 위안까지 좁혔다. 1년 전만 해도 장쑤성은
    # 광둥성에 3,370억 위안 뒤져 있었다.` (the issue dated 2030-03-01: 지난해 is 2029, a year before it 2028)
    assert figures_at(corpus_issue(529), 47) == [
        ("광둥성", "17921000000000", 1, None, 2029), ("장쑤성", "17638000000000", 2, None, 2029),
        ("장쑤성", "283000000000", None, None, 2029), ("장쑤성", "337000000000", None, None, 2028)]


def test_places_named_next_after_the_first(corpus_issue):
    # 529 l.120 `허페이가 18.4% 늘어 … 가장 가파른 증가세를 보였고, 시안(14.9%)과 창사(13.2%)가 다음이었다. 반면 톈진은 …
    # 2.3% 줄며`; 530 l.76 `주하이시(珠海市)가 6.2%로 가장 빨랐고 후이저우시(5.9%), 선전시(5.6%)가 다음이었다.`
    assert figures_at(corpus_issue(529), 120) == [
        ("허페이", "18.4", 1, None, 2029), ("시안", "14.9", 2, None, 2029), ("창사", "13.2", 3, None, 2029),
        ("톈진", "-2.3", None, None, 2029)]
    assert figures_at(corpus_issue(530), 76)[:3] == [
        ("주하이시", "6.2", 1, None, 2029), ("후이저우시", "5.9", 2, None, 2029), ("선전시", "5.6", 3, None, 2029)]


def test_a_region_named_as_the_cause_is_not_the_figures_subject(corpus_issue):
    # 529 l.209 `이빈시의 배터리 수출액은 2029년 미국의 관세 인상 여파로 전년 대비 7.2% 감소했다.`
    assert figures_at(corpus_issue(529), 209) == [("이빈시", "-7.2", None, None, 2029)]


def test_counts_of_places_and_marks_that_define_them_are_no_ones_figures(corpus_issue):
    # 529 l.43 `31개 성(자치구·직할시) 가운데 27곳이 연초에 세운 성장 목표를 달성했고, 명목 GDP가 1조 위안을 넘은 곳은
    # 28곳에 달했다.`; 530 l.38 `산둥성은 3,080억 위안으로 6위 상하이시(上海市)를 불과 90억 위안 앞섰다. R&D 경비가
    # 1,000억 위안을 넘은 곳은 모두 열두 곳이었다.`, after `저장성(浙江省)과 산둥성(山东省)이 각각 4, 5위에 올랐는데`
    assert figures_at(corpus_issue(529), 43) == [("중국", "147260000000000", None, None, 2029), ("중국", "4.9", None, None, 2029)]
    assert figures_at(corpus_issue(530), 38) == [
        ("광둥성", "632000000000", 1, None, 2029), ("장쑤성", "547000000000", 2, None, 2029),
        ("베이징시", "369000000000", 3, None, 2029), ("산둥성", "308000000000", 5, None, 2029),
        ("산둥성", "9000000000", None, None, 2029)]


def test_a_header_cells_rest_below_a_blank_line(tmp_path):
    # 531 l.59–60 `지역	2027년	2028년	2029년	2029년 실질` / `증가율(%)`, as ReportLab's print reads: a blank line between
    lines = (HELDOUT / "kic-china-weekly-531.txt").read_text(encoding="utf-8").split("\n")
    path = tmp_path / "kic-china-weekly-531.txt"
    path.write_text("\n".join(lines[:59] + [""] + lines[59:]), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    table = records_of(result, "tables")[0]
    assert table["header"] == ["지역", "2027년", "2028년", "2029년", "2029년 실질 증가율(%)"]
    assert table["rows"][0] == ["광둥성", "156,820", "163,450", "170,380", "4.7"]
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"]) for a in records_of(result, "amounts")}
    assert amounts[(62, "170,380")] == ("17038000000000", "위안") and amounts[(62, "4.7")] == ("4.7", "%")


def test_the_nations_average_as_a_clauses_topic_is_the_nations_figure(corpus_issue):
    # 531 l.97 `… 상하이가 23만 1,500위안으로 2위, 장쑤성이 19만 4,200위안으로 3위를 차지했으며, 중국 전체 평균은 11만
    # 2,600위안이었다.` (an average compared with stays no one's: `중국 전체 평균을 웃돌았다`)
    assert figures_at(corpus_issue(531), 97)[:4] == [
        ("베이징", "243000", 1, None, 2029), ("상하이", "231500", 2, None, 2029), ("장쑤성", "194200", 3, None, 2029),
        ("중국", "112600", None, None, 2029)]


def test_a_breakdown_by_other_regions_in_brackets_takes_no_rank(corpus_issue):
    # 529 l.146 `지역별로는 베이징시가 3건으로 가장 많았고, 광둥성이 2건(선전·광저우 각 1건)으로 뒤를 이었다.`
    # (the same sum in another currency is ranked with it: 459 l.50 `광둥성이 12조 560억 위안(약 2,290조 원)으로 … 1위`)
    assert figures_at(corpus_issue(529), 146)[:4] == [
        ("베이징시", "3", 1, None, 2030), ("광둥성", "2", 2, None, 2030), ("선전", "1", None, None, 2030),
        ("광저우", "1", None, None, 2030)]
    assert figures_at(corpus_issue(459), 50)[:2] == [
        ("광둥성", "12056000000000", 1, None, 2028), ("광둥성", "2290000000000000", 1, None, 2028)]


def test_a_rank_before_a_region_goes_to_its_level_after_a_deed_it_went_on_from(corpus_issue):
    # 532 l.85 `4위 안후이성이 재작년 처음으로 6조 위안을 돌파한 데 이어 작년 6조 2,970억 위안을 기록하며 격차를 680억
    # 위안까지 좁혔다.` (the issue dated 2030-03-22: 재작년 2028, 작년 2029)
    assert figures_at(corpus_issue(532), 85)[1:4] == [
        ("안후이성", "6000000000000", None, "min", 2028), ("안후이성", "6297000000000", 4, None, 2029),
        ("안후이성", "68000000000", None, None, 2029)]


def test_places_following_on_each_with_one_figure_share_the_next_rank(corpus_issue):
    # 533 l.189 `베이징이 4건으로 가장 많았고, 상하이와 선전이 각각 2건으로 뒤를 이었다. 허페이와 항저우는 1건씩이었다.`;
    # 465 l.113 `장쑤성이 상위 30 곳 가운데 7 곳을 차지해 가장 많았고, 저장성과 산둥성이 각각 4 곳으로 그다음이었다.`
    assert figures_at(corpus_issue(533), 189)[:3] == [
        ("베이징", "4", 1, None, 2030), ("상하이", "2", 2, None, 2030), ("선전", "2", 2, None, 2030)]
    assert figures_at(corpus_issue(465), 113)[:3] == [
        ("장쑤성", "7", 1, None, 2028), ("저장성", "4", 2, None, 2028), ("산둥성", "4", 2, None, 2028)]


def test_a_sets_share_of_the_nation_is_not_the_nations(corpus_issue):
    # 533 l.71 `상위 10개 지역의 GDP 합계는 102조 위안을 넘어 전국의 64% 수준이다.`
    assert figures_at(corpus_issue(533), 71) == []


def test_one_mark_for_each_region_listed_beside_their_own_levels(corpus_issue):
    # 535 l.52 `3 위 산둥성(12 조 610 억 위안)과 4 위 저장성(11 조 1,020 억 위안)도 각각 5% 이상 성장하며`
    assert figures_at(corpus_issue(535), 52)[:4] == [
        ("산둥성", "5", None, "min", 2029), ("저장성", "5", None, "min", 2029),
        ("산둥성", "12061000000000", 3, None, 2029), ("저장성", "11102000000000", 4, None, 2029)]


def test_a_band_of_partnerships_and_the_rank_of_a_region_a_multiple_is_of(corpus_issue):
    # 540 l.70 `선전시 난산구(南山区)의 GDP는 2029년 처음으로 1조 위안 고지를 넘어섰다. … 첸하이(前海)·헝친(横琴)·난사(南沙)
    # 3대 협력 플랫폼을 중심으로`: three chief platforms, no quantity of each; l.39 `선두는 단연 상하이시였다. 상하이시의 1분기 GDP는 1조 2,460억 위안으로, 2위 쑤저우시(苏州市)의 두 배에 가까웠다.`
    assert figures_at(corpus_issue(540), 70) == [("난산구", "1000000000000", None, "min", 2029)]
    assert figures_at(corpus_issue(540), 39)[0] == ("상하이시", "1246000000000", 1, None, 2030)


def test_levels_restated_after_the_marks_a_ranking_was_told_by(corpus_issue):
    # 540 l.64 `포산시(佛山市)와 둥관시(东莞市)는 나란히 1조 위안을 웃돌며 4위와 5위에 이름을 올렸다. 포산시는 1조 4,260억
    # 위안, 둥관시는 1조 3,480억 위안이다. 후이저우시(惠州市)는 7,250억 위안으로 6위였고`
    assert figures_at(corpus_issue(540), 64)[:5] == [
        ("포산시", "1000000000000", 4, "min", 2029), ("둥관시", "1000000000000", 5, "min", 2029),
        ("포산시", "1426000000000", 4, None, 2029), ("둥관시", "1348000000000", 5, None, 2029),
        ("후이저우시", "725000000000", 6, None, 2029)]
