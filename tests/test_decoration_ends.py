"""A category line's decoration is stripped end by end (`category_name`), the end searched from the
line's end backwards: the same text as the one `DECORATION` pattern removes in a single pass over
every position of the line."""

from __future__ import annotations

import itertools

from kic_extract.segment.patterns import DECORATION, DECORATION_AFTER, DECORATION_BEFORE, category_name

_PARTS = ["◆", "◇", "[", "]", "━━", "===", "〓", "★", " ", "가", "A", "1", "※", "】", "【", "〈", "〉", "─", "—", "·"]


def _two_ends(text: str) -> str:
    return DECORATION_AFTER.sub("", DECORATION_BEFORE.sub("", text, count=1), count=1)


def test_both_ends_remove_what_the_one_pattern_removes_from_every_short_mix():
    texts = ["".join(parts) for k in range(1, 4) for parts in itertools.product(_PARTS, repeat=k)]
    assert len(texts) == 8420
    assert [t for t in texts if _two_ends(t) != DECORATION.sub("", t)] == []


def test_category_names_of_banners_marked_at_either_end():
    assert category_name("◆◇ 이슈 브리핑 ◇◆") == "이슈 브리핑"
    assert category_name("━━ 정책 동향 ━━") == "정책 동향"
    assert category_name("〓 이슈 분석 〓") == "이슈 분석"
    assert category_name("[정책 브리핑]") == "정책 브리핑"
    assert category_name("★★★") == ""
    assert category_name("1. 광둥성 ◆ 선전") == "1. 광둥성 ◆ 선전"  # (a mark inside the name stays)
