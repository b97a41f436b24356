"""Shapes held-out issues 553–556 showed when first read (tests/corpus/heldout): a `단위` column whose cells
give each row's unit (`만 인년`), firms a region only qualifies (`중국 휴머노이드 업체 상당수가`, `중국
투자기관 9곳이`), the rest of a set (`나머지 7 곳`), a place counted alone (`한 곳에서만`), and order words
(`… 139곳이 뒤따른다`, `다음 자리를 차지했고`). Values read by hand from the issues' lines."""

from conftest import figures_at, records_of


def test_a_unit_column_giving_person_years(corpus_issue):
    # 556 l.43 `항목	단위	2026년	…`, l.44 `R&D 경비	억 위안	36,810	…`, l.48 `R&D 인력(전일제 환산)	만 인년	720	756	791	829`
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"]) for a in records_of(corpus_issue(556), "amounts")}
    assert amounts[(44, "36,810")] == ("3681000000000", "위안")
    assert amounts[(48, "720")] == ("7200000", "인년") and amounts[(48, "829")] == ("8290000", "인년")


def test_firms_a_region_qualifies_hold_no_figure_of_the_region(corpus_issue):
    # 555 l.187 `▶ 기업 소개: … 중국 휴머노이드 업체 상당수가 고객사이며, 올해 상반기 출하량은 8,000세트로 …`
    assert figures_at(corpus_issue(555), 187) == []
    # 556 l.218 `… 포럼에는 한국 바이오 스타트업 12곳과 중국 투자기관 9곳이 참가했다.`
    assert figures_at(corpus_issue(556), 218) == []
    # 554 l.100 `홍콩·마카오 창업팀 입주는 선전이 470곳으로 가장 많았고, 주하이와 광저우가 뒤를 이었다.`
    assert figures_at(corpus_issue(554), 100) == [("선전", "470", 1, None, None)]
    # 498 l.199 `반면 지난해 미국 내 중국 스타트업의 신규 법인 설립은 18% 줄며 …`: firms in a region are counted there,
    # as 379 l.206 `… 한국 내 신청이 61팀, 중국 내 한인 창업팀이 85팀이었다.`
    assert figures_at(corpus_issue(498), 199)[0] == ("미국", "-18", None, None, 2028)
    assert figures_at(corpus_issue(379), 206)[:2] == [("한국", "61", None, None, 2027), ("중국", "85", None, None, 2027)]


def test_the_rest_of_a_set_and_a_place_counted_alone(corpus_issue):
    # 553 l.115 `… 다섯 곳, 즉 후베이성, 후난성, 안후이성, 허난성, 장시성의 고신구가 포함됐고, 나머지 7 곳은 서부 지역에
    # 자리했다.`: the seven are no province's
    assert figures_at(corpus_issue(553), 115) == []
    # 386 l.99 `… 광둥성에서는 선전시 산하 난산구(南山区)에서만 34건의 투자가 성사돼 구 단위로는 전국에서 가장 많았다.`
    assert figures_at(corpus_issue(386), 99)[-1] == ("난산구", "34", 1, None, 2026)


def test_order_words_that_follow(corpus_issue):
    # 556 l.138 `성별로는 장쑤성이 262곳으로 가장 많고, 광둥성 231곳, 산둥성 139곳이 뒤따른다.`
    assert figures_at(corpus_issue(556), 138)[1:] == [("장쑤성", "262", 1, None, 2029), ("광둥성", "231", 2, None, 2029),
                                                      ("산둥성", "139", 3, None, 2029)]
    # 553 l.161 `… 푸둥신구(浦东新区)가 1조 520억 위안으로 1위에 올랐으며, … 베이징 하이뎬구(海淀区)가 7,480억 위안으로 다음
    # 자리를 차지했고, 선전 난산구(南山区)는 5,120억 위안을 기록했다.`
    figures = figures_at(corpus_issue(553), 161)
    assert ("하이뎬구", "748000000000", 2, None, 2030) in figures and ("난산구", "512000000000", None, None, 2030) in figures


def test_a_rank_or_band_held_once_ranks_nothing_now(corpus_issue):
    # 554 l.136 `… 청두(成都)는 12개로 8위였다. … 한때 10위권을 지키던 톈진은 유니콘 수가 5개로 줄며 순위권 밖으로 밀려났다.`
    assert figures_at(corpus_issue(554), 136)[-1] == ("톈진", "5", None, None, 2030)
    # 515 l.245 `… 한때 3 위권이던 랴오닝성은 올해 1~9 월 …`
    assert figures_at(corpus_issue(515), 245)[-1] == ("랴오닝성", "-4.3", None, None, 2029)
