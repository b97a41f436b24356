"""Round 93 of unseen issues (1709 table-tennis balls and paddles, 1711 thermometers and hygrometers, 1713 calculators and
office electronics, 1715 whistles and referee gear), written to the harder brief and scored once before anything was
changed for them: the kinds they showed, each asserted with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_a_tie_after_the_one_ahead_shares_the_rank(corpus_issue):
    # 1709 l.57: `4위 프랑스(6,020만 달러)에 이어 영국과 브라질이 나란히 5,480만 달러를 기록해 공동 5위에 올랐다.`
    assert figures_at(corpus_issue(1709), 57)[-3:] == [
        ("프랑스", "60200000", 4, None, 2024), ("영국", "54800000", 5, None, 2024), ("브라질", "54800000", 5, None, 2024)]


def test_places_above_the_last_named_in_order(corpus_issue):
    # 1709 l.95: `하위권에서는 푸젠성이 1억 2,100만 개로 8위에 머물렀고, 그 위로 산둥성(2억 4,700만 개)과 허베이성(3억 1,600만
    # 개)이 자리했다.`
    assert figures_at(corpus_issue(1709), 95)[:3] == [
        ("푸젠성", "121000000", 8, None, 2024), ("산둥성", "247000000", 7, None, 2024), ("허베이성", "316000000", 6, None, 2024)]


def test_the_level_of_a_past_period_fallen_short_of_is_exact(corpus_issue):
    # 1709 l.216: `2025년 상반기 우한(武汉)의 신규 개설은 64곳으로, 2024년 상반기 71곳에 못 미치며 …`
    assert figures_at(corpus_issue(1709), 216)[:2] == [("우한", "64", None, None, 2025), ("우한", "71", None, None, 2024)]


def test_a_year_weighed_dates_only_its_own_figure():
    # 1709 l.39: `… 2022년 중국의 같은 품목 수출액이 8억 6,410만 달러에 머물렀던 점을 감안하면 증가세가 뚜렷하다.` then
    # figures of the year before it in the paragraph's next sentence
    text = ("2024년 중국의 탁구용품 수출액은 9억 8,640만 달러로 1년 전보다 7.4% 늘었다. 2022년 중국의 같은 품목 수출액이 "
            "8억 6,410만 달러에 머물렀던 점을 감안하면 증가세가 뚜렷하다. 중국의 상반기 수출은 4억 5,170만 달러였다.")
    assert [(f["value"], f["year"]) for f in block_to_figures(text, 2025)[0]] == [
        ("986400000", 2024), ("7.4", 2024), ("864100000", 2022), ("451700000", 2024)]


def test_the_nation_as_an_adverb_and_a_share_of_the_place_where_firms_are(corpus_issue):
    # 1711 l.230: `전국적으로 온습도계 검정 자격을 갖춘 법정 계량기관은 2024년 말 3,100곳 남짓이다.`
    assert figures_at(corpus_issue(1711), 230)[0] == ("전국", "3100", None, "min", 2024)
    # 1711 l.173: `2024년 말 기준 선전에 등록된 온습도 센서 관련 기업은 1,240곳으로 전국의 19.6%를 차지했다.`
    assert figures_at(corpus_issue(1711), 173)[:2] == [("선전", "1240", None, None, 2024), ("선전", "19.6", None, None, 2024)]


def test_a_count_of_places_each_named_after_its_city(corpus_issue):
    # 1713 l.192: `행동계획이 지정한 3개 핵심 거점은 선전 룽강구(龙岗区), 둥관(东莞) 쑹산후, 주하이 샹저우구(香洲区), 후이저우(惠州)
    # 중카이고신구다.`: four named
    assert [(w.line, w.message) for w in corpus_issue(1713).warnings if w.code == "count_mismatch"] == [
        (192, "the text says 3개 핵심 거점 but lists 4: 선전 룽강구(龙岗区), 둥관(东莞) 쑹산후, 주하이 샹저우구(香洲区), "
              "후이저우(惠州) 중카이고신구")]


def test_print_wraps_inside_an_order_phrase():
    from kic_extract.pdf.wraps import join_text, spans_order_phrase

    # 1709's LibreOffice print: `… 상하이(17.5%)와 저장성(13.5%)이 뒤를 따` | `랐다.` (2nd and 3rd)
    assert join_text("저장성(13.5%)이 뒤를 따", "랐다. 저장성의", False, "") == "저장성(13.5%)이 뒤를 따랐다. 저장성의"
    assert not spans_order_phrase("뒤를 따", "로 두고")  # (no order word: `따로`)
