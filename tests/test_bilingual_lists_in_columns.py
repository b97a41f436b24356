"""A bilingual list that prints the Chinese in a column of its own, tabbed or lined up by spaces, is read as a table
and its names as list entries; a Chinese address is no name. Values read by hand from the lines."""

from __future__ import annotations

from conftest import records_of


def _entries(result, line: int) -> list[tuple[str, str, str | None]]:
    return [(e["ko"], e["zh"], e["column_label"]) for e in records_of(result, "list_entries") if e["line"] == line]


def test_a_list_lined_up_by_spaces_with_a_column_of_chinese(corpus_issue):
    # 1011 l.153–161: `표 3) 로봇·인공지능 분야 주요 전국중점실험실`, then `실험실   중문명   소재지   주관 기관` and seven rows set
    # out by runs of spaces, no figure in any
    result = corpus_issue(1011)
    (table,) = [t for t in records_of(result, "tables") if t["title"] and t["title"].startswith("표 3)")]
    assert table["header"] == ["실험실", "중문명", "소재지", "주관 기관"]
    assert len(table["rows"]) == 7
    assert table["rows"][0] == ["로봇학 전국중점실험실", "机器人学全国重点实验室", "랴오닝성 선양", "중국과학원 선양자동화연구소"]
    assert _entries(result, 161) == [("인공지능안전 전국중점실험실", "人工智能安全全国重点实验室", "실험실")]


def test_a_korean_name_and_its_chinese_in_the_next_column(corpus_issue):
    # 1000 l.132 `선전 첨단기술연구원	深圳先进技术研究院	광둥성 선전	深圳市南山区学苑大道1068号	2,350` under `기관명	中文名称	소재지	주소	…`:
    # the name and its Chinese, not the place and its address
    assert _entries(corpus_issue(1000), 132) == [("선전 첨단기술연구원", "深圳先进技术研究院", "기관명")]
    # 343 l.185 `상하이 장장과학성 인큐베이터	上海张江科学城孵化器	上海市浦东新区张江路 665 号	138`: the address is no name cut at `号`
    assert _entries(corpus_issue(343), 185) == [("상하이 장장과학성 인큐베이터", "上海张江科学城孵化器", "거점명")]
