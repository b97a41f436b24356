"""Text fixes: each a small pure `str -> str` function, applied in the order of `FIXES`.

`fix_and_explain` returns the cleaned text and the names of the fixes that changed it, so every
block in the output can say how it was cleaned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

import regex

from kic_extract.clean.lookalikes import fold_lookalikes
from kic_extract.compiled import compiled
from kic_extract.data import word_list

# cheap guards (stdlib `re` or substring tests): most lines need no fix, so skip the full pattern
_DIGIT_SPACE = re.compile(r"\d ")
# any white space but a tab, a newline and a plain space: with `"  " in text`, a test for what
# `_SPACES` replaces (its no-break and wide spaces are white space), at a quarter of its cost
_OTHER_SPACE = re.compile(r"[^\S\t\n ]")
_MARKDOWN_STRONG = compiled(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_AUTOLINK = compiled(r"<((?:https?|ftp)://[^\s<>]+)>")
_SPACES = compiled(r"[^\S\t\n]{2,}|[\u00a0\u2000-\u200a\u202f\u3000]")
_PREFIX_NUMBER = compiled(r"(?<![\p{Hangul}\w])(제) (?=\d)")
_SUPERSCRIPT_UNIT = compiled(r"(?<=[A-Za-z]) (?=[²³])")
# a token boundary after a joined word: white space, closing punctuation or the end
_END = r"(?=[\s,.;:!?)\]}'\"’”…·/~]|$)"
# a number token: digits with thousands commas and decimals, possibly a range or a list end


@cache
def _counter_pattern() -> regex.Pattern[str]:
    counters = "|".join(map(regex.escape, word_list("counters.txt")))
    particles = "|".join(map(regex.escape, word_list("particles.txt")))
    return compiled(rf"(?<=(?:^|[^\p{{L}}\d.,]|제)\d[\d,]*(?:\.\d+)?) (?=(?:{counters})+(?:{particles})?{_END})")


@cache
def _particle_guard() -> re.Pattern[str]:
    firsts = "".join(sorted({p[0] for p in word_list("particles.txt")}))
    return re.compile(rf"[A-Za-z0-9%’”] [{firsts}]")


@cache
def _particle_pattern() -> regex.Pattern[str]:
    particles = "|".join(map(regex.escape, word_list("particles.txt")))
    return compiled(rf"(?<=[A-Za-z0-9%’”]) (?=(?:{particles}){_END})")


_FULLWIDTH_FIGURE = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "％": "%"})
_FULLWIDTH = re.compile("[\uff05\uff08\uff10-\uff19]")
# full-width brackets after Korean or a figure (a caption's unit); a Chinese name's own, `韩国创新中心（北京）`, stay
_FULLWIDTH_ASIDE = compiled(r"(?<!\p{Han})（([^（）\p{Han}]*)）")


def fold_fullwidth_figures(text: str) -> str:
    """Write full-width digits and percent signs as their ASCII forms, and full-width brackets holding no Chinese after
    anything but Chinese, as every reader of figures and captions expects them (`６.８%`, `（억 위안）`).

    >>> fold_fullwidth_figures("시짱자치구가 ６.８％로 1위 (표1)（억 위안）, 韩国创新中心（北京）")
    '시짱자치구가 6.8%로 1위 (표1)(억 위안), 韩国创新中心（北京）'
    """
    if not _FULLWIDTH.search(text):
        return text
    return _FULLWIDTH_ASIDE.sub(r"(\1)", text.translate(_FULLWIDTH_FIGURE)) if "（" in text else text.translate(_FULLWIDTH_FIGURE)


def strip_markdown_strong(text: str) -> str:
    """Drop markdown bold markers, keeping the words.

    >>> strip_markdown_strong("▶**기업 소개:** 독자적 R&D 역량을")
    '▶기업 소개: 독자적 R&D 역량을'
    """
    return _MARKDOWN_STRONG.sub(r"\1", text) if "**" in text else text


def unwrap_autolinks(text: str) -> str:
    """Turn markdown autolinks `<http://…>` into the bare URL.

    >>> unwrap_autolinks("해당 사이트 (<http://aipfia.zhidx.com/>)")
    '해당 사이트 (http://aipfia.zhidx.com/)'
    """
    return _AUTOLINK.sub(r"\1", text) if "<" in text else text


def collapse_spaces(text: str) -> str:
    """Turn no-break and wide spaces into plain ones and runs of spaces into one; tabs stay.

    >>> collapse_spaces("일 시:\\u00a0 2022년  3월")
    '일 시: 2022년 3월'
    """
    return _SPACES.sub(" ", text) if "  " in text or _OTHER_SPACE.search(text) else text


def join_prefix_number(text: str) -> str:
    """Attach the ordinal prefix 제 to the number after it.

    >>> join_prefix_number("<중화인민공화국 국민경제와 사회 발전 제 14 차 5 개년 계획")
    '<중화인민공화국 국민경제와 사회 발전 제14 차 5 개년 계획'
    >>> join_prefix_number("이번 제 시간에")
    '이번 제 시간에'
    """
    return _PREFIX_NUMBER.sub(r"\1", text) if "제 " in text else text


def join_number_counter(text: str) -> str:
    """Attach a counter or unit noun to the number before it; other words keep their space.

    >>> join_number_counter("제14 차 5 개년 계획, 전국 31 개 성 2021 경제 성적")
    '제14차 5개년 계획, 전국 31개 성 2021 경제 성적'
    >>> join_number_counter("114 조 3700 억 위안에 달해, 코로나 19 타격에서")
    '114조 3700억 위안에 달해, 코로나 19 타격에서'
    >>> join_number_counter("전국 2, 3 위를 차지, 30 만장대인")
    '전국 2, 3위를 차지, 30만장대인'
    >>> join_number_counter("183,900 위안으로")
    '183,900 위안으로'
    """
    return _counter_pattern().sub("", text) if _DIGIT_SPACE.search(text) else text


def join_word_particle(text: str) -> str:
    """Attach a particle to the Latin word, number or closing quote before it; nouns keep the space.

    >>> join_word_particle("GDP 는 새롭게, CATL 이 개발한, AI 응답 펜 2.0 을 장착")
    'GDP는 새롭게, CATL이 개발한, AI 응답 펜 2.0을 장착'
    >>> join_word_particle("‘주간 중국 창업’ 의 저작권은 ‘KIC 중국’ 에 있습니다")
    '‘주간 중국 창업’의 저작권은 ‘KIC 중국’에 있습니다'
    >>> join_word_particle("5G 망 확대, 8.1% 증가, CATL 나트륨 이온, GDP 내 비중")
    '5G 망 확대, 8.1% 증가, CATL 나트륨 이온, GDP 내 비중'
    """
    return _particle_pattern().sub("", text) if _particle_guard().search(text) else text


def join_unit_superscript(text: str) -> str:
    """Attach a superscript power to its unit (`km ²` → `km²`).

    >>> join_unit_superscript("약 205 억 위안/km ²")
    '약 205 억 위안/km²'
    """
    return _SUPERSCRIPT_UNIT.sub("", text) if " ²" in text or " ³" in text else text


Fix = Callable[[str], str]

# The order matters: spacing is normalized first, the prefix 제 is joined before counters.
FIXES: tuple[Fix, ...] = (
    strip_markdown_strong,
    unwrap_autolinks,
    fold_lookalikes,
    fold_fullwidth_figures,
    collapse_spaces,
    join_prefix_number,
    join_number_counter,
    join_word_particle,
    join_unit_superscript,
)


@lru_cache(maxsize=32768)
def _fix_and_explain(text: str) -> tuple[str, tuple[str, ...]]:
    applied = []
    for fix in FIXES:
        fixed = fix(text)
        if fixed != text:
            applied.append(fix.__name__)
            text = fixed
    return text, tuple(applied)


def fix_and_explain(text: str) -> tuple[str, list[str]]:
    """Apply every fix in order; return the text and the names of the fixes that changed it.
    (Stages clean the same line more than once, so results are cached.)

    >>> fix_and_explain("전국 31 개 성 2021 경제 성적 발표")
    ('전국 31개 성 2021 경제 성적 발표', ['join_number_counter'])
    """
    fixed, applied = _fix_and_explain(text)
    return fixed, list(applied)


def clear_cache() -> None:
    """Forget cached results (the benchmark does, so copies of one issue are not free)."""
    _fix_and_explain.cache_clear()


def fix_text(text: str) -> str:
    """`fix_and_explain` without the explanation.

    >>> fix_text("GDP 의 10%를")
    'GDP의 10%를'
    """
    return fix_and_explain(text)[0]
