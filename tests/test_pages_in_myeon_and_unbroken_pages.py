"""Contents and articles as held-out issues 617–620 set them (tests/corpus/heldout), scored first at the session's
last code. Values read by hand from the issues' lines."""

from conftest import records_of


def test_contents_entries_led_by_their_page_in_myeon(corpus_issue):
    # 620 l.12-19 `◆ 이슈 브리핑` / `   02면  창장삼각주 주요 도시 디지털경제 성적표 / 자료: 증권시보(证券时报)` / …
    result = corpus_issue(620)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [(2, "이슈 브리핑"), (4, "이슈 브리핑"), (6, "스타트업 레이더"),
                                                         (7, "스타트업 레이더"), (9, "센터 다이어리")]
    sections = records_of(result, "sections")
    assert (sections[0]["title"], sections[0]["page_start"]) == ("창장삼각주 주요 도시 디지털경제 성적표", 2)
    assert len(sections) == 5


def test_a_page_printed_with_no_blank_line_opens_its_article_over_the_byline(corpus_issue):
    # 618 l.22-25 `━━━ 이슈 & 정책 ━━━` / `01 │ 창장 중류 3 개 성 3 분기 경제 동향` / `자료: 중국경제망(中国经济网)` /
    # `창장(长江) 중류의 후베이성(湖北省)·후난성(湖南省)·장시성(江西省)이 3 분기에도 …`
    result = corpus_issue(618)
    section = records_of(result, "sections")[0]
    assert (section["title"], section["category"], section["page_start"]) == ("창장 중류 3개 성 3분기 경제 동향",
                                                                              "이슈 & 정책", 2)
    tables = records_of(result, "tables")
    assert tables[0]["header"] == ["지역", "2030년 4분기", "2031년 1분기", "2031년 2분기", "2031년 3분기"]
    assert tables[0]["rows"][0] == ["후베이성", "5.6", "5.7", "6.0", "6.0"]
