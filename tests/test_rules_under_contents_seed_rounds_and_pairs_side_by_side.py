"""Shapes 781–788 showed: the rule closing the contents with the rights line right under it, in a chunk of the
entries' own; a card's rounds opening with `시드` on lines of their own; a pair given one figure side by side before
another region's own; a cut written `낮은`; an exchange of a city whose name is also a word; a sum since a launch;
and in a PDF a stem in the past tense cut from its ending at a wrap. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of

from kic_extract.pdf.wraps import join_text, stem_end


def test_a_rule_closing_contents_of_their_own_chunk_keeps_the_rights_line_out(corpus_issue):
    # 786 l.8-17: `[이슈 브리핑]` / `◇ 지방 양회가 제시한 2035 년 성장 목표 ···· 2` … `━━━━` /
    # `이 뉴스레터는 출처를 밝히면 자유롭게 인용·배포할 수 있습니다.` (the contents' title `IN THIS ISSUE` in the chunk above)
    result = corpus_issue(786)
    issue = records_of(result, "issues")[0]
    assert [(e["title"], e["category"], e["page"]) for e in issue["toc"]] == [
        ("지방 양회가 제시한 2035년 성장 목표", "이슈 브리핑", 2),
        ("2034년 4분기 지표로 본 경기 회복 강도", "이슈 브리핑", 4),
        ("설 대목 겨냥한 소비·헬스케어 스타트업", "스타트업 포커스", 5),
        ("KIC 중국 현지 거점 현황과 2035년 사업 계획", "센터 소식", 7),
        ("춘계 데모데이 신청 마감 임박", "센터 소식", 9)]
    assert issue["rights"] == "이 뉴스레터는 출처를 밝히면 자유롭게 인용·배포할 수 있습니다."
    assert [(s["category"], s["page_start"]) for s in records_of(result, "sections")] == [
        ("이슈 브리핑", 2), ("이슈 브리핑", 4), ("스타트업 포커스", 5), ("센터 소식", 7), ("센터 소식", 9)]


def test_seed_rounds_on_lines_of_their_own_are_the_cards(corpus_issue):
    # 782 l.122-128: `● 칭허건강과기(清禾健康科技)` … ` - 투자 이력` / `   2033.01 시드 600 만 위안` /
    # `   2033.11 프리 A 2,800 만 위안` / `   2035.01 시리즈 A 1,000 만 달러`
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(782), "amounts")
               if a["table_id"] == "kic-china-weekly-782/t04"]
    assert amounts == [(126, "6000000", "위안"), (127, "28000000", "위안"), (128, "10000000", "달러")]


def test_a_pair_side_by_side_before_another_regions_own_figure(corpus_issue):
    # 782 l.29 `… 광둥성과 장쑤성이 나란히 4.5% 안팎을, 저장성이 5.0% 안팎을 내걸 가능성이 크다. …, 후베이성은 지난해
    # 목표보다 0.5%p 낮은 5.0%를 검토 …`
    figures = figures_at(corpus_issue(782), 29)
    assert figures[2:5] == [("광둥성", "4.5", None, None, 2035), ("장쑤성", "4.5", None, None, 2035),
                            ("저장성", "5", None, None, 2035)]
    assert figures[-2:] == [("후베이성", "-0.5", None, None, 2035), ("후베이성", "5", None, None, 2035)]
    # and a pair each with its own after `각각`, a place the sentence locates something in between them and the figures:
    # 330 l.94 `사우디아라비아와 아랍에미리트의 국부펀드가 지난해 중국 내 펀드에 출자한 금액은 각각 약 12억 달러, 8억 달러로`
    assert [f[:2] for f in figures_at(corpus_issue(330), 94)] == [("사우디아라비아", "1200000000"), ("아랍에미리트", "800000000")]


def test_a_sum_since_a_launch_at_an_exchange_of_a_city_also_a_word(corpus_issue):
    # 781 l.73 `구이양 빅데이터거래소의 2034 년 거래액은 185 억 위안으로 1 년 새 32% 늘었고, 선전 데이터거래소는 출범 이후
    # 누적 거래액이 1,000 억 위안을 넘어섰다.`
    assert figures_at(corpus_issue(781), 73) == [
        ("구이양", "18500000000", None, None, 2034), ("구이양", "32", None, None, 2034),
        ("선전", "100000000000", None, "min", None)]


def test_a_stem_in_the_past_tense_takes_its_ending_across_a_wrap():
    # LibreOffice's print of 782 wraps `… 도시별 1 위를 지켰` | ` 고 증가율은 3.9%였다.` (l.38), a space shown before `고`
    assert join_text("상하이가 1 조 8,100 억 위안으로 도시별 1 위를 지켰", " 고 증가율은 3.9%였다.", True, "") \
        == "상하이가 1 조 8,100 억 위안으로 도시별 1 위를 지켰고 증가율은 3.9%였다."
    assert join_text("일주일 만에 가능했", " 다\"며", False, "") == "일주일 만에 가능했다\"며"
    assert [stem_end(w) for w in ("따라붙었", "있", "지켜", "성장")] == [True, True, False, False]
