"""Where a text marks its page breaks with running heads and page numbers, a blank line anywhere else is no page
break: what is under it never joins the line above. Values read by hand from the held-out issues' lines."""

from conftest import records_of


def _block_texts(result) -> list[tuple[int, str]]:
    return [(b["line_start"], b["text"]) for s in records_of(result, "sections") for b in s["blocks"] if b.get("text")]


def test_a_cards_last_field_keeps_to_its_line(corpus_issue):
    # 748 l.117-119 `■ 신루이웨이뎬쯔(芯锐微电子)` / `설립 2027 년 4 월 / 본사 …` / `투자 시리즈 A 2 억 위안(2028 년) → 시리즈 B
    # 6 억 5,000 만 위안(2031 년) → 전략투자 1 억 달러(2033 년) | 누적 15 억 위안 이상`, a blank line, then its description
    result = corpus_issue(748)
    card = [c for c in records_of(result, "companies") if c["name"] == "신루이웨이뎬쯔"]
    assert [(c["name_zh"], c["line_start"], c["line_end"]) for c in card] == [("芯锐微电子", 117, 119)]
    amounts = [(a["raw"], a["value"], a["unit"], a["bound"], a["cumulative"])
               for a in records_of(result, "amounts") if a["line"] == 119]
    assert amounts == [("2억 위안", "200000000", "위안", None, False),
                       ("6억 5,000만 위안", "650000000", "위안", None, False),
                       ("1억 달러", "100000000", "달러", None, False),
                       ("누적 15억 위안 이상", "1500000000", "위안", "min", True)]
    texts = dict(_block_texts(result))
    assert texts[121].startswith("차량용 전력반도체를 설계하는 팹리스 기업으로")


def test_an_item_or_a_line_under_a_blank_is_a_paragraph_of_its_own(corpus_issue):
    # 305 l.233 `▶ 시상: 대상(1팀) 30,000RMB, …, 우수상(2팀) 각 5,000RMB`, a blank line, l.235 `수상팀에는 …`
    texts = dict(_block_texts(corpus_issue(305)))
    assert texts[233] == "시상: 대상(1팀) 30,000RMB, 최우수상(1팀) 15,000RMB, 우수상(2팀) 각 5,000RMB"
    assert texts[235].startswith("수상팀에는 하이쿨(HICOOL) 글로벌 창업대회 본선 추천과")
    # 418 l.199 `▶ 신청 방법: … 이메일(info@kicchina.org)로 제출`, a blank line, then `문의: …` (no `제출문의`)
    texts = dict(_block_texts(corpus_issue(418)))
    assert texts[199].endswith("이메일(info@kicchina.org)로 제출")
    assert not [t for _, t in _block_texts(corpus_issue(418)) if "제출문의" in t]
