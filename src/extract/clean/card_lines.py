"""A company card's lines at a page break: whether a line is one of its fields (a card label of data/card_labels.tsv and
its colon), or opens with a field's label, so the text after the break is the card's next field, not the rest of the last."""

from __future__ import annotations

from kic_extract.compiled import compiled
from kic_extract.segment.cues import card_labels


def opens_with_label(text: str) -> bool:
    """Whether a line opens with a card's field label of one to three words (`  투자 엔젤 …`, `  최신 라운드 …`).

    >>> opens_with_label("  투자 시리즈 A+ 4,500만 달러"), opens_with_label("  저온 성능이 뛰어난 나트륨이온 셀로")
    (True, False)
    >>> opens_with_label("  · 투자 이력: 엔젤 3,000만 위안 → 시리즈 A 약 2억 위안")
    True
    """
    words = text.split()
    return _FIELD_OPENING.match(text) is not None or any("".join(words[:n]) in card_labels() for n in (1, 2, 3))


# a field's opening: a label and its colon, or a bullet (`  · 투자 이력: …`, `  ▷ 설립 …`)
_FIELD_OPENING = compiled(r"^\s*(?:[·•ㆍ○◦∙▷▶-]|[^\s:：]{1,12}(?:\s[^\s:：]{1,8})?\s*[:：])")
_LABEL_AND_COLON = compiled(r"^\s*(?:[·•ㆍ○◦∙▷▶-]\s*)?(?P<label>[^\s:：]{1,12}(?:\s[^\s:：]{1,8})?)\s*[:：]\s*\S")


def card_field(text: str) -> bool:
    """Whether a line is a card's field: a card label of data/card_labels.tsv, its colon and its value.

    >>> card_field("투자 유치 : 2022년 프리A 라운드 3,000만 위안"), card_field("▶ 설립: 2017년"), card_field("주: 2024년 기준")
    (True, True, False)
    """
    m = _LABEL_AND_COLON.match(text)
    return m is not None and "".join(m["label"].split()) in card_labels()
