"""Units met in a seventeenth round (1101 hotels and tourism, 1105 pigs and poultry): `인차` (人次, visits counted per
person), `실` (rooms, after a magnitude only), `마리` and `두` (head of poultry and livestock), and a caption's unit per
another unit (`(위안/kg)`), in prose, row labels and captions, read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.typed.prose_figures import block_to_figures


def test_visits_counted_per_person(corpus_issue):
    # 1101 l.72: `2025년 중국의 국내 관광객은 연인원 61억 3,700만 인차로 전년 대비 9.3% 늘었고`
    assert figures_at(corpus_issue(1101), 72)[0] == ("중국", "6137000000", None, None, 2025)
    # 1101 l.76, l.79: `국내 관광객 수(억 인차)\t48.91\t…`, `입국 관광객 수(만 인차)\t8,203\t…`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1101), "amounts") if a["line"] in (76, 79)]
    assert amounts[:3] == [("4891000000", "인차"), ("5615000000", "인차"), ("6137000000", "인차")]
    assert amounts[3] == ("82030000", "인차")


def test_rooms_after_a_magnitude(corpus_issue):
    # 1101 l.144: `체인 호텔 객실은 광둥성이 142만 실로 가장 많았고 장쑤성(118만 실), 저장성(104만 실)이 뒤를 이었다`
    assert figures_at(corpus_issue(1101), 144)[:3] == [("광둥성", "1420000", 1, None, 2025),
                                                       ("장쑤성", "1180000", 2, None, 2025),
                                                       ("저장성", "1040000", 3, None, 2025)]
    # with no magnitude before it, `실` opens a word (`3 실적`), no rooms
    assert block_to_figures("광둥성의 3 실적 가운데 둘은 수출이었다.", 2025)[0] == []


def test_head_of_livestock_and_a_price_per_kilogram(corpus_issue):
    # 1105 l.47: `생돼지 출하 두수(만 두)\t72,662\t70,256\t71,973\t2.4`; l.50: `가금 출하 수(억 마리)\t168.2\t…`
    amounts = {(a["line"], a["value"], a["unit"]) for a in records_of(corpus_issue(1105), "amounts")}
    assert {(47, "726620000", "두"), (47, "2.4", "%"), (50, "16820000000", "마리")} <= amounts
    # 1105 l.88-90: `주요 사료·원료 평균 가격 추이 (위안/kg)` / … / `옥수수\t2.36\t2.31\t2.24`
    assert {(90, "2.36", "위안/kg"), (90, "2.24", "위안/kg")} <= amounts
    table = next(t for t in records_of(corpus_issue(1105), "tables") if t["line_start"] == 88)
    assert table["unit"] == "위안/kg"
    # `두` alone in prose is the numeral (`두 곳`), no head
    assert block_to_figures("광둥성은 두 곳을 새로 지정했다.", 2025)[0][0]["unit"] == "곳"
