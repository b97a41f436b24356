"""Kinds met in a twenty-seventh round (1181 livestreaming, 1183 carbon markets, 1185 county economies, 1187 drug
licensing): `t` for tonnes in a table's unit line (`단위: 만 t, 억 위안`), a thing done in a place named with its Chinese
(`전국에서 발급된 녹색전력증서(绿证)는`: counted there, no firm), the base of a rate (`1,000kWh 마다 1 건씩`), a set grown
by a place joining it (`푸젠(福建)까지 합류하면서 시범시장은 8 곳으로`), a region's recorded level passed (`중국이 기록한
519억 달러를 크게 웃도는`), sites named after their places counted (`쑤저우 바이오베이, …, 우한 광구 바이오성 5곳`), a
city whose name ends like a generic word (`츠시(慈溪)`) or glossed with `시` after it and then named bare (`진장(晋江)시` |
`진장 5.8%`), and firms of another origin in a place (`쿤산의 대만계 투자기업은`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.places import glossed_places
from kic_extract.typed.prose_figures import block_to_figures


def test_tonnes_written_t_in_a_tables_unit_line(corpus_issue):
    # 1183 l.100-104: `단위: 만 t, 억 위안` / `번호 | 거래 기관 | 소재지 | 개장 | 거래량 | 거래액` / … / `3 | 상하이환경에너지거래소
    # 上海环境能源交易所 | 상하이 | 2013.11 | 5,140 | 14.83`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1183), "amounts") if a["line"] == 104]
    assert amounts == [("51400000", "t"), ("1483000000", "위안")]


def test_a_thing_done_in_a_place_named_with_its_chinese_is_counted_there(corpus_issue):
    # 1183 l.42: `… 지난해 전국에서 발급된 녹색전력증서(绿证)는 47 억 3,400 만 건에 달했다. 녹색전력증서는 … 전력 1,000kWh 마다
    # 1 건씩 발급되는 전자 증빙으로, …`: the nation's count; the rate's base and its share are none
    assert figures_at(corpus_issue(1183), 42) == [("전국", "4734000000", None, None, 2024)]
    # 1179 l.46: `… 2025년 한 해 동안 전국에서 운행된 중국-유럽 화물열차(中欧班列)는 2만 105편으로, 연간 운행량이 처음으로 2만 편을
    # 넘어섰다.`
    assert figures_at(corpus_issue(1179), 46)[:2] == [("전국", "20105", None, None, 2025), ("전국", "20000", None, "min", 2025)]
    # (a firm set up in a place, named with its Chinese, is still no place's: `허페이에 본사를 둔 싱허즈넝(星河智能)은`)
    figures, _ = block_to_figures("허페이에 본사를 둔 싱허즈넝(星河智能)은 지난해 매출이 4억 위안이었다.", 2025)
    assert figures == []


def test_a_set_grown_by_a_place_joining_it_and_a_record_passed(corpus_issue):
    # 1183 l.91: `… 2016 년 말 푸젠(福建)까지 합류하면서 시범시장은 8 곳으로 늘었다.`: the markets', not Fujian's
    assert figures_at(corpus_issue(1183), 91) == []
    # 1187 l.40: `… 2024년 한 해 동안 중국이 기록한 519억 달러를 크게 웃도는 규모로, …`: China's level, passed
    assert figures_at(corpus_issue(1187), 40)[-1] == ("중국", "51900000000", None, None, 2024)


def test_sites_named_after_their_places_are_counted(corpus_issue):
    # 1187 l.240: `… 1,000억 위안을 넘어선 단지는 쑤저우 바이오베이, 상하이 장장과학성, 베이징 중관춘 생명과학원, 우한 광구 바이오성
    # 5곳이다.`
    assert warnings_of(corpus_issue(1187), "count_mismatch") == [
        (240, "the text says 5곳 but lists 4: 쑤저우 바이오베이, 상하이 장장과학성, 베이징 중관춘 생명과학원, 우한 광구 바이오성")]


def test_cities_named_bare_after_their_gloss(corpus_issue):
    # 1185 l.77: `… 이우(义乌)가 6.1%로 가장 높았고 진장 5.8%, 츠시(慈溪) 5.5% 순이었다.` (l.73: `4위 진장(晋江)시가 …`)
    assert figures_at(corpus_issue(1185), 77)[:3] == [
        ("이우", "6.1", 1, None, 2024), ("진장", "5.8", 2, None, 2024), ("츠시", "5.5", 3, None, 2024)]
    # l.116: `허난성에서는 2024년 신정(新郑)시가 …, 궁이(巩义)시가 …. 성장률은 신정이 6.8%로 궁이(5.9%)보다 0.9%p 높았다.`
    assert figures_at(corpus_issue(1185), 116)[2:] == [
        ("신정", "6.8", None, None, 2024), ("궁이", "5.9", None, None, 2024), ("신정", "0.9", None, None, 2024)]
    assert glossed_places("진장 5.8%, 츠시(慈溪) 5.5%. 진장(晋江)시가") == {"츠시": "慈溪", "진장": "晋江", "진장시": "晋江市"}


def test_firms_of_another_origin_counted_where_they_are(corpus_issue):
    # 1185 l.267: `… 쿤산의 대만계 투자기업은 5,300곳 이상으로 중국 현급 도시 가운데 가장 많다.`
    assert figures_at(corpus_issue(1185), 267)[1] == ("쿤산", "5300", 1, "min", 2024)
    # (alone, the firms a country qualifies are its own: `한국계 투자기업은`)
    figures, _ = block_to_figures("한국계 투자기업은 5,300곳이다.", 2024)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("한국", "5300")]


def test_words_a_print_cut_at_a_lines_end_are_joined_as_the_text_has_them():
    # 1181 l.50 in LibreOffice's print: `전국 거래액의 19.4%가 항저우 한 곳에` | `서 나온 셈이다`
    assert join_text("항저우 한 곳에", "서 나온 셈이다", False, "") == "항저우 한 곳에서 나온 셈이다"
    # 1183 l.118 in Ghostscript's print: `베이징은 거래량이 2,830 만 t 으로 7 위에 그쳤지` | ` 만 거래액은 …`
    assert join_text("7위에 그쳤지", " 만 거래액은", False, "") == "7위에 그쳤지만 거래액은"
    # 1153 l.51 in LibreOffice's print: `… 광저우와는 81 만 1,000 명` | `차이가 났다`: a number's counter ends its word
    assert join_text("광저우와는 81 만 1,000 명", "차이가 났다", True, "") == "광저우와는 81 만 1,000 명 차이가 났다"
    # (a particle after the counter still closes it: `3,000 명` | `을 넘어섰다`)
    assert join_text("방문객은 3,000 명", "을 넘어섰다", True, "") == "방문객은 3,000 명을 넘어섰다"
