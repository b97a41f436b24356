"""More shapes 725–732 showed, found again across the held-out issues: a count of a nation's firms is the firms',
not the nation's; 저장 in phrases where it means storage names no region; a city alone (`선전 한 곳의`) owns the share
after it; and, in a PDF, a particle opening the line after a Chinese gloss closes the name. Values read by hand from
the issues' lines."""

from conftest import ROOT, figures_at, records_of

from kic_extract.gazetteer import PLACES, find_regions
from kic_extract.pdf.wraps import join_text
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings
from kic_extract.typed.prose_figures import block_to_figures


def test_a_count_of_a_nations_firms_is_not_the_nations(corpus_issue):
    # 728 l.138 `KIC 중국은 … 현재 5곳을 운영하고 있다. 올해 각 거점이 지원한 한국 기업은 모두 272개사로 집계됐다.`
    assert figures_at(corpus_issue(728), 138) == []
    # 695 l.149 `… 협력 기관은 8 개 도시 8 곳이며, 입주 한국 기업은 모두 68 개사다.`
    assert figures_at(corpus_issue(695), 149) == []
    # but an amount the firms stand for is the nation's, and so is a count of firms the nation holds
    figures, _ = block_to_figures("한국 기업의 투자는 31억 2,000만 달러였다. 중국 내 한인 창업팀이 85팀이다.", 2033)
    assert [(f["region_ko"], f["value"], f["unit"]) for f in figures] == [("한국", "3120000000", "달러"), ("중국", "85", "팀")]


def test_storage_is_no_region(corpus_issue):
    # 726 l.120 `… 분야별로는 로봇 3 개 사, 스마트 웨어러블 2 개 사, 에너지 저장 2 개 사, 의료기기 1 개 사다. 선발 기업은
    # 시제품 제작비를 최대 20 만 위안까지 지원받는다.`
    assert figures_at(corpus_issue(726), 120) == []
    # 461 l.141 `… 분야별로는 반도체·AI 하드웨어, 로봇, 에너지 저장 세 분야가 두드러졌다.`
    assert figures_at(corpus_issue(461), 141) == []
    # the province is still read bare, with its suffix or its Chinese, storage or not around it
    assert [m.written for m in find_regions("장쑤, 저장 2곳, 에너지 저장 설비, 저장성 에너지 저장, 저장(浙江) 저장 시스템", PLACES)] == [
        "장쑤", "저장", "저장성", "저장(浙江)"]


def test_a_city_alone_owns_the_share_after_it(corpus_issue):
    # 731 l.112 `… 2033년 선전 한 곳의 생산액 비중은 전국의 60%를 넘는다.`
    assert figures_at(corpus_issue(731), 112)[-1] == ("선전", "60", None, "min", 2033)


def test_a_particle_after_a_chinese_gloss_closes_the_name_across_a_wrap():
    # 726's Ghostscript print wraps `후베이성(湖北省)` | `과 쓰촨성은 투자 건수가 모두 300 건 미만이었다.` (l.72)
    assert join_text("후베이성(湖北省)", " 과 쓰촨성은", True, "") == "후베이성(湖北省)과 쓰촨성은"
    assert join_text("항저우(杭州)", "가 각각 2조", False, "") == "항저우(杭州)가 각각 2조"
    assert join_text("(2033년)", "이 같은 흐름은", False, "") == "(2033년) 이 같은 흐름은"  # (no gloss: a word)
    # LibreOffice's print of 479 (tests/data/pdf) wraps `… 청두(成都)와 항저우(杭州)` | `가 각각 2조 8,330억 위안, …`
    path = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-479.libreoffice.pdf"
    result = extract_issue(path, path.name, Settings())
    texts = " ".join(b["text"] for s in records_of(result, "sections") for b in s["blocks"] if b.get("text"))
    assert "청두(成都)와 항저우(杭州)가 각각 2조 8,330억 위안" in texts
    assert "항저우(杭州) 가" not in texts


def test_a_count_of_places_after_a_counted_list_is_of_other_places(corpus_issue):
    # 725 l.65 `… 이번에 지정된 곳은 선전시(深圳市), 허페이시(合肥市), 청두시(成都市), 시안시(西安市) 4 곳으로, 2031 년 1 차로
    # 지정된 3 곳을 더하면 선도구는 모두 7 곳이 된다.`
    assert figures_at(corpus_issue(725), 65) == []
    # 417 `현재 베이징, 상하이, 선전, 쑤저우 4 개 도시의 협력 기지 5 곳에서 …`: the bases of the four, not each city's
    result = corpus_issue(417)
    assert not [f for f in records_of(result, "figures") if f["value"] == "5" and f["unit"] == "곳"]
    # but a place named again after the count owns what follows it
    figures, _ = block_to_figures("새로 지정된 곳은 선전, 허페이, 청두 3 곳으로, 이 가운데 선전에는 연구센터 2 곳이 들어선다.", 2033)
    assert [(f["region_ko"], f["value"], f["unit"]) for f in figures] == [("선전", "2", "곳")]
