"""Figures given to places a sentence does not name beside them: the places a sentence before listed as one set,
given amounts in turn (`… 네 곳이 … | 이들 지역의 수출입액은 각각 …`); the places listed as joining a club
(`'2 조 위안 클럽'에는 톈진시, 닝보시, 칭다오시 세 곳이 새로 합류했다`, `‘GDP 1조 위안 도시’는 … 세 곳이다`); and counts in native numerals gathered in
the place after them (`세 곳이 베이징시에, 두 곳이 상하이시에 본사를 두고 있다`). Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["bound"]) for f in block_to_figures(text, 2025)[0]]


def test_a_set_named_before_given_amounts_in_turn(corpus_issue):
    # 509 l.86: 광둥성 7조 3,100억, 장쑤성 4조 4,800억, 저장성 4조 1,200억, 상하이시 3조 3,500억 위안 (2029), unranked;
    # then 광둥성 is 2조 8,300억 위안 ahead of 장쑤성
    assert [(r, v, rank) for r, v, rank, _, _ in figures_at(corpus_issue(509), 86)][:5] == [
        ("광둥성", "7310000000000", None), ("장쑤성", "4480000000000", None), ("저장성", "4120000000000", None),
        ("상하이시", "3350000000000", None), ("광둥성", "2830000000000", None)]


def test_a_set_in_turn_needs_its_count_and_as_many_amounts():
    text = "{list} 곳이 신규 허브로 지정됐다. 이들 지역의 투자액은 각각 120억 위안, 95억 위안, 80억 위안이었다."
    assert _read(text.format(list="청두·충칭·시안 세")) == [
        ("청두", "12000000000", None, None), ("충칭", "9500000000", None, None), ("시안", "8000000000", None, None)]
    # the count is not the list's, or the amounts are not as many as the places: nothing is given in turn
    assert _read(text.format(list="청두·충칭·시안 네")) == []
    assert _read("청두·충칭 두 곳이 신규 허브로 지정됐다. 이들 지역의 투자액은 각각 120억 위안, 95억 위안, 80억 위안이었다.") == []


def test_places_joining_a_club(corpus_issue):
    # 536 l.48: 톈진시, 닝보시, 칭다오시 newly passed 2조 위안 (2029)
    assert [(r, v, b) for r, v, _, b, _ in figures_at(corpus_issue(536), 48)][:3] == [
        ("톈진시", "2000000000000", "min"), ("닝보시", "2000000000000", "min"), ("칭다오시", "2000000000000", "min")]
    # a club the places are only compared with is joined by none of them
    assert _read("'2 조 위안 클럽'에는 톈진시, 닝보시가 주목하고 있다.") == []
    # a class a quoted mark names, its members counted after it
    assert _read("올해 ‘GDP 1조 위안 도시’는 충칭시, 상하이시, 청두시 세 곳이다.") == [
        ("충칭시", "1000000000000", None, "min"), ("상하이시", "1000000000000", None, "min"),
        ("청두시", "1000000000000", None, "min")]
    assert _read("올해 ‘GDP 1조 위안 도시’는 충칭시, 상하이시, 청두시 등이다.") == []


def test_counts_in_words_gathered_in_a_place(corpus_issue):
    # 434 l.151: of the eight, three have their seat in 베이징시, two in 상하이시 (2028)
    assert [(r, v) for r, v, _, _, _ in figures_at(corpus_issue(434), 151)][:2] == [("베이징시", "3"), ("상하이시", "2")]
    assert _read("이 중 두 곳이 선전에 몰려 있다.") == [("선전", "2", None, None)]
    # a count of what a noun before it names, done somewhere, is no place's count
    assert _read("완성차 업체 두 곳이 상하이시에 공장을 세웠다.") == []


def test_places_a_region_put_on_a_list(corpus_issue):
    # 574 l.73: 광둥성 put five cities in the top 20 (2030); 장쑤성's four, the list after them the subject, is not read
    assert ("광둥성", "5", None, None, 2030) in figures_at(corpus_issue(574), 73)
    assert _read("상위 10곳에 장쑤성은 3개 도시를 올렸다.") == [("장쑤성", "3", None, None)]
    # a set of places by its size, and places that made a list themselves, are no region's count
    assert _read("웨강아오대만구는 광둥성 9개 도시와 홍콩·마카오 2개 특별행정구로 이뤄진다.") == []
    assert _read("베이징·상하이 2개 도시에 이어 이번에 3개 도시, 즉 허페이·우한·시안이 새로 이름을 올렸다.") == []


def test_counts_in_compound_native_numerals():
    # a ten and a unit (`열두` 12, `스물한` 21), read wherever a native count is
    assert _read("베이징이 열두 곳으로 가장 많았고 상하이가 열한 곳으로 뒤를 이었다.") == [
        ("베이징", "12", 1, None), ("상하이", "11", 2, None)]
    assert _read("이 가운데 스물한 곳이 선전에 몰려 있다.") == [("선전", "21", None, None)]


def test_a_mark_passed_by_places_added_or_besides(corpus_issue):
    # 747 l.35: six provinces, three listed and three added to them, each passed 1조 위안 in the first quarter
    assert [r for r, v, _, b, _ in figures_at(corpus_issue(747), 35) if v == "1000000000000" and b == "min"] == [
        "광둥성", "장쑤성", "산둥성", "저장성", "쓰촨성", "허난성"]
    # 865 l.68: besides the six of the table, 후베이성 and 푸젠성 passed 3조 위안
    assert [(r, b) for r, v, _, b, _ in figures_at(corpus_issue(865), 68) if v == "3000000000000"] == [
        ("후베이성", "min"), ("푸젠성", "min")]
    # counted as more places than listed, the added lists do not share the mark out
    assert not {"광둥성", "장쑤성"} & {r for r, _, _, _ in _read("광둥성, 장쑤성에 저장성을 더한 4 개 성의 GDP 가 1 조 위안을 넘어섰다.")}


def test_a_mark_passed_by_a_set_the_next_sentence_lists(corpus_issue):
    # 891 l.62: 3만 달러 per head passed by three regions in 2036, named in the sentence after the count
    assert [(r, v, b, y) for r, v, _, b, y in figures_at(corpus_issue(891), 62) if v == "30000"] == [
        ("베이징시", "30000", "min", 2036), ("상하이시", "30000", "min", 2036), ("장쑤성", "30000", "min", 2036)]
    # not when the next sentence names fewer places than counted
    assert _read("GDP가 1조 위안을 넘은 도시는 네 곳이다. 베이징시, 상하이시, 장쑤성으로, 장쑤성은 처음이다.") == []


def test_a_mark_describing_the_places_after_it(corpus_issue):
    # 336 l.90: 시짱자치구 (612억 위안, 31st) and 칭하이성 (948억 위안, 30th), both under 1,000억 위안
    assert [(r, v, rank, b) for r, v, rank, b, _ in figures_at(corpus_issue(336), 90)][:4] == [
        ("시짱자치구", "61200000000", 31, None), ("칭하이성", "94800000000", 30, None),
        ("시짱자치구", "100000000000", None, "max"), ("칭하이성", "100000000000", None, "max")]
    # the places' own figure, shared by the list, stays theirs too
    assert _read("GDP가 1조 위안을 넘는 광둥성과 장쑤성은 모두 5% 넘게 성장했다.") == [
        ("광둥성", "5", None, "min"), ("장쑤성", "5", None, "min"),
        ("광둥성", "1000000000000", None, "min"), ("장쑤성", "1000000000000", None, "min")]
