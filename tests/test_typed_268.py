"""Typed datasets of 제 268 호, every figure checked against the newsletter's text."""

from __future__ import annotations

import pytest

조, 억, 만 = 10**12, 10**8, 10**4


def warnings_of(data, code):
    return [w["line"] for w in data["manifest"]["warnings"] if w["code"] == code]


# ── indicators: the digital-economy table (lines 67-76) ─────────────────────────────────────
DIGITAL = [  # (n, indicator, 2020, 2025, unit, header_unit, line)
    (1, "디지털 경제 핵심 산업 부가가치의 GDP 내 비중", 7.8, 10, "%", "%", 69),
    (2, "IPv6 활성화사용자 수", 460_000_000, 800_000_000, "가구", "억 가구", 70),
    (3, "기가바이트 광대역 사용자 수", 6_400_000, 60_000_000, "가구", "만 가구", 71),
    (4, "소프트웨어 정보기술 서비스업 규모", 8_160_000_000_000, 14 * 조, "위안", "조 위안", 72),
    (5, "산업인터넷 플랫폼 보급률", 14.7, 45, "%", "%", 73),
    (6, "전국 온라인 소매판매액", 11_760_000_000_000, 17 * 조, "위안", "조 위안", 74),
    (7, "전자사거래 규모", 37_210_000_000_000, 46 * 조, "위안", "조 위안", 75),
    (8, "온라인 행정 서비스 실명사용자 규모", 1_176_000_000, 17 * 억, None, "억", 76),
]

# ── indicators: the Zhongguancun table (lines 443-462), all for 2025 ───────────────────────
ZHONGGUANCUN = [  # (n, group, indicator, value, unit, approx, bound, cumulative, line)
    (1, "혁신 능력", "산업 부가가치에서 R&D 경비 지출", 12, "%", True, None, False, 445),
    (2, "혁신 능력", "종사인력 만 명 당 발명특허 보유량", 1000, "건", True, None, False, 446),
    (3, "혁신 능력", "종사인력 만 명 당 연구개발인력 수", 1400, "명", True, None, False, 447),
    (4, "혁신 능력", "총 수익 중 기술 수익 비중", 30, "%", True, None, False, 449),
    (5, "산업 발전", "기업 총 수익 연평균성장률", 8, "%", True, None, False, 450),
    (6, "산업 발전", "전 근로자 노동생산성", 450_000, "위안/인", True, None, False, 451),
    (7, "산업 발전", "지역 평균 총 수익", 205 * 억, "위안/km²", True, None, False, 452),
    (8, "산업 발전", "디지털경제 부가가치 연평균성장률", 10, "%", True, None, False, 453),
    (9, "혁신 창업 생태", "상장사 수", 500, "개 사", True, None, True, 454),
    (10, "혁신 창업 생태", "신규 등록 과학기술형 기업 수", 30_000, "개 사", True, None, False, 455),
    (11, "혁신 창업 생태", "유니콘 기업 수", 100, "개", False, "min", False, 456),
    (12, "혁신 창업 생태", "4년제 대학 졸업 이상 학력 근로자 비중", 65, "%", True, None, False, 457),
    (13, "협력 개방", "기술 계약 달성액", 6200 * 억, "위안", True, None, False, 458),
    (14, "협력 개방", "기업 PCT 특허 신청량", 10_000, "건", True, None, False, 459),
    (15, "협력 개방", "기업과 사회 주체가 국제 표준 제정에 적극 참여", 700, "건", True, None, True, 460),
]


def test_digital_economy_indicators(data):
    rows = [r for r in data["indicators"] if r["table_id"] == "kic-china-weekly-268/t01"]
    assert len(rows) == 16
    got = {(r["n"], r["year"]): r for r in rows}
    for n, name, v2020, v2025, unit, header_unit, line in DIGITAL:
        for year, value in ((2020, v2020), (2025, v2025)):
            r = got[n, year]
            assert (r["indicator"], r["value"], r["unit"], r["header_unit"], r["line"]) == (
                name, value, unit, header_unit, line)
            assert (r["status"], r["approx"], r["bound"], r["cumulative"], r["group"]) == ("예정", False, None, False, None)
            assert type(r["value"]) is type(value)
    assert got[4, 2020]["raw"] == "8.16"


def test_zhongguancun_indicators(data):
    rows = [r for r in data["indicators"] if r["table_id"] == "kic-china-weekly-268/t08"]
    assert [(r["n"], r["group"], r["indicator"], r["value"], r["unit"], r["approx"], r["bound"], r["cumulative"],
             r["line"]) for r in rows] == ZHONGGUANCUN
    assert {r["year"] for r in rows} == {2025} and {r["status"] for r in rows} == {"예상"}
    assert rows[10]["raw"] == "100개 이상" and rows[5]["raw"] == "약 45만 위안/인"


def test_repeated_indicator_row_is_flagged(data):
    # 전국 온라인 소매판매액 and 온라인 행정 서비스 실명사용자 규모 both print 11.76 → 17
    assert warnings_of(data, "table_row_repeats") == [76]


# ── ICBC: the service-center table (lines 212-224) and the incubator list (line 228) ──────
CENTERS = [  # (seq, bank ko, bank zh, zone ko, zone zh, sub-branch ko, sub-branch zh, line)
    (1, "광저우 지사", "广州分行", "광저우고신구", "广州高新技术产业开发区", "광저우경제기술개발구 지점", "广州经济技术开发区支行", 213),
    (2, "허페이 지사", "合肥分行", "허페이고신구", "合肥高新技术产业开发区", "허페이커지 지점", "合肥科技支行", 214),
    (3, "쑤저우 지사", "苏州分行", "쑤저우공업원", "苏州工业园", "쑤저우공업원 지점", "苏州工业园支行", 215),
    (3, "쑤저우 지사", "苏州分行", "쑤저우고신구", "苏州高新技术产业开发区", "쑤저우고신구 지점", "苏州高新区支行", 216),
    (4, "선전지사", "深圳分行", "선전고신구", "深圳高新技术产业开发区", "선전고신구 지점", "深圳高新园支行", 217),
    (5, "항저우지사", "杭州分行", "항저우고신구", "杭州高新技术产业开发区", "항저우커창 지점", "杭州科创支行", 219),
    (6, "청두지사", "成都分行", "청두고신구", "成都高新技术产业开发区", "청두고신구 지점", "成都高新支行", 220),
    (7, "베이징지사", "北京分行", "중관춘과학기술원", "中关村科技园区", "중관춘 지점", "北京中关村支行", 221),
    (8, "상하이지사", "上海分行", "상하이즈주고신구", "上海紫竹高新技术产业开发区", "상하이푸튀 지점", "上海普陀支行", 222),
    (9, "우한지사", "武汉分行", "우한동후고신구", "武汉东湖高新技术开发区", "후베이자유무역구 우한존 지점", "湖北自贸区武汉片区分行", 223),
    (10, "우씨지사", "无锡分行", "우씨고신구", "无锡高新技术产业开发区", "우씨신우 지사", "无锡新吴支行", 224),
]
INCUBATORS = [("닝보", "宁波"), ("시안", "西安"), ("포산", "佛山"), ("란저우", "兰州"), ("난징", "南京"), ("난창", "南昌"),
              ("텐진빈하이", "天津滨海"), ("스자좡", "石家庄"), ("칭다오", "青岛"), ("지난", "济南"), ("따리엔", "大连"),
              ("창샤", "长沙"), ("정저우", "郑州"), ("샤먼햇불", "厦门火炬"), ("장춘", "长春"), ("귀양", "贵阳")]


def test_icbc_service_centers(data):
    centers = [r for r in data["icbc_branches"] if r["role"] == "service_center"]
    assert [(r["seq"], r["bank_branch_ko"], r["bank_branch_zh"], r["zone_ko"], r["zone_zh"], r["sub_branch_ko"],
             r["sub_branch_zh"], r["line"]) for r in centers] == CENTERS
    assert {r["table_id"] for r in centers} == {"kic-china-weekly-268/t02"}
    # the prose's `광저우고신구 등 10개` agrees with the ten numbered rows
    assert len({r["seq"] for r in centers}) == 10


def test_icbc_incubators(data):
    incubators = [r for r in data["icbc_branches"] if r["role"] == "incubator"]
    assert [(r["zone_ko"], r["zone_zh"]) for r in incubators] == INCUBATORS
    assert [r["seq"] for r in incubators] == list(range(1, 17))
    assert {(r["line"], r["bank_branch_ko"], r["table_id"]) for r in incubators} == {(228, None, None)}
    assert not warnings_of(data, "count_mismatch") and not warnings_of(data, "count_unstated")


# ── company cards (lines 334-421) ─────────────────────────────────────────────────────────
COMPANIES = [  # (field, name, name_zh, founded, homepage, funding, funding_value, award, award_line)
    ("스마트커넥티드 전기차", "CATL", "宁德时代新能源科技股份有限公司", "2011-12-16", "https://www.catl.com/", "상장사", None,
     "CATL 나트륨 이온 배터리", 341),
    ("통신&장비 디바이스", "Pico", "北京小鸟看看科技有限公司", "2015-04-27", "https://www.pico-interactive.com/cn/",
     "2021년 9월 ByteDance 인수", None, "Pico Neo 3 6DoF VR 일체형 기기", 360),
    ("IoT& 스마트생활", "iFLYTEK", "科大讯飞股份有限公司", "1999-06-09", "https://www.iflytek.com/",
     "등록자금 8억 87.0596만 위안", 800_870_596, "iFLYTEK 학습 머신 T10", 377),
    ("IoT& 스마트도시", "SoundAI", "北京声智科技有限公司", "2016-04-01", "https://www.soundai.com/", "시리즈 B+", None,
     "AZERO 개발 프레임워크에 기반한 스마트 문화 관광단지 관련 핵심기술", 398),
    ("산업&비즈니스 업그레이드", "Corerain", "深圳鲲云信息科技有限公司", "2017-09-20", "https://www.corerain.com/", "시리즈 B",
     None, "데이터 흐름 AI 칩에 기반한 스마트 안전 감독 솔루션", 417),
]


def test_company_cards(data):
    got = [(c["field"], c["name"], c["name_zh"], c["founded"], c["homepage"], c["funding"], c["funding_value"],
            c["award"], c["award_line"]) for c in data["companies"]]
    assert got == COMPANIES
    assert [c["line_start"] for c in data["companies"]] == [334, 347, 366, 387, 408]
    assert data["companies"][2]["funding_unit"] == "위안"


# ── GDP figures from the provincial-results article (lines 154-200) ──────────────────────
GDP = [  # (line, region_ko, region_zh, metric, value, unit, rank, bound)
    (156, "중국", "全国", "gdp", 114 * 조 + 3700 * 억, "위안", None, None),
    (156, "중국", "全国", "gdp_growth", 8.1, "%", None, None),
    (156, "중국", "全国", "value_added_primary", 8 * 조 + 3100 * 억, "위안", None, None),
    (156, "중국", "全国", "value_added_primary_growth", 7.1, "%", None, None),
    (156, "중국", "全国", "value_added_secondary", 45 * 조 + 9900 * 억, "위안", None, None),
    (156, "중국", "全国", "value_added_secondary_growth", 8.2, "%", None, None),
    (156, "중국", "全国", "value_added_tertiary", 60 * 조 + 9700 * 억, "위안", None, None),
    (156, "중국", "全国", "value_added_tertiary_growth", 8.2, "%", None, None),
    (162, "광둥성", "广东", "gdp", 12 * 조, "위안", None, "min"),
    (162, "광둥성", "广东", "gdp", 12 * 조 + 4400 * 억, "위안", 1, None),
    (162, "광둥성", "广东", "gdp_growth", 8, "%", None, None),
    (169, "장쑤성", "江苏", "gdp", 11 * 조 + 6400 * 억, "위안", 2, None),
    (169, "장쑤성", "江苏", "gdp_growth", 8.6, "%", None, None),
    (171, "산둥성", "山东", "gdp", 8 * 조, "위안", None, "min"),
    (171, "산둥성", "山东", "gdp", 8 * 조 + 3100 * 억, "위안", 3, None),
    (171, "저장성", "浙江", "gdp", 7 * 조, "위안", None, "min"),
    (171, "저장성", "浙江", "gdp", 7 * 조 + 3500 * 억, "위안", 4, None),
    (171, "허난성", "河南", "gdp", 6 * 조, "위안", None, "max"),
    (171, "허난성", "河南", "gdp", 5 * 조 + 8900 * 억, "위안", 5, None),
    (171, "쓰촨성", "四川", "gdp", 5 * 조, "위안", None, "min"),
    (171, "후베이성", "湖北", "gdp", 5 * 조, "위안", None, "min"),
    (171, "상하이", "上海", "gdp", 4 * 조, "위안", None, "min"),
    (171, "안후이성", "安徽", "gdp", 4 * 조, "위안", None, "min"),
    (171, "허베이성", "河北", "gdp", 4 * 조, "위안", None, "min"),
    (171, "베이징", "北京", "gdp", 4 * 조, "위안", None, "min"),
    (171, "산시성", "山西", "gdp", 2 * 조, "위안", None, "min"),
    (171, "내몽골성", "内蒙古", "gdp", 2 * 조, "위안", None, "min"),
    (171, "간쑤성", "甘肃", "gdp", 1 * 조, "위안", None, "min"),
    (173, "후베이성", "湖北", "gdp_growth", 12.9, "%", 1, None),
    (173, "하이난성", "海南", "gdp_growth", 11.2, "%", 2, None),
    (173, "산시성", None, "gdp_growth", 9.1, "%", 3, None),
    (175, "하이난성", "海南", "gdp_growth_2y_avg", 7.3, "%", 1, None),
    (175, "산시성", "山西", "gdp_growth_2y_avg", 6.3, "%", 2, None),
    (175, "귀저우성", "贵州", "gdp_growth_2y_avg", 6.3, "%", 3, None),
    (184, "베이징", "北京", "gdp_per_capita", 183_900, "위안", 1, None),
    (184, "상하이", "上海", "gdp_per_capita", None, None, 2, None),
    (184, "장쑤성", "江苏", "gdp_per_capita", 10 * 만, "위안", None, "min"),
    (184, "푸젠성", "福建", "gdp_per_capita", 10 * 만, "위안", None, "min"),
    (184, "저장성", "浙江", "gdp_per_capita", 10 * 만, "위안", None, "min"),
    (184, "텐진", "天津", "gdp_per_capita", 10 * 만, "위안", None, "min"),
    (186, "베이징", "北京", "gdp_per_capita", 2 * 만, "달러", None, "min"),
    (186, "상하이", "上海", "gdp_per_capita", 2 * 만, "달러", None, "min"),
    (186, "장쑤성", "江苏", "gdp_per_capita", 2 * 만, "달러", None, "min"),
    (186, "안후이성", "安徽", "gdp_per_capita", 1 * 만, "달러", None, "min"),
    (186, "후난성", "湖南", "gdp_per_capita", 1 * 만, "달러", None, "min"),
    (186, "장시성", "江西", "gdp_per_capita", 1 * 만, "달러", None, "min"),
    (186, "랴오닝성", "辽宁", "gdp_per_capita", 1 * 만, "달러", None, "min"),
    (186, "산시성", None, "gdp_per_capita", 1 * 만, "달러", None, "min"),
    (190, "산둥성", "山东", "value_added_primary", 6029 * 억 + 3000 * 만, "위안", 1, None),
    (190, "쓰촨성", "四川", "value_added_primary", 5661 * 억 + 8600 * 만, "위안", 2, None),
    (190, "허난성", "河南", "value_added_primary", 5620 * 억 + 8200 * 만, "위안", 3, None),
    (190, "광둥성", "广东", "value_added_primary", 5000 * 억, "위안", 4, "min"),
    (190, "허베이성", "河北", "value_added_primary", 4000 * 억, "위안", 8, "min"),
    (190, "광시성", "广西", "value_added_primary", 4000 * 억, "위안", 9, "min"),
    (192, "후베이성", "湖北", "value_added_primary_growth", 11.1, "%", 1, None),
    (192, "간쑤성", "甘肃", "value_added_primary_growth", 10.1, "%", 2, None),
    (192, "후난성", "湖南", "value_added_primary_growth", 9.3, "%", 3, None),
    (194, "장쑤성", "江苏", "value_added_secondary", 5 * 조, "위안", None, "min"),
    (194, "광둥성", "广东", "value_added_secondary", 5 * 조, "위안", None, "min"),
    (194, "장쑤성", "江苏", "value_added_secondary", 5 * 조 + 1775 * 억 + 4000 * 만, "위안", 1, None),
    (194, "광둥성", "广东", "value_added_secondary", 5 * 조 + 219 * 억 + 1900 * 만, "위안", None, None),
    (194, "산둥성", "山东", "value_added_secondary", 3 * 조 + 3187 * 억 + 1600 * 만, "위안", 3, None),
    (194, "저장성", "浙江", "value_added_secondary", 3 * 조 + 1170 * 억 + 7800 * 만, "위안", 4, None),
    (194, "산시성", "山西", "value_added_secondary", 1 * 조, "위안", None, "min"),
    (194, "충칭", "重庆", "value_added_secondary", 1 * 조, "위안", None, "min"),
    (194, "랴오닝성", "辽宁", "value_added_secondary", 1 * 조, "위안", None, "min"),
    (196, "베이징", "北京", "value_added_secondary_growth", 23.2, "%", 1, None),
    (196, "후베이성", "湖北", "value_added_secondary_growth", 10, "%", None, "min"),
    (196, "저장성", "浙江", "value_added_secondary_growth", 10, "%", None, "min"),
    (196, "산시성", "山西", "value_added_secondary_growth", 10, "%", None, "min"),
    (196, "장쑤성", "江苏", "value_added_secondary_growth", 10, "%", None, "min"),
    (198, "광둥성", "广东", "value_added_tertiary", 6 * 조 + 9146 * 억 + 8200 * 만, "위안", 1, None),
    (198, "장쑤성", "江苏", "value_added_tertiary", 5 * 조 + 9866 * 억 + 4000 * 만, "위안", 2, None),
    (198, "산둥", "山东", "value_added_tertiary", 4 * 조, "위안", None, "min"),
    (198, "저장성", "浙江", "value_added_tertiary", 4 * 조, "위안", None, "min"),
    (198, "상하이", "上海", "value_added_tertiary", 3 * 조, "위안", None, "min"),
    (198, "안후이성", "安徽", "value_added_tertiary", 2 * 조, "위안", None, "min"),
    (198, "산시성", None, "value_added_tertiary", 1 * 조, "위안", None, "min"),
    (200, "하이난", "海南", "value_added_tertiary_growth", 15.3, "%", 1, None),
    (200, "후베이성", "湖北", "value_added_tertiary_growth", 12.6, "%", None, None),
    (200, "장씨성", "江西", "value_added_tertiary_growth", 9.5, "%", None, None),
    (200, "산둥성", "山东", "value_added_tertiary_growth", 9.2, "%", None, None),
    (200, "충칭", "重庆", "value_added_tertiary_growth", 9, "%", None, None),
]


def test_every_gdp_figure(data):
    got = [(r["line"], r["region_ko"], r["region_zh"], r["metric"], r["value"], r["unit"], r["rank"], r["bound"])
           for r in data["gdp"]]
    assert got == GDP
    assert {r["year"] for r in data["gdp"]} == {2021}
    assert {r["section_id"] for r in data["gdp"]} == {"kic-china-weekly-268/s02"}
    assert all(type(r["value"]) is type(e[4]) for r, e in zip(data["gdp"], GDP))


def test_gdp_raw_strings_are_as_printed(data):
    raws = {(r["line"], r["region_ko"], r["metric"], r["rank"]): r["raw"] for r in data["gdp"]}
    assert raws[184, "베이징", "gdp_per_capita", 1] == "183,900 위안"
    assert raws[184, "상하이", "gdp_per_capita", 2] == "2위"
    assert raws[194, "저장성", "value_added_secondary", 4] == "3조 1,170억 7800만 위안"


@pytest.mark.parametrize(("code", "lines"), [
    ("gdp_sectors_sum", [156]),      # 8조3100억 + 45조9900억 + 60조9700억 = 115조2700억 ≠ 114조3700억
    ("region_ambiguous", [173, 186, 198]),   # 산시성 without (山西): 山西 or 陕西
    ("gdp_list_mismatch", [196]),    # 4 regions, 3 growth rates
    ("gdp_no_region", [186]),        # `1만 달러에 도달한 성이 17개` names no region
])
def test_gdp_warnings(data, code, lines):
    assert warnings_of(data, code) == lines


def test_no_gdp_rank_or_value_conflicts(data):
    assert not warnings_of(data, "gdp_rank_order") and not warnings_of(data, "gdp_conflict")
