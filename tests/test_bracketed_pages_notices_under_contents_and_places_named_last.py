"""Shapes 919–920 and 923–924 showed: contents entries led by their page in square brackets under `《 … 》` categories (`[02] 제목 /
출처: …`), a notice printed right under the last entry with no blank line (`이 소식지는 … 출처를 밝히면 …`), a mark set
against an entry's tag as a PDF's text gives it (`p.05 ▸[증시] …`), a category printed with no mark and no blank line
under an entry led by its page (`이슈 분석`, as ReportLab's print loses the `◈`), a monthly's edition as a heading's
source (`(월간 〈중국〉, 2037년 10월호)`), a figure of the region right after it (`4조 6,850억 위안의 푸젠성이 8위`), a place
described by a figure and then named (`가장 많은 1,105곳의 … 기업을 거느린 곳은 선전시였다`), and a leader's figure of the
unit its followers rank beside its share; 917–918: titles tagged in double angle brackets (`《지역경제》 …`),
columns' units named in a note under the table (`※ 단위: 첨단기술기업은 개, R&D 투입은 억 위안`), a count whose clause
closes before its list (`6개 도시가 선정됐는데, 광저우·…·포산이다`); 921–922: a mark passed by each place listed after a
set qualified by a region (`… 넘은 쓰촨 지역 도시는 4곳으로, 청두시, …가 그 주인공이다`), a list named as the places
(`…가 그곳으로`), a set picked from whose noun is two words (`31개 성급 지역 가운데`), a figure of the region a
rank goes to, amounts standing alone before the words naming their regions (`5.9%와 6.3%. 각각 충칭시와 청두시가 …`).
Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings
from kic_extract.typed.counts import sentence_counts

HELDOUT = ROOT / "tests" / "corpus" / "heldout"


def _edited(number: int, tmp_path, edit) -> dict:
    """The issue's record (and its sections) for a held-out issue whose text `edit` changed."""
    text = (HELDOUT / f"kic-china-weekly-{number}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"kic-china-weekly-{number}.txt"
    path.write_text(edit(text), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    return records_of(result, "issues")[0], records_of(result, "sections")


def test_entries_led_by_a_page_in_brackets_under_double_angle_brackets(corpus_issue):
    # 924 l.8-19 `《 Weekly 뉴스 》` / `[02] 8월 지역 경제지표: 소비는 서부, 투자는 중부 / 출처: KOTRA 해외시장뉴스` / … /
    # `《 이슈 분석 》` / `[06] 〔심층〕 중부 굴기 20년: 6개 성의 성장 지도` / …
    result = corpus_issue(924)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(t["page"], t["category"]) for t in toc] == [
        (2, "Weekly 뉴스"), (4, "Weekly 뉴스"), (5, "Weekly 뉴스"), (6, "이슈 분석"), (8, "이슈 분석"), (9, "CHINA 창업"),
        (11, "CHINA 창업")]
    assert (toc[0]["title"], toc[0]["source"]) == ("8월 지역 경제지표: 소비는 서부, 투자는 중부", "KOTRA 해외시장뉴스")
    assert (toc[3]["title"], toc[3]["tag"]) == ("중부 굴기 20년: 6개 성의 성장 지도", "심층")
    sections = records_of(result, "sections")
    assert [(s["title"], s["category"], s["page_start"]) for s in sections[3:5]] == [
        ("중부 굴기 20년: 6개 성의 성장 지도", "이슈 분석", 6), ("서부 3개 자치구의 에너지 전환", "이슈 분석", 8)]
    # l.165 `2. 선전 첸하이에서 창업한 한국 청년들 (월간 〈중국〉, 2037년 10월호)`: a monthly's edition, no day
    assert (sections[6]["title"], sections[6]["source"], sections[6]["source_date"]) == (
        "선전 첸하이에서 창업한 한국 청년들", "월간 〈중국〉", None)


def test_a_notice_right_under_the_last_entry_is_the_masthead_s(corpus_issue):
    # 920 l.17-18 `p.09 ▸ [KIC 소식] KIC 중국 협력 인큐베이터 네트워크 확대 | KIC 중국` / `이 소식지는 KIC 중국이 … 출처를 밝히면
    # 자유롭게 활용할 수 있습니다.`
    issue = records_of(corpus_issue(920), "issues")[0]
    assert [t["title"] for t in issue["toc"]][-1] == "KIC 중국 협력 인큐베이터 네트워크 확대"
    assert len(issue["toc"]) == 7
    assert issue["rights"].startswith("이 소식지는 KIC 중국이 중국 매체 보도와 공식 자료를")


def test_a_mark_against_the_tag_and_categories_with_no_mark(tmp_path):
    # 920 as a PDF's text gives it: `p.05 ▸[증시] 베이징증권거래소 …`, and as ReportLab printed it, every `◈` lost, so
    # `이슈 분석` stands right under `p.05 … 동향` as it does in the body
    issue, sections = _edited(920, tmp_path, lambda t: t.replace("▸ [", "▸[").replace("◈ ", ""))
    assert [(t["title"], t["page"], t["category"]) for t in issue["toc"][2:5]] == [
        ("베이징증권거래소 8월 신규 상장 스타트업 동향", 5, "Weekly 뉴스"), ("중부 6개 성의 약진, ‘중부 굴기’ 2.0", 6, "이슈 분석"),
        ("창업 보조금 경쟁 나선 주요 도시", 7, "이슈 분석")]
    assert [s["category"] for s in sections] == ["Weekly 뉴스"] * 3 + ["이슈 분석"] * 2 + ["CHINA 창업"] * 2


def test_a_figure_of_the_region_right_after_it_and_a_place_named_last(corpus_issue):
    # 919 l.38 `… 그 아래로는 4조 6,850억 위안의 푸젠성(福建省)이 8위, 4조 4,920억 위안의 후난성(湖南省)이 9위였으며, 상하이시
    # (上海市)는 4조 4,310억 위안으로 10위에 턱걸이했다.`
    got = figures_at(corpus_issue(919), 38)
    assert got[-3:] == [("푸젠성", "4685000000000", 8, None, 2037), ("후난성", "4492000000000", 9, None, 2037),
                        ("상하이시", "4431000000000", 10, None, 2037)]
    # 920 l.69 `… 도시 가운데 가장 많은 1,105곳의 소거인 기업을 거느린 곳은 선전시(深圳市)였다. …`
    assert ("선전시", "1105", 1, None, 2037) in figures_at(corpus_issue(920), 69)


def test_a_leader_s_figure_in_its_followers_unit_takes_first_place(corpus_issue):
    # 381 `국가별로는 베트남이 1,845 억 위안으로 전체의 47.2%를 차지했고 태국(512 억 위안), 말레이시아(436 억 위안)가 2, 3 위였다.`
    result = corpus_issue(381)
    line = next(f["line"] for f in records_of(result, "figures") if f["region_ko"] == "태국")
    got = figures_at(result, line)
    assert [f for f in got if f[0] in ("베트남", "태국", "말레이시아")] == [
        ("베트남", "184500000000", 1, None, 2026), ("베트남", "47.2", None, None, 2026), ("태국", "51200000000", 2, None, 2026),
        ("말레이시아", "43600000000", 3, None, 2026)]


def test_titles_tagged_in_double_angle_brackets(corpus_issue):
    # 918 l.12 `2쪽 ┃ 《지역경제》 상반기 31개 지역 주민소득 순위 · 인민망(人民网)`
    toc = records_of(corpus_issue(918), "issues")[0]["toc"]
    assert (toc[0]["title"], toc[0]["tag"], toc[0]["source"], toc[0]["page"]) == (
        "상반기 31개 지역 주민소득 순위", "지역경제", "인민망", 2)
    assert toc[5]["title"] == "장강삼각주 주요 국가급 개발구" and toc[5]["tag"] == "기획/산업단지"


def test_columns_units_named_in_a_note_under_the_table(corpus_issue):
    # 918 l.72 `1	광둥성	78,400	5,012	3.61	+0.12	41억 2,000만 달러` under `첨단기술기업	R&D 투입	…`, and l.86
    # `※ 단위: 첨단기술기업은 개, R&D 투입은 억 위안. 자료: 과학기술부 횃불센터`
    got = [(a["raw"], a["value"], a["unit"]) for a in records_of(corpus_issue(918), "amounts") if a["line"] == 72]
    assert got[:2] == [("78,400", "78400", "개"), ("5,012", "501200000000", "위안")]


def test_a_count_whose_clause_closes_before_its_list(corpus_issue):
    # 918 l.50 `… 1단계 시범 지역으로는 6개 도시가 선정됐는데, 광저우·선전·주하이·둥관·포산이다.`
    assert [line for line, _ in warnings_of(corpus_issue(918), "count_mismatch")] == [50]
    assert sentence_counts("정부는 6개 도시를 지정했는데, 광저우·선전·주하이·둥관·포산이다.") == [
        (6, "개 도시", ["광저우", "선전", "주하이", "둥관", "포산"], False)]


def test_a_mark_passed_by_each_place_listed_after_a_qualified_set(corpus_issue):
    # 921 l.119 `상반기 GDP가 3,000억 위안을 넘은 쓰촨 지역 도시는 4곳으로, 청두시, 몐양시(绵阳市), 이빈시(宜宾市), 더양시(德阳市)가 그
    # 주인공이다.`
    assert figures_at(corpus_issue(921), 119)[:4] == [
        (city, "300000000000", None, "min", 2037) for city in ("청두시", "몐양시", "이빈시", "더양시")]
    # 430 l.100 `… 톱 10 가운데 6%를 넘는 성장률을 낸 도시는 3 곳, 즉 청두시, 우한시였다.`
    assert figures_at(corpus_issue(430), 100)[3:] == [("청두시", "6", None, "min", 2027), ("우한시", "6", None, "min", 2027)]


def test_a_list_named_as_the_places_and_a_set_picked_from(corpus_issue):
    # 922 l.112 `… 자리한 곳은 6곳이다. 양푸구(杨浦区), 위항구(余杭区), 수산구(蜀山区), 장닝구(江宁区), 쑤저우공업원구가 그곳으로, …`;
    # l.63 `… 안후이성이 9.8%로 31개 성급 지역 가운데 가장 높았다. 장시성 8.9%, 후난성 8.1%, 산시성(陕西省) 7.6% 순으로 …`: no count
    assert [line for line, _ in warnings_of(corpus_issue(922), "count_mismatch")] == [112]


def test_a_figure_of_the_region_a_rank_goes_to(corpus_issue):
    # 921 l.117 `… 량장신구(两江新区)가 7.4%의 성장률로 1위에 올랐고, 2위 자리는 7.1%를 기록한 시셴신구(西咸新区)에 돌아갔다. 톈푸신구
    # (天府新区)는 6.8%로 3위였다.`
    assert figures_at(corpus_issue(921), 117) == [("량장신구", "7.4", 1, None, 2037), ("시셴신구", "7.1", 2, None, 2037),
                                                   ("톈푸신구", "6.8", 3, None, 2037)]


def test_amounts_standing_alone_before_the_words_naming_their_regions(corpus_issue):
    # 917 l.53 `7조 1,830억 위안. 광둥성(广东省)이 올해 상반기에 올린 경제 규모로, 광둥성은 이번에도 전국 1위 자리를 내주지 않았다.`
    assert figures_at(corpus_issue(917), 53)[0] == ("광둥성", "7183000000000", 1, None, 2037)
    # 921 l.115 `… 5.9%와 6.3%. 각각 충칭시와 청두시가 같은 기간 기록한 성장률로, 두 곳 모두 전국 평균을 웃돌았다.`
    got = figures_at(corpus_issue(921), 115)
    assert ("충칭시", "5.9", None, None, 2037) in got and ("청두시", "6.3", None, None, 2037) in got
