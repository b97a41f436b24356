"""Shapes 749–756 showed: contents entries under a square bullet between rules with the masthead's rights under the
closing rule, a company named as a card's field and fields parted by a heavy bar, rounds and sums on lines with no
label, a list going on from the ranking the sentence before ended, a rank behind a region named, and a few prose shapes
of whose figure a count or a rate is. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of

from kic_extract.places import glossed_places
from kic_extract.segment.patterns import TOC_ENTRY


def test_contents_under_square_bullets_between_rules(corpus_issue):
    # 752 l.7-22: `━━━` / `이번 호 차례` / `━━━` / `[정책 브리핑]` / `□ 국가데이터국, … 발표 ·········· 2` / … / `━━━` /
    # `본지 기사는 출처를 밝히면 자유롭게 인용할 수 있습니다.`
    result = corpus_issue(752)
    issue = records_of(result, "issues")[0]
    assert issue["rights"] == "본지 기사는 출처를 밝히면 자유롭게 인용할 수 있습니다."
    assert [(e["category"], e["title"], e["page"]) for e in issue["toc"]] == [
        ("정책 브리핑", "국가데이터국, 공공데이터 자산화 시범 도시 발표", 2),
        ("정책 브리핑", "4월 소비·투자 지표로 본 내수 회복세", 3),
        ("지역 리포트", "동북 3성 경제 점검: 산업 전환의 명암", 5),
        ("지역 리포트", "하이난 자유무역항 독립 세관 운영 반년", 6),
        ("스타트업 포커스", "해양 로봇·AI 신약 스타트업 두 곳", 7),
        ("센터 소식", "KIC 중국, 상하이 린강신구와 기술협력 업무협약 체결", 9),
        ("센터 소식", "제3회 한중 딥테크 밋업 참가 기업 모집", 10)]
    sections = records_of(result, "sections")
    assert [(s["title_line"], s["page_start"]) for s in sections] == [
        (29, 2), (47, 3), (73, 5), (91, 6), (102, 7), (126, 9), (134, 10)]
    # a square bullet alone names a category; only its leaders and page make it an entry
    assert TOC_ENTRY.match("□ 해양 로봇·AI 신약 스타트업 두 곳 ·········· 7")
    assert not TOC_ENTRY.match("■ 센터 소식")


def test_a_company_named_as_a_field_and_fields_parted_by_a_heavy_bar(corpus_issue):
    # 752 l.105-108 `┃ 회사 : 선란하이양(深蓝海洋)` / `┃ 설립 : 2029.08 ┃ 본사 : 칭다오(青岛)` / `┃ 대표 : …` / `┃ 투자 이력 : 엔젤
    # 1,200만 위안(2030.03) / …`
    companies = records_of(corpus_issue(752), "companies")
    assert [(c["name"], c["name_zh"], c["founded_raw"], c["funding_value"], c["line_start"], c["line_end"])
            for c in companies] == [("선란하이양", "深蓝海洋", "2029.08", 12000000, 105, 108),
                                    ("쉬광바이오", "旭光生物", "2028.05", 5000000, 114, 118)]
    # but a name label is read only before its colon or bar: `회사 개요 | …` names no company `개요` (664)
    assert [c["name"] for c in records_of(corpus_issue(664), "companies")] == ["칭뎬신에너지", "뤄스의료"]


def test_rounds_and_sums_on_lines_with_no_label(corpus_issue):
    # 750 l.113-117 `[CARD 2] 란징해양로봇(蓝鲸海洋机器人)` / `설립 … ｜ …` / `· 2031.08 엔젤 — 2,000 만 위안` /
    # `· 2032.12 시리즈 A — 3,500 만 달러` / `· 2034.02 시리즈 B — 약 1 억 달러`
    result = corpus_issue(750)
    amounts = [(a["line"], a["value"], a["unit"], a["approx"], a["cumulative"]) for a in records_of(result, "amounts")
               if 113 <= a["line"] <= 117]
    assert amounts == [(115, "20000000", "위안", False, False), (116, "35000000", "달러", False, False),
                       (117, "100000000", "달러", True, False)]
    card = next(c for c in records_of(result, "companies") if c["name"] == "란징해양로봇")
    assert (card["funding"], card["funding_value"]) == ("2031.08 엔젤 — 2,000만 위안", 20000000)
    # 756 l.125 `┃ 누적 약 1 억 5,000 만 달러` and 746 l.123 `  누적  약 1억 4,500만 위안`, last of their cards
    for number, line, value in ((756, 125, "150000000"), (746, 123, "145000000")):
        assert [(a["value"], a["approx"], a["cumulative"]) for a in records_of(corpus_issue(number), "amounts")
                if a["line"] == line] == [(value, True, True)]


def test_a_bare_list_goes_on_from_the_ranking_before(corpus_issue):
    # 749 l.112 `… 장쑤성이 전국의 34.6%를 차지해 가장 많았고, 광둥성이 22.1%로 그 뒤를 이었다. 푸젠성(福建省) 11.8%,
    # 안후이성 9.5%, 쓰촨성 7.2% 순이다.`
    assert figures_at(corpus_issue(749), 112)[:5] == [
        ("장쑤성", "34.6", 1, None, 2033), ("광둥성", "22.1", 2, None, 2033), ("푸젠성", "11.8", 3, None, 2033),
        ("안후이성", "9.5", 4, None, 2033), ("쓰촨성", "7.2", 5, None, 2033)]
    # but not from a ranking paragraphs before: 650 l.87 `… 15 개 기업은 다섯 개 지역에서 나왔다. 베이징 6 개, 상하이
    # 4 개, 광둥 3 개, 쓰촨 2 개 순이다.`
    assert [f[:3] for f in figures_at(corpus_issue(650), 87)] == [
        ("베이징", "6", 1), ("상하이", "4", 2), ("광둥", "3", 3), ("쓰촨", "2", 4)]


def test_a_rank_behind_a_region_named_leaves_the_first_to_it(corpus_issue):
    # 750 l.64 `… 충칭의 GDP 는 7,986 억 위안으로 6.6% 성장해 청두의 6.4%를 앞질렀다. 청두의 1 분기 GDP 는 5,745 억
    # 위안으로 부성급 도시 가운데 선전(深圳)에 이어 2 위를 기록했다.`
    assert figures_at(corpus_issue(750), 64) == [
        ("충칭", "798600000000", None, None, 2034), ("충칭", "6.6", None, None, 2034),
        ("청두", "6.4", None, None, 2034), ("청두", "574500000000", 2, None, 2034)]


def test_whose_count_or_rate(corpus_issue):
    # 751 l.48 `… 선전(深圳)이 2033 년 한 해 드론 배송 310 만 건을 넘겨 전국 도시 중 가장 많았고, …`: no set of cities counted
    assert figures_at(corpus_issue(751), 48)[0] == ("선전", "3100000", 1, "min", 2033)
    # 751 l.156 `… 한국과 중국의 초기 스타트업 12 개 팀이 참가해 …`: the teams', neither nation's
    assert figures_at(corpus_issue(751), 156) == []
    # 754 l.39 `낙폭은 톈진(天津)이 18.2%로 가장 컸고`: a fall; l.119 `유니콘 기업도 청두 11 곳, 충칭 6 곳으로 차이가 났다`:
    # two levels, no gap
    assert ("톈진", "-18.2", 1, None, 2034) in figures_at(corpus_issue(754), 39)
    assert [f for f in figures_at(corpus_issue(754), 119) if f[1] in ("11", "6")] == [
        ("청두", "11", None, None, 2033), ("충칭", "6", None, None, 2033)]
    # 755 l.39 `… 후베이성은 … 회복세를 확인시켰다. 성장률 상위 10 곳 가운데 7 곳이 중서부 지역이다.`: places of a set
    assert [f for f in figures_at(corpus_issue(755), 39) if f[1] == "7"] == []
    # 753 l.98 `… 1 분기 중국 스타트업 투자는 2,140 건, 1,860 억 위안으로 건수는 … 3.2% 줄었지만 금액은 8.5% 늘었다.`:
    # the nation's investment, its measures going on past the clause
    assert figures_at(corpus_issue(753), 98)[-1] == ("중국", "8.5", None, None, 2034)
    # 756 l.98 `선전(深圳)의 로봇 산업 규모는 2033 년 2,180 억 위안으로 한 해 전보다 17.4% 커졌다.`: 2033's growth
    assert figures_at(corpus_issue(756), 98)[:2] == [("선전", "218000000000", None, None, 2033),
                                                     ("선전", "17.4", None, None, 2033)]


def test_an_alliance_glossed_in_chinese_is_no_league():
    # 756 l.70 `중국수소연맹(中国氢能联盟) · 2034.06.28`: 联盟, no 盟 of Inner Mongolia
    assert glossed_places("중국수소연맹(中国氢能联盟)이 펴낸 보고서, 아라산맹(阿拉善盟)의 사막") == {"아라산맹": "阿拉善盟"}
