"""Kinds met in the airports issue (1057, kept out of the corpus: its writer read beyond the brief), each checked on its
sentence and on sentences of my own:

- a site named after its place and a glossed name (`상하이 푸둥(浦东)국제공항으로`, `선전 바오안(宝安)국제공항은`) is the
  place's: the district the airport is named after holds no figure, and a place that is also a common word (선전) is
  read as a place before it;
- a bracketed figure after a stage of a site's works (`광저우 바이윈공항 3기 확장(537억 7,000만 위안)`) is the place's;
- places combined into another (`광저우와 선전 두 곳을 합친 광둥성이`) are its parts, and the figure is the whole's;
- a year a run of years starts at (`2020년부터 4년 연속`) is not the year of the figure after it;
- the first of a series (`정저우를 시작으로 지금까지 17곳을`) owns no count of the series."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_an_airport_named_after_a_district_is_its_citys():
    assert _read("2024년 여객 처리량 1위 공항은 상하이 푸둥(浦东)국제공항으로 7,679만 2,000명을 기록했다.") == [
        ("상하이", "76792000", "명", 1, 2024)]
    assert _read("선전 바오안(宝安)국제공항은 6,147만 7,000명으로 4위를 유지했다.") == [
        ("선전", "61477000", "명", 4, 2025)]
    # (and after a figure in brackets: the one that came next, ninth)
    assert _read("2024년 항저우 샤오산(萧山)국제공항은 4,147만 명으로 8위였고, 선전 바오안공항(4,100만 명)이 뒤를 이었다.") == [
        ("항저우", "41470000", "명", 8, 2024), ("선전", "41000000", "명", 9, 2024)]
    # a district named as a place keeps its figure
    assert _read("상하이 푸둥신구(浦东新区)의 GDP는 1조 7,000억 위안이었다.") == [
        ("푸둥신구", "1700000000000", "위안", None, 2025)]
    # the common word stays a word
    assert _read("홍보와 선전 활동에 1,000억 위안을 썼다.") == []


def test_a_figure_after_a_stage_of_a_sites_works():
    text = ("투자 규모가 가장 큰 곳은 샤먼으로, 샹안(翔安)신공항 건설에 864억 위안이 들어간다. 광저우 바이윈공항 3기 "
            "확장(537억 7,000만 위안)과 상하이 푸둥공항 4기 확장(485억 위안)이 그다음으로 크다.")
    assert _read(text) == [("샤먼", "86400000000", "위안", 1, 2025), ("광저우", "53770000000", "위안", 2, 2025),
                           ("상하이", "48500000000", "위안", 3, 2025)]


def test_places_combined_into_a_province_are_its_parts():
    text = ("성 단위로 묶어 보면 푸젠성이 864억 위안으로 1위이고, 광저우와 선전 두 곳을 합친 광둥성이 849억 7,000만 위안으로 "
            "바짝 뒤쫓고 있다.")
    assert _read(text) == [("푸젠성", "86400000000", "위안", 1, 2025), ("광둥성", "84970000000", "위안", 2, 2025)]
    assert _read("쑤저우와 난징, 우시를 더한 장쑤성의 투자액은 2,300억 위안으로 1위였다.") == [
        ("장쑤성", "230000000000", "위안", 1, 2025)]
    # places listed as subjects keep their figures
    assert _read("광저우와 선전이 각각 120억 위안, 90억 위안을 유치했다.") == [
        ("광저우", "12000000000", "위안", None, 2025), ("선전", "9000000000", "위안", None, 2025)]


def test_the_year_a_run_starts_at_is_not_the_figures():
    text = ("2024년 여객 처리량 1위는 상하이였다. 2020년부터 4년 연속 정상을 지켜온 광저우 바이윈(白云)국제공항은 "
            "7,636만 9,000명으로 한 계단 내려앉았고, 베이징 서우두(首都)국제공항이 6,736만 7,000명으로 3위에 자리했다.")
    # (상하이's first place has no figure here, so 광저우's second is not inferred)
    assert _read(text) == [("광저우", "76369000", "명", None, 2024), ("베이징", "67367000", "명", 3, 2024)]
    assert _read("2024년 우한의 수출은 2019년부터 5년째 늘어 3,100억 위안을 기록했다.") == [
        ("우한", "310000000000", "위안", None, 2024)]
    # a year the figure is for, with `부터` meaning since then, still names a period the figure runs from
    assert _read("2023년부터 2년간 청두의 투자 유치액은 520억 위안이었다.")[0][:3] == ("청두", "52000000000", "위안")


def test_the_first_of_a_series_owns_no_count():
    assert _read("두 기관은 2013년 정저우를 시작으로 지금까지 17곳을 국가급 시범구로 지정했다.") == []
    assert _read("정부는 베이징을 필두로 모두 9곳에 시범구를 지정했다.") == []
    # a place that is the subject keeps its count
    assert _read("광저우는 2019년 톈허구를 시작으로 모두 12곳의 창업단지를 열었다.")[0][:3] == ("광저우", "12", "곳")


def test_the_city_of_a_district_a_series_starts_at_owns_no_count(corpus_issue):
    # 469 l.232: `1992 년 상하이 푸둥신구(浦东新区)를 시작으로 현재 19 곳이 지정돼 있다`: the country's new areas
    assert figures_at(corpus_issue(469), 232) == []
    assert _read("2010년 광저우 난사구(南沙区)를 시작으로 모두 7곳이 문을 열었다.") == []
