"""The shipped issue, 제 268 호, checked against what a reader sees in the newsletter."""

from __future__ import annotations

from conftest import block_at


def test_masthead(issue):
    assert issue["issue_id"] == "kic-china-weekly-268"
    assert issue["title"] == "주간 중국 창업"
    assert issue["number"] == 268
    assert issue["date"] == "2022-02-23"
    assert issue["publisher"] == "글로벌혁신센터(KIC 중국)"
    assert issue["director"] == "김종문"
    assert issue["phone"] == "+86-10-6780-8840"
    assert issue["email"] == "info@kicchina.org"
    assert issue["rights"].startswith("‘주간 중국 창업’의 저작권은 ‘KIC 중국’에 있습니다.")


def test_table_of_contents(issue):
    toc = issue["toc"]
    assert len(toc) == 10
    assert [e["page"] for e in toc] == [2, 7, 10, 12, 17, 22, 26, 29, 31, 33]
    assert [e["category"] for e in toc] == ["Weekly 뉴스"] * 3 + ["CHINA 창업"] * 4 + ["KIC 중국 NEWS"] * 3
    first, third, interview = toc[0], toc[2], toc[7]
    assert first["title"] == "제14차 5개년 계획 디지털 경제발전 계획 통지"
    assert (first["source"], first["source_zh"]) == ("국무원", "国务院")
    # an entry wrapped onto a second line keeps both
    assert third["title"] == "중관춘과학기술원을 포함한 58개 국가고신구의 금융혁신 서비스에 대한 특별 조치 통지"
    assert (third["source"], third["source_zh"], third["line_start"], third["line_end"]) == (
        "과기부촨촨촨촨", "科技部火炬中心", 21, 22)
    assert [e["tag"] for e in toc[3:6]] == ["산업분석", "기업분석", "기획/산업단지"]
    assert toc[6]["title"] == "ICO News Letter by PLAYCOIN 특집" and toc[6]["source"] == "PLAYCOIN"
    assert interview["tag"] == "KIC 인터뷰" and interview["source"] == "월간 <중국>"
    assert interview["title"] == "KIC 중국 센터장 “중국 고속철도 스마트시스템, 한국에 활용하면 좋을 것”"


def test_sections(sections, issue):
    assert len(sections) == 11
    got = [(s["category"], s["seq"], s["tag"], s["page_start"], s["line_start"]) for s in sections]
    assert got == [
        ("Weekly 뉴스", 1, None, 2, 40),
        ("Weekly 뉴스", 2, None, 7, 154),
        ("Weekly 뉴스", 3, None, 10, 202),
        ("CHINA 창업", 1, "산업분석", 12, 242),
        ("CHINA 창업", 2, "산업분석", 17, 328),
        ("CHINA 창업", 3, "기획/산업단지", 22, 423),
        (None, 1, None, None, 530),
        (None, 2, None, None, 542),
        ("KIC 중국 NEWS", 1, "KIC 인터뷰", 29, 582),
        ("KIC 중국 NEWS", 2, "KIC 행사", 31, 594),
        ("KIC 중국 NEWS", 3, "KIC 행사", 33, 620),
    ]
    assert [s["category_inferred"] for s in sections] == [False] * 8 + [True] * 3
    assert sections[1]["title"] == "전국 31개 성 2021 경제 성적 발표"
    assert (sections[1]["source"], sections[1]["source_zh"]) == ("신랑재경", "新浪财经")
    brief = sections[6]
    assert brief["title"] == "中 빅테크 기업, NFT 생태계 구축 속도"
    assert (brief["source"], brief["source_date"]) == ("더구루", "2022-02-19")
    assert (sections[7]["source"], sections[7]["source_date"]) == ("디지털타임즈", "2022-02-18")
    assert sections[8]["source"] == "월간 <중국>"
    assert sections[-1]["line_end"] == 678
    # the TOC and the sections point at each other
    linked = {e["section_id"]: i for i, e in enumerate(issue["toc"]) if e["section_id"]}
    for s in sections:
        if s["toc_index"] is not None:
            assert linked[s["section_id"]] == s["toc_index"]
    assert issue["toc"][6]["section_id"] is None
    assert [c["line"] for c in issue["categories"]] == [38, 240]


def test_blocks_of_each_kind(sections):
    heading = block_at(sections, 45)
    assert (heading["kind"], heading["level"], heading["marker"], heading["text"]) == ("heading", 1, "1)", "발전 현황")
    circled = block_at(sections, 80)
    assert (circled["kind"], circled["level"], circled["text"]) == ("heading", 2, "정보 네트워크 인프라 개선 작업")
    lead = block_at(sections, 341)
    assert (lead["kind"], lead["level"], lead["text"]) == ("heading", 3, "수상 AI 기술: CATL 나트륨 이온 배터리")
    bullet = block_at(sections, 84)  # a short ▶ bullet among sibling bullets is not a heading
    assert (bullet["kind"], bullet["marker"]) == ("paragraph", "▶")
    group = block_at(sections, 476)
    assert (group["kind"], group["level"], group["text"]) == ("heading", 2, "출선수범하여 시도하는 혁신 창업 생태계 조성")
    item = block_at(sections, 102)
    assert (item["kind"], item["marker"], item["text"]) == ("list_item", "-", "①기업 디지털 전환 업그레이드를 가속화한다.")
    numbered = block_at(sections, 676)
    assert (numbered["kind"], numbered["marker"], numbered["text"]) == ("list_item", "2.", "큐알코드 스캔 후 신청서 다운로드 및 작성")
    caption = block_at(sections, 167)
    assert (caption["kind"], caption["text"]) == ("caption", "표 1) 출처: 시대데이터(时代数据). (16~31위는 원문 참조)")
    assert block_at(sections, 352)["kind"] == "caption"
    assert block_at(sections, 326) == {**block_at(sections, 326), "kind": "source", "text": "*출처: 치엔잔산업연구원(前瞻产业研究院)"}
    assert block_at(sections, 206)["kind"] == "note" and block_at(sections, 330)["kind"] == "note"
    table = block_at(sections, 216)
    assert (table["kind"], table["table_id"], table["line_start"], table["line_end"]) == (
        "table", "kic-china-weekly-268/t02", 212, 224)
    poster = block_at(sections, 630)
    assert poster["kind"] == "paragraph" and (poster["line_start"], poster["line_end"]) == (629, 632)
    assert poster["text"].split("\n")[2] == "일 시: 2022년 3월 25일"


def test_page_break_joins_are_recorded_on_blocks(sections):
    for line, fragment in [(111, "신형 디지털 산업에서 새로운 우위를 창출한다."), (171, "동시에 산둥성의 GDP는 새롭게"),
                           (315, "NIO, 샤오픈, 리샤은"), (590, "베이징과 장자커우")]:
        block = block_at(sections, line)
        assert fragment in block["text"], line
        assert block["fixes"][0] == "join_page_break"
    assert block_at(sections, 169)["line_start"] == 169 and block_at(sections, 169)["line_end"] == 171


def test_tables(data):
    tables = data["tables"]
    assert [(t["kind"], t["line_start"], t["line_end"]) for t in tables] == [
        ("indicator", 67, 76), ("icbc_branches", 212, 224),
        ("company_card", 334, 335), ("company_card", 347, 348), ("company_card", 366, 367),
        ("company_card", 387, 388), ("company_card", 408, 409), ("indicator", 443, 462)]
    digital, icbc, zgc = tables[0], tables[1], tables[-1]
    assert digital["title"] == "‘14차 5개년 계획’ 디지털 경제발전 주요 지표"
    assert digital["header"] == ["목표", "2020년", "2025년", "속성"]
    assert digital["rows"][3] == ["소프트웨어 정보기술 서비스업 규모(조 위안)", "8.16", "14", "예정"]
    # 쑤저우 serves two zones: its number and branch are one merged cell, filled down and marked
    assert len(icbc["rows"]) == 11 and icbc["rows"][3][:2] == ["3", "쑤저우 지사 苏州分行"]
    assert icbc["filled"] == [[3, 0], [3, 1]]
    assert icbc["row_lines"][4] == 217 and icbc["row_lines"][5] == 219
    assert zgc["title"] == "중관촌시범구 14차 5개년 계획기간 발전 지표"
    assert zgc["notes"] == ["* 표시는 누적 수치, 지표는 모두 예상 지표임."]
    # the 유형 column is printed once per group and filled down over the group's rows
    assert len(zgc["rows"]) == 15 and zgc["rows"][6] == ["7", "산업 발전", "지역 평균 총 수익", "약 205억 위안/km²"]
    assert [6, 1] in zgc["filled"] and [0, 1] not in zgc["filled"]
    assert {t["section_id"] for t in tables[2:7]} == {"kic-china-weekly-268/s05"}


def test_coverage_is_complete(data):
    coverage = data["manifest"]["coverage"]["kic-china-weekly-268"]
    assert coverage == {"lines_nonblank": 369, "lines_assigned": 369, "unassigned": [], "furniture": [],
                        "repeated": []}


def test_warnings_name_every_toc_disagreement(data):
    structural = ("toc_", "section_", "category_", "line_", "masthead_", "text_", "article_")
    warnings = [(w["code"], w["line"]) for w in data["manifest"]["warnings"] if w["code"].startswith(structural)]
    assert warnings == [
        ("toc_entry_not_in_body", 29),
        ("toc_source_differs", 154),       # 신랑재경 in the body, 신량재경 in the TOC
        ("toc_title_differs", 202),        # 중관촌 / 중관춘
        ("toc_title_differs", 328),        # 소개표 / 소개 II
        ("toc_tag_differs", 328),          # 산업분석 / 기업분석
        ("toc_title_differs", 423),        # 중관촌 / 중관춘
        ("section_not_in_toc", 530),
        ("section_not_in_toc", 542),
        ("category_inferred", 582),
    ]
