"""China's prefecture-level cities the gazetteer does not list (data/city_spellings.tsv): spelt by the
transliteration engine, corrected by hand, named in prose only with their 시 or a gloss. Spellings
checked by hand against 외래어 표기법's table; figures read by hand from the issues' lines."""

from conftest import figures_at, load_tool

from kic_extract.data import tsv_rows
from kic_extract.gazetteer import PLACES, find_regions
from kic_extract.typed.prose_figures import block_to_figures


def _tool():
    return load_tool("make_city_spellings")


def test_the_table_is_what_its_tool_writes_from_the_data_it_names():
    rows = [tuple(r.values()) for r in tsv_rows("city_spellings.tsv")]
    assert rows == _tool().rows()


def test_every_citys_reading_is_what_the_engine_reads_today():
    # data/city_readings.tsv is loaded at every start instead of reading ~700 cities anew: when the
    # engine or its tables change a reading, this fails until tools/make_city_spellings.py is run
    rows = [tuple(r.values()) for r in tsv_rows("city_readings.tsv")]
    assert rows == _tool().reading_rows()
    readings = dict(rows)
    assert (readings["绵阳市"], readings["肇庆市"], readings["义乌市"]) == ("몐양", "자오칭", "이우")
    assert len(rows) == len(tsv_rows("cities.tsv")) == 693


def test_spellings_by_the_standard_with_the_hand_corrections():
    spelt = {r["zh"]: (r["pinyin"], r["ko"]) for r in tsv_rows("city_spellings.tsv")}
    assert spelt["汕尾"] == ("Shànwěi", "산웨이")
    assert spelt["湛江"] == ("Zhànjiāng", "잔장")
    assert spelt["汕尾"] == ("Shànwěi", "산웨이") and "汕头" not in spelt  # (산터우, an SEZ, is the gazetteer's: named bare)
    assert spelt["蚌埠"] == ("Bèngbù", "벙부")
    assert spelt["漯河"] == ("Luòhé", "뤄허")  # (the override: 漯 is luò here)
    assert "鞍山" not in spelt and "安阳" not in spelt  # (안산시, 안양시 are Korea's too)
    assert "沧州" not in spelt and "宿州" not in spelt  # (창저우 is 常州's, 쑤저우 苏州's: the gazetteer's)
    assert len(spelt) == 210


def test_a_city_is_named_with_its_suffix_or_gloss_never_bare():
    found = [(m.written, m.zh) for m in find_regions("산웨이시는 6.1%, 잔장(湛江)은 5.8%, 주장 5%와 한중 교역액은", PLACES)]
    assert found == [("산웨이시", "汕尾"), ("잔장(湛江)", "湛江")]
    # a spelling two cities share names either, its Chinese left unknown
    assert [(m.written, m.zh, m.candidates) for m in find_regions("타이저우시는", PLACES)] == \
        [("타이저우시", None, ("泰州", "台州"))]
    figures, _ = block_to_figures("한중 교역액은 3,000억 달러, 주장 5% 성장했다.", 2030)
    assert figures == []


def test_cities_ranked_in_a_province_by_their_names_alone(corpus_issue):
    # 591 l.226 `광둥성 지급시 가운데 2030년 GDP 증가율은 산웨이시가 6.1%로 가장 높았다. 다음으로 잔장시 5.8%, 선전시
    # 5.6%, 산터우시 5.2% 순이었다.`: the province only scopes the ranking
    assert figures_at(corpus_issue(591), 226) == [
        ("산웨이시", "6.1", 1, None, 2030), ("잔장시", "5.8", 2, None, 2030), ("선전시", "5.6", 3, None, 2030),
        ("산터우시", "5.2", 4, None, 2030)]
    # 524 l.97 `양푸(洋浦)경제개발구가 있는 단저우시는 지난해 처음으로 50억 위안을 넘어섰다.`
    assert ("단저우시", "5000000000", None, "min", 2029) in figures_at(corpus_issue(524), 97)


def test_a_bare_name_glossed_elsewhere_in_the_issue_stays_a_place(corpus_issue):
    # 309 l.228 `반면 광둥성 사오관의 데이터센터 가동률은 2025년 9월 말 40% 미만에 머물러 …` (사오관(韶关) at l.208)
    assert ("사오관", "40", None, "max", 2025) in figures_at(corpus_issue(309), 228)
    # 382 l.122 `국경 도시인 핑샹(凭祥)과 둥싱(东兴)의 변경무역은 각각 18.5%, 21.3% 늘었다.`
    assert figures_at(corpus_issue(382), 122)[:2] == [("핑샹", "18.5", None, None, 2026), ("둥싱", "21.3", None, None, 2026)]


def test_a_brand_opening_with_such_a_city_is_not_split_but_the_city_alone_is_a_place():
    from kic_extract.names.glossary import split_name

    assert [s.zh for s in split_name("宁德时代")] == ["宁德时代"]  # (CATL, a company)
    assert [s.zh for s in split_name("上海紫竹")] == ["上海", "紫竹"]
