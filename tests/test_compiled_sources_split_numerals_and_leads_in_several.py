"""Shapes 789–796 showed: a contents entry's source made of reports put together after `··`, a lead a region holds
in several measures at once before a sentence with one figure, and in a PDF a native numeral cut at a wrap. Values
read by hand from the issues' lines."""

from conftest import figures_at, records_of

from kic_extract.pdf.wraps import join_text
from kic_extract.segment.toc import names_source


def test_a_source_put_together_after_two_dots_is_no_part_of_the_title(corpus_issue):
    # 796 l.15 `  06  주요 도시 창업지원 펀드 조성 계획 ·· 각 시 정부 발표 종합`
    result = corpus_issue(796)
    entry = records_of(result, "issues")[0]["toc"][3]
    assert (entry["title"], entry["source"], entry["page"]) == ("주요 도시 창업지원 펀드 조성 계획", "각 시 정부 발표 종합", 6)
    assert [s["title"] for s in records_of(result, "sections")][3] == "주요 도시 창업지원 펀드 조성 계획"
    # but a headline's second part after a dash stays a title's (`저공경제·합성생물·산업 AI 기업 3곳`)
    assert names_source("저공경제·합성생물·산업 AI 기업 3곳") is False


def test_a_lead_in_several_measures_at_once_ranks_no_later_figure(corpus_issue):
    # 789 l.80 `청두는 이번 명단에서 보조금과 노선 수 모두 가장 많은 몫을 받았다. 청두시는 2034 년 시내 드론 배송이 86 만
    # 건으로 전년보다 42% 늘었다고 밝혔다.`
    assert figures_at(corpus_issue(789), 80)[1:] == [("청두시", "860000", None, None, 2034), ("청두시", "42", None, None, 2034)]


def test_a_native_numeral_cut_at_a_wrap_is_one_word():
    # Ghostscript's print of 792 wraps `… 이번에 지정된 시범` | `지역은 모두 다` | `섯 개 지역으로, 청두(成都), …` (l.30)
    # in a document it wraps at spaces elsewhere
    assert join_text("이번에 지정된 시범지역은 모두 다", "섯 개 지역으로, 청두(成都),", False, "") \
        == "이번에 지정된 시범지역은 모두 다섯 개 지역으로, 청두(成都),"
    assert join_text("모두 다", " 섯 개 지역", False, "") == "모두 다섯 개 지역"
    assert join_text("도시 여", "덟 곳이", False, "") == "도시 여덟 곳이"
    assert join_text("모두 다", "섯다 놀이", False, "") == "모두 다 섯다 놀이"
