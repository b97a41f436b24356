"""Split a cell that gives a name in Korean (or Latin) and then in Chinese."""

from __future__ import annotations

from kic_extract.compiled import compiled

_TRAILING_HAN = compiled(r"^(?P<ko>.*?)\s*(?P<zh>\p{Han}[\p{Han}\p{N}·（）()]*)$")
PAIR = compiled(r"(?P<ko>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9]*)\((?P<zh>\p{Han}+)\)")


def split_ko_zh(text: str | None) -> tuple[str | None, str | None]:
    """(Korean or Latin part, Chinese part) of `광저우 지사 广州分行`-style text.

    >>> split_ko_zh("후베이자유무역구 우한존 지점 湖北自贸区武汉片区分行")
    ('후베이자유무역구 우한존 지점', '湖北自贸区武汉片区分行')
    >>> split_ko_zh("CATL 宁德时代新能源科技股份有限公司"), split_ko_zh("상장사"), split_ko_zh("北京")
    (('CATL', '宁德时代新能源科技股份有限公司'), ('상장사', None), (None, '北京'))
    """
    if not text:
        return None, None
    m = _TRAILING_HAN.match(text.strip())
    if not m:
        return text.strip(), None
    return (m["ko"].strip() or None), m["zh"]
