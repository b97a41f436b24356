"""A contents whose title stands right over its first category, with no blank line between (`CONTENTS` / `Weekly 뉴스`),
opens there: the category is the first entries', not a masthead line. Read by hand from 1053's lines 15–21."""

from __future__ import annotations

from conftest import records_of, warnings_of


def test_the_first_category_under_the_contents_title(corpus_issue):
    result = corpus_issue(1053)
    toc = [(e["title"], e["category"]) for e in records_of(result, "issues")[0]["toc"]][:3]
    assert toc == [("1~10월 사회소비품 소매총액 41조 6,106억 위안, 전년 대비 4.3% 증가", "Weekly 뉴스"),
                   ("2025 '쌍11' 결산: 전체 거래액 1조 6,950억 위안, 17.6% 늘어", "Weekly 뉴스"),
                   ("상무부, 소비 진작 후속 조치 발표… 국제소비중심도시 육성 가속", "Weekly 뉴스")]
    assert not [w for w in warnings_of(result, "masthead_unparsed") if "CONTENTS" in w[1] or "Weekly" in w[1]]
