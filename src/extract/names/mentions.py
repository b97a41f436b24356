"""Find Chinese names in an issue's lines, with the Korean or Latin text given for them.

A name's Chinese is found inside brackets with whatever Korean news puts beside it: `닝보(宁波)`,
`한글(汉字, gloss)`, `한글[汉字, role]` (people), `(한글, 汉字)`, an age (`쩡위췬(曾毓群·53)`,
`류모(62·柳某)`), a gloss or an English name after a middle dot (`닝더스다이(寧德時代·영덕시대)`,
`(理想汽车·Li Auto)`; the dot is any of · ㆍ ∙ ・ ‧), a title before the bracket
(`리창 총리(李强)`) or after the Chinese (`(王傳福 회장)`). The name given for it is the Korean or
Latin word before the bracket (`CATL(寧德時代)`), or the Korean gloss before the Chinese inside
it. Also: a table cell `한글 汉字`, `Latin 汉字` (company cards), and Chinese standing alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kic_extract.clean import fix_text
from kic_extract.compiled import compiled
from kic_extract.clean.lookalikes import fold_lookalikes
from kic_extract.gazetteer import names_place
from kic_extract.data import word_list, word_set
from kic_extract.ingest import Line
from kic_extract.names.hangul import distance
from kic_extract.scripts import HAN, HANGUL, HAN_CHAR
from kic_extract.typed.bilingual import split_ko_zh

#: the middle dots Korean texts separate bracketed items with
DOTS = "·ㆍ∙・‧⋅･•"
_SEP = f",，.;:{DOTS}"
# plain character ranges, so the stdlib engine (faster on these simple patterns) can run them;
# each pattern starts at a bracket and looks a bounded way ahead, so a line is read in linear time
_BRACKET = compiled(
    rf"(?P<open>[(\[（［])[(\[（［]?\s*(?:(?P<pre>[^()\[\]（）［］{HAN}{_SEP}]{{1,30}}?)\s*[{_SEP}]\s*)?"
    rf"(?P<zh>(?:[0-9A-Za-z]{{1,8}})?[{HAN}]+(?:(?:[{DOTS} ]|[-—–]|[0-9A-Za-z]{{1,8}})[{HAN}]+)*(?:[0-9A-Za-z]{{1,8}}(?![{HAN}]))?)"
    rf"(?=\s*[)\]）］{_SEP}]|\s)")
# a Latin name may start with digits (`51Job(前程无忧)`), never consist of them (`62·` is an age)
_WORD_BEFORE = compiled(rf"(?P<ko>(?:[0-9]+(?=[{HANGUL}A-Za-z]))?[{HANGUL}A-Za-z][{HANGUL}A-Za-z0-9\-&]*)[’'\"”」』]?\s?$")
# a Korean name written with a number (`6소룡(六小龙)`, `1구16원(一区十六园)`, `항저우 6소룡(杭州六小龙)`) has it
# in its Chinese too
_ZH_NUMBER = compiled(r"[0-9一二三四五六七八九十百千两〇零]")
_WORDS_BEFORE = compiled(rf"(?:[A-Za-z][A-Za-z0-9&\-]* )?(?:[{HANGUL}]+ ){{0,2}}[{HANGUL}]+$")
_LATIN_ZH = compiled(rf"(?P<ko>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)\s+(?P<zh>[{HAN}]+)")
_LONE_HAN = compiled(rf"[{HAN}]{{2,}}")
_INNER_LATIN = compiled(rf"(?<=[{HAN}])[0-9A-Za-z]+(?=[{HAN}])")
_AGE = compiled(r"^\d{1,3}(?:세)?$")
_CLOSE_BRACKET = compiled(r"[)\]）］]")
_ITEM = compiled(f"[{_SEP}]")
_LOOK_BACK = 40
_CLOSE = 0.5  # the words before are taken in only when they read the name this closely
_LOOK_AHEAD = 60


@dataclass(frozen=True, slots=True)
class Mention:
    zh: str  # as written (simplified or traditional)
    text: str | None  # the Korean or Latin given for it, None for Chinese standing alone
    person: bool
    line: int


@cache
def _titles() -> frozenset[str]:
    return frozenset(word_list("person_titles.txt"))


def _is_hangul_word(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


def _is_title(word: str) -> bool:
    """A title, alone or with a particle after it (`회장은`, `총리와`)."""
    return word in _titles() or any(word[:k] in _titles() and word[k:] in word_set("particles.txt") for k in range(1, len(word)))




def _before(text: str, start: int, zh: str) -> tuple[str | None, bool]:
    """The word before a bracket, stepping over one title (`리창 총리(李强)`), and whether a
    title stands before or after the name (`CEO 량샤오캉(梁少康)`). A title the Chinese spells
    out (`사장(司長·국장급)`) is the word itself.

    >>> _before("청두의 원장 의학성", 10, "温江医学城"), _before("원장 원샤오밍", 7, "温小明")
    (('의학성', False), ('원샤오밍', True))
    """
    window = text[max(0, start - _LOOK_BACK):start]
    m = _WORD_BEFORE.search(window)
    if not m:
        return None, False
    prev = _WORD_BEFORE.search(window[:m.start()].rstrip() + " ")
    if m["ko"] in _titles() and not _reads(m["ko"], zh):
        return (prev["ko"] if prev and prev["ko"] not in _titles() else None), True
    ko = m["ko"]
    digits = len(ko) - len(ko.lstrip("0123456789"))
    if digits and not ko[digits].isascii() and not _ZH_NUMBER.search(zh):
        ko = ko[digits:]  # `2025년 3분기(三季度)`-like: the number is not the name's
    # (a title's word that reads the name's opening is the name's: `원장 의학성(温江医学城)`, 温江 read 원장)
    return ko, bool(prev and prev["ko"] in _titles() and not _opens_as(prev["ko"], zh, strict=True))


def _reads(korean: str, zh: str) -> bool:
    """The Korean is the Chinese's Sino-Korean reading or transliteration."""
    from kic_extract.names.readings import read_name

    reading = read_name(zh, person=False)
    return korean in (reading.ko, reading.ko_sino)


def _longer_korean(text: str, start: int, ko: str, zh: str) -> str:
    """`상하이 푸둥신구(上海浦东新区)`: the Korean words before the bracket that read the name best."""
    window = text[max(0, start - _LOOK_BACK):start].rstrip()
    if window.endswith(ko) and (joined := _HYPHENED_BEFORE.search(window, 0, len(window) - len(ko))) \
            and _reads(_JOINERS.sub("", joined.group()) + ko, zh):
        return joined.group() + ko  # (places joined by a dot that the Chinese names together: `닝보·저우산(宁波舟山)`)
    m = _WORDS_BEFORE.search(window)
    if not m or " " not in m.group():
        return ko
    best = _best_words(m.group(), ko, zh)
    joined = _HYPHENED_BEFORE.search(window, 0, len(window) - len(best))
    if joined and best != ko:
        return joined.group() + best
    places = _PLACES_JOINED.search(window, 0, len(window) - len(best))
    if places and len(zh) == len(best.replace(" ", "")) + len(_JOINERS.findall(places["places"])) + 1 \
            and all(map(names_place, _JOINERS.split(places["places"]))):
        # `선전-홍콩 청년 혁신창업 몽공장(深港青年创新创业梦工场)`: places joined by hyphens (or dots), one character each
        return places.group() + best
    place = _WORD_AT_END.search(window, 0, len(window) - len(best))
    named = _place(place["word"]) if place else None
    if named and zh.startswith(named[0]) and not best.startswith(named[1]):
        # `선전시 과학기술혁신국(深圳市科技创新局)`: the Chinese opens with the place the word before names
        # (not `쑤저우시 쑤저우공업원구(苏州工业园区)`, whose name says the place itself)
        return f"{place['word']} {best}"
    return best


_WORD_AT_END = compiled(rf"(?:^|\s)(?P<word>[{HANGUL}]+) $")
# a word of a name written in two (letters, digits and hyphens: `중국-라오스`, `G60`), right before it
_NAME_WORD_AT_END = compiled(rf"(?:^|[\s'‘\"“<《])(?P<word>[{HANGUL}A-Za-z0-9][{HANGUL}A-Za-z0-9\-]+) $")
_LATIN_OPENING = compiled(r"[0-9A-Za-z]+")
# endings that make a word the one before a name rather than part of it (`중국의 인민은행`, `충칭에서 충칭시과학기술국`)
_CASE_ENDINGS = ("의", "은", "는", "을", "를", "에", "에서", "와", "로")


# a verb describing the name, not a word of it (`… 등이 지정한 스마트커넥티드카(智能网联汽车)`: 지 is 智's reading)
_ADNOMINAL = compiled(rf"[{HANGUL}]{{2,}}(?:[한된던]|하는|되는)")


def _translated_words(text: str, start: int, ko: str, zh: str) -> str:
    """A name translated into two words (`대형 모델(大模型)`, `과기부 횃불센터(科技部火炬中心)`,
    `선전만 과학기술생태원(深圳湾科技生态园)`, `G60 과학혁신회랑(G60科创走廊)`): the last word does not
    open as the Chinese does and the word before does, with the Sino-Korean reading of its first
    character, the transliteration of its first two, or its Latin letters.

    >>> [_translated_words(t, len(t), k, z) for t, k, z in [("산업용 대형 모델", "모델", "大模型"),
    ...     ("중국-라오스 철도", "철도", "中老铁路"), ("G60 과학혁신회랑", "과학혁신회랑", "G60科创走廊")]]
    ['대형 모델', '중국-라오스 철도', 'G60 과학혁신회랑']
    >>> _translated_words("체화 지능", 5, "지능", "具身智能"), _translated_words("데이터 요소", 6, "요소", "数据要素")
    ('체화 지능', '데이터 요소')
    >>> [_translated_words(t, len(t), k, z) for t, k, z in [("중국의 인민은행", "인민은행", "中国人民银行"),
    ...     ("선전 난산구", "난산구", "南山区"), ("중국 국가통계국", "국가통계국", "国家统计局")]]
    ['인민은행', '난산구', '국가통계국']
    >>> _translated_words("등이 지정한 스마트커넥티드카", 15, "스마트커넥티드카", "智能网联汽车")
    '스마트커넥티드카'
    """
    before = text[max(0, start - _LOOK_BACK):start].rstrip().rstrip("’'\"”」』")
    if " " in ko or not before.endswith(ko):
        return ko
    m = _NAME_WORD_AT_END.search(before[:len(before) - len(ko)])
    if not m:
        return ko
    word = m["word"]
    latin = _LATIN_OPENING.match(zh)
    if latin:
        opens = word == latin.group() and not ko.startswith(word)
    else:
        free = not word.endswith(_CASE_ENDINGS) and not _is_title(word) and not word.isascii()
        opens = free and (_opens_as(word, zh, strict=True) and not _opens_as(ko, zh, strict=False)
                          # (or the last word reads the Chinese's last characters and the word before, one syllable to a
                          # character, translates the rest: `체화 지능(具身智能)`)
                          or 0 < len(zh) - len(ko) == len(word) and _reads(ko, zh[len(word):])
                          # (or translates them as a loanword: `데이터 요소(数据要素)`)
                          or 0 < len(ko) < len(zh) and word in word_set("translation_loanwords.txt")
                          and _reads(ko, zh[-len(ko):]))
    return f"{word} {ko}" if opens else ko


# the words a name of several words (`난사 홍콩·마카오 청년 창업기지`) may hold, right before its bracket
_NAME_WORDS_BEFORE = compiled(rf"(?<![^\s\t'‘\"“(<《,])(?P<words>[{HANGUL}][{HANGUL}0-9·\-]*(?: [{HANGUL}0-9][{HANGUL}0-9·\-]*){{1,4}})$")


def _opening_words(text: str, start: int, ko: str, zh: str) -> str | None:
    """A name of several words whose first word reads the Chinese's first characters (`난사 홍콩·마카오 청년
    창업기지(南沙粤港澳青年创业基地)`, `주하이시와 맞닿은 헝친 광둥-마카오 심도협력구(横琴粤澳深度合作区)`): the most words
    before the bracket, up to five, that open so, none but the last closed by a case ending and no more syllables
    than twice the characters; None when no more words than `ko` do.

    >>> _opening_words(t := "2\\t난사 홍콩·마카오 청년 창업기지", len(t), "창업기지", "南沙粤港澳青年创业基地")
    '난사 홍콩·마카오 청년 창업기지'
    >>> _opening_words(t := "맞닿은 헝친 광둥-마카오 심도협력구", len(t), "광둥-마카오 심도협력구", "横琴粤澳深度合作区")
    '헝친 광둥-마카오 심도협력구'
    >>> _opening_words(t := "광저우시 난사구", len(t), "난사구", "南沙区"), _opening_words(t := "선전의 난산구", len(t), "난산구", "南山区")
    (None, None)
    """
    m = _NAME_WORDS_BEFORE.search(text, max(0, start - _LOOK_BACK), start) if " " in text[max(0, start - _LOOK_BACK):start] else None
    if not m or not m["words"].endswith(ko) or m["words"] == ko:
        return None
    words = m["words"].split(" ")
    for k in range(len(words) - len(ko.split(" "))):
        taken = words[k:]
        if any(w.endswith(_PARTICLE_ENDINGS) for w in taken[:-1]) or sum(map(len, taken)) > 2 * len(zh):
            continue
        # (a place before a name that opens with the place again is not the name's: `쑤저우시 쑤저우공업원구(苏州工业园区)`,
        # `선전 난산구 소재 선전만창업광장(深圳湾创业广场)`)
        if _opens_as(taken[0], zh, strict=True) and not any(_opens_as(w, zh, strict=True) for w in taken[1:]):
            return " ".join(taken)
    return None


# what closes a word that is no part of a name after it (`청두시에서 청두 …`, `통계국과 …`)
_PARTICLE_ENDINGS = _CASE_ENDINGS + ("과", "도", "서", "만")


def _opens_as(korean: str, zh: str, strict: bool) -> bool:
    """The Korean opens with the Sino-Korean reading of the Chinese's first character or with the
    transliteration of its first two (of its first one, unless `strict`)."""
    from kic_extract.names.readings import read_name, sino_korean

    if _ADNOMINAL.fullmatch(korean):
        return False  # (a verb describing the name: `지정한 스마트커넥티드카(智能网联汽车)`, 지 though 智's reading)
    if korean[0] == sino_korean(zh[0]):
        return True
    opening = read_name(zh[:2] if strict and len(zh) > 1 else zh[0], person=False).ko
    return bool(opening) and korean.startswith(opening)


def _place(word: str) -> tuple[str, str] | None:
    """The Chinese (without its generic character) and the Korean spelling of the region a word
    is the whole name of (`선전시` → 深圳, 선전), if it is one."""
    from kic_extract.gazetteer import PLACES, find_regions

    found = find_regions(word, PLACES)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) and found[0].candidates:
        return found[0].candidates[0], found[0].spelling
    return None


def _numbered_name(text: str, start: int, ko: str, zh: str) -> str:
    """A Korean name written with numbers takes in the words before it that the Chinese holds too:
    one with a number for each number the Chinese has more (`1구 16원(一区十六园)`, `1구 2핵 다원(一区两核多园)`),
    and the word before a name opening with a number the Chinese does not open with (`항저우 6소룡(杭州六小龙)`).

    >>> _numbered_name("등 '항저우 6소룡", 12, "6소룡", "杭州六小龙"), _numbered_name("둔 '1구 16원", 9, "16원", "一区十六园")
    ('항저우 6소룡', '1구 16원')
    >>> _numbered_name("로 이뤄진 '1구 2핵 다원", 16, "핵 다원", "一区两核多园")
    '1구 2핵 다원'
    """
    words = [w.lstrip("'‘\"“") for w in text[max(0, start - _LOOK_BACK):start].rstrip().split(" ")]
    n = len(ko.split(" "))
    taken, words = words[-n:], words[:-n]
    if words and words[-1].isdigit() and len(words[-1]) <= 2 and not _DIGIT_RUNS.search(" ".join(taken)) \
            and not _reads_its_number(" ".join(taken), zh):
        taken, n = [words.pop()] + taken, n + 1  # `6 소룡(六小龙)`: the number spaced from its word
    if len(taken) != n or not all(_NAME_WORD.fullmatch(w) for w in taken) or not _DIGIT_RUNS.search(" ".join(taken)):
        return ko  # (a name written without digits: `십오오(十五五)`, `쓰촨성(四川省)`)
    numbers = len(_ZH_NUMBERS.findall(zh)) - sum(len(_DIGIT_RUNS.findall(w)) for w in taken)
    while words and _NAME_WORD.fullmatch(words[-1]):
        if numbers > 0 and _DIGIT_RUNS.search(words[-1]):
            numbers -= 1
        elif not (len(taken) == 1 and taken[0][0].isdigit() and not _ZH_NUMBER.match(zh)):
            break
        taken.insert(0, words.pop())
    return " ".join(taken)


def _reads_its_number(korean: str, zh: str) -> bool:
    """Whether the Korean reads the Chinese's number characters itself (`창장삼각주(长三角)`: 삼 is 三), so a number before
    it is none of the name's (` 2  창장삼각주(长三角)`: a contents entry's page)."""
    from kic_extract.names.readings import sino_korean

    return any((reading := sino_korean(ch)) and reading in korean for ch in "".join(_ZH_NUMBERS.findall(zh)) if not ch.isdigit())


_ZH_NUMBERS = compiled(r"[0-9一二三四五六七八九十百千两〇零]+")
_DIGIT_RUNS = compiled(r"[0-9]+")
_NAME_WORD = compiled(rf"[{HANGUL}0-9]+")


# places joined by hyphens or middle dots, a word of their own right before the words a name takes in
_PLACES_JOINED = compiled(rf"(?<![{HANGUL}\-·])(?P<places>[{HANGUL}]+(?:[-·][{HANGUL}]+)+) $")


_JOINERS = compiled("[-·]")


# the rest of a word joined by hyphens or dots that a name taken in starts inside (`광둥-홍콩-` before
# `마카오 대만구(粤港澳大湾区)`): a name is never cut inside a word
_HYPHENED_BEFORE = compiled(rf"(?<![{HANGUL}\-·])(?:[{HANGUL}]+[-·])+$")


@lru_cache(maxsize=16384)
def _best_words(words_before: str, ko: str, zh: str) -> str:
    from kic_extract.names.readings import read_name

    reading = read_name(zh, person=False)
    targets = [r for r in (reading.ko, reading.ko_sino) if r]
    if not targets:
        return ko
    words = words_before.split(" ")
    best, best_cost = ko, min(distance(ko, t) for t in targets)
    if len(ko) < min(map(len, targets)):  # too short for the name: take in the words that read it
        for k in range(2, len(words) + 1):
            candidate = " ".join(words[-k:])
            cost = min(distance(candidate.replace(" ", ""), t) for t in targets)
            if cost < best_cost and cost <= _CLOSE:
                best, best_cost = candidate, cost
    if best == ko and best_cost > _CLOSE and ((len(ko) == 1 and len(zh) > 1) or words[-2].isascii()):
        # one syllable for a longer name, or a Latin word before a Korean one that does not read
        # the name: a name in two words (토머스 콕, CLP 홀딩스)
        return " ".join(words[-2:])
    return best


def _bracket_mentions(text: str, m: re.Match[str], no: int) -> list[Mention]:
    """The name in one bracket; Chinese words spaced apart (`옌타이 장위(煙臺 張裕)`) pair with
    as many Korean words before the bracket, or else make one name."""
    zh, pre = m["zh"], (m["pre"] or "").strip()
    rest = text[m.end():m.end() + _LOOK_AHEAD]
    closed = _CLOSE_BRACKET.split(rest, maxsplit=1)
    inside = closed[0]
    ko, titled = _before(text, m.start(), zh)
    items = _ITEM.split(inside)
    is_age = bool(_AGE.match(pre)) or any(_AGE.match(p.strip()) for p in items[1:])
    if _is_hangul_word(pre.replace(" ", "")) and pre not in _titles() and pre != "사진" and (
            ko is None or not _is_hangul_word(ko)):
        ko = pre  # (한글, 汉字)
    elif ko and _is_hangul_word(ko) and not titled and (dotted := _dotted_words(text, m.start(), zh)):
        ko = dotted
    elif ko and _is_hangul_word(ko) and not titled:
        longer = _longer_korean(text, m.start(), ko, zh)
        ko = _translated_words(text, m.start(), ko, zh) if longer == ko else longer
        ko = _opening_words(text, m.start(), ko, zh) or ko
        if _ZH_NUMBER.search(zh):
            ko = _numbered_name(text, m.start(), ko, zh)
    elif ko and ko[0].isdigit() and not titled:
        ko = _numbered_name(text, m.start(), ko, zh)
    elif ko and not titled and ko in word_set("common_acronyms.txt") and len(zh) > len(ko):
        ko = _word_and_acronym(text, m.start(), ko)  # `체화형 AI(具身智能)`: a common noun is no name alone
    elif ko and not titled and _NAME_WORD.fullmatch(ko):
        ko = _opening_words(text, m.start(), ko, zh) or ko  # (`베이징대학 제3병원(北京大学第三医院)`: a number inside)
    if ko and not titled and len(ko.replace(" ", "")) < len(zh):  # (`'항저우 6소룡(六小龙)'`: 6소룡 is the whole name)
        ko = _quoted_name(text, m.start(), ko, closed[1] if len(closed) > 1 else "") or ko
    if ko and "-" in ko and not titled:
        ko = _last_joined(ko, zh)
    after = closed[1].split()[:2] if len(closed) > 1 else []
    person = (m["open"] in "[［" or titled or is_age or "사진" in pre or "사진" in inside
              or any(w.strip() in _titles() for item in items for w in item.split()) or any(map(_is_title, after)))
    if " " not in zh:
        return [Mention(zh, ko, person, no)]
    words = zh.split(" ")
    before = _WORDS_BEFORE.search(text[max(0, m.start() - _LOOK_BACK):m.start()].rstrip())
    kos = before.group().split(" ")[-len(words):] if before else []
    if len(kos) == len(words):
        return [Mention(z, k, person, no) for z, k in zip(words, kos)]
    return [Mention(zh.replace(" ", ""), ko, person, no)]


def _last_joined(ko: str, zh: str) -> str:
    """Of places joined by hyphens before a bracket, the last, when the Chinese reads it and not all of them
    (`우한-창사(长沙)`: 창사; `광둥-홍콩-마카오 대만구(粤港澳大湾区)` is all of them).

    >>> _last_joined("우한-창사", "长沙"), _last_joined("광둥-홍콩-마카오 대만구", "粤港澳大湾区")
    ('창사', '광둥-홍콩-마카오 대만구')
    """
    from kic_extract.names.readings import read_name

    reading = read_name(zh, person=False)
    targets = [r for r in (reading.ko, reading.ko_sino) if r]
    last = ko.rsplit("-", 1)[1]
    if not targets or " " in last or not last:
        return ko
    def cost(words: str) -> float:
        return min(distance(words.replace(" ", "").replace("-", ""), t) for t in targets)
    return last if cost(last) <= _CLOSE and cost(last) < cost(ko) else ko


def _word_and_acronym(text: str, start: int, acronym: str) -> str:
    """A common acronym (data/common_acronyms.txt) with the Korean word before it, which makes it a name
    (`체화형 AI(具身智能)`, `임바디드 AI`); the acronym alone after a word closed by a particle, a place or a title.

    >>> _word_and_acronym(t := "투자가 몰리는 체화형 AI", len(t), "AI"), _word_and_acronym(t := "중국의 AI", len(t), "AI")
    ('체화형 AI', 'AI')
    """
    m = _WORD_AT_END.search(text[max(0, start - _LOOK_BACK):start].rstrip()[:-len(acronym)])
    word = m["word"] if m else None
    if not word or len(word) < 2 or word.endswith(_PARTICLE_ENDINGS) or names_place(word) or _is_title(word):
        return acronym
    return f"{word} {acronym}"


# words joined by middle dots right before a bracket (`전문화·정밀화·특색화·신형화`)
_ANY_DOT = compiled(f"[{DOTS}]")
_DOTTED_BEFORE = compiled(rf"(?<![{HANGUL}·])(?P<words>[{HANGUL}]+(?:·[{HANGUL}]+)+)$")


def _dotted_words(text: str, start: int, zh: str) -> str | None:
    """Words joined by middle dots, one for each character of the Chinese, each opening with its character's
    Sino-Korean reading (`전문화·정밀화·특색화·신형화(专精特新)`): all of them are the name; else None.

    >>> _dotted_words(t := "국가급 전문화·정밀화·특색화·신형화", len(t), "专精特新"), _dotted_words(t := "전문화·특화·신형", len(t), "专精特新")
    ('전문화·정밀화·특색화·신형화', None)

    So are the parts of a name dotted in both scripts, as many in each (`아이니와르·마무티(阿依尼瓦尔·买买提)`).

    >>> _dotted_words(t := "대표 아이니와르·마무티", len(t), "阿依尼瓦尔·买买提"), _dotted_words(t := "홍콩·마카오", len(t), "港澳")
    ('아이니와르·마무티', None)
    >>> _dotted_words(t := "중국완구·영유아용품협회", len(t), "中国玩具和婴童用品协会")
    '중국완구·영유아용품협회'
    """
    from kic_extract.names.readings import sino_korean

    m = _DOTTED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if not m:
        return None
    words = m["words"].split("·")
    if len(words) == len(zh) and all(w[0] == sino_korean(ch) for w, ch in zip(words, zh)):
        return m["words"]
    if len(words) == len(_ANY_DOT.split(zh)) > 1:
        return m["words"]  # a foreign or minority name, its parts dotted in both scripts (`마르쿠스·베버(马库斯·韦伯)`)
    if len(words) == 2 and _opens_as(words[0], zh, strict=True) and not _opens_as(words[1], zh, strict=False):
        # one name whose two halves a dot joins, the Chinese opening as the first does (`중국완구·영유아용품협회
        # (中国玩具和婴童用品协会)`)
        return m["words"]
    return None


# a name of several words quoted whole, right before its bracket (`'작은 거인(小巨人)'`, `'체화 지능'(具身智能)`)
_QUOTED_BEFORE = compiled(rf"(?:^|(?<=[\s(<《]))(?P<open>['‘\"“「『])(?P<words>[{HANGUL}A-Za-z0-9][{HANGUL}A-Za-z0-9·\-]*"
                            rf"(?: [{HANGUL}A-Za-z0-9][{HANGUL}A-Za-z0-9·\-]*){{1,7}})(?P<close>['’\"”」』]?)$")
_CLOSING_QUOTES = {"'": "'’", "‘": "’'", '"': '"”', "“": "”\"", "「": "」", "『": "』"}


def _quoted_name(text: str, start: int, ko: str, after: str) -> str | None:
    """The words of a name quoted whole before its bracket, the quote closed right before the bracket or right
    after it; None when the name is not quoted so or the quote holds no more than `ko`.

    >>> _quoted_name(t := "국가급 '작은 거인", len(t), "거인", "'"), _quoted_name(t := "'체화 지능'", len(t), "지능", "은")
    ('작은 거인', '체화 지능')
    >>> _quoted_name(t := "'선도 기업' 화웨이", len(t), "화웨이", "는"), _quoted_name(t := "'작은 거인", len(t), "거인", "은")
    (None, None)
    """
    m = _QUOTED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if not m or not m["words"].endswith(ko) or m["words"] == ko:
        return None
    closing = _CLOSING_QUOTES[m["open"]]
    if m["close"] and m["close"] in closing or not m["close"] and after[:1] and after[0] in closing:
        return m["words"]
    return None


def _around_latin(text: str, start: int, latin: str) -> str | None:
    """The Korean words right before a bracket at `start` that hold the Latin part of the Chinese name, spaced apart:
    one word before it, it, and one word after (`왕징 KIC 라운지(望京KIC创业空间)`); None when they do not stand so.

    >>> _around_latin("서울의 왕징 KIC 라운지(", 14, "KIC"), _around_latin("과학기술혁신회랑(", 8, "G60")
    ('왕징 KIC 라운지', None)
    """
    m = compiled(rf"(?:^|[\s(]){_HANGUL_WORD}\s{re.escape(latin)}\s{_HANGUL_WORD}$").search(text, max(0, start - _LOOK_BACK), start)
    return m.group().lstrip(" (") if m else None


_HANGUL_WORD = rf"[{HANGUL}]+"


def _line_mentions(text: str, no: int) -> list[Mention]:
    found: list[Mention] = []
    taken = bytearray(len(text))  # characters already read as part of a name

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    for m in _BRACKET.finditer(text):
        inner = _INNER_LATIN.search(m["zh"])
        # (a Chinese name holding Latin letters or digits inside, `深信3D科技`, is given by a Korean that holds them too:
        # `딥시그널3D`, or words around them, `왕징 KIC 라운지`, `창장삼각주 G60 과학기술혁신회랑` for `长三角G60科创走廊`;
        # else by none)
        found.extend(Mention(x.zh, _around_latin(text, m.start(), inner.group()), False, no)
                     if inner and x.zh == m["zh"] and x.text and inner.group() not in x.text
                     else x for x in _bracket_mentions(text, m, no))
        take(*m.span("zh"))
    for m in _LATIN_ZH.finditer(text):
        if not any(taken[m.start("zh"):m.end("zh")]):
            found.append(Mention(m["zh"], m["ko"], False, no))
            take(*m.span("zh"))
    for m in _LONE_HAN.finditer(text):
        if not any(taken[m.start():m.end()]):
            found.append(Mention(m.group(), None, False, no))
    return found


def text_mentions(text: str, no: int = 1) -> list[Mention]:
    """Every Chinese name in one line of text (cleaned as the pipeline cleans it).

    >>> [(m.zh, m.text, m.person) for m in text_mentions("쩡위췬(曾毓群·53) 회장의 닝더스다이(寧德時代·영덕시대)")]
    [('曾毓群', '쩡위췬', True), ('寧德時代', '닝더스다이', False)]
    >>> [(m.zh, m.text, m.person) for m in text_mentions("리창 총리(李强)와 CATL(宁德时代), 류모(62ㆍ柳某)씨")]
    [('李强', '리창', True), ('宁德时代', 'CATL', False), ('柳某', '류모', True)]
    >>> [(m.zh, m.text) for m in text_mentions("▶ 회사: 딥시그널3D(深信3D科技), 창장삼각주 G60 과학기술혁신회랑(长三角G60科创走廊)")]
    [('深信3D科技', '딥시그널3D'), ('长三角G60科创走廊', '창장삼각주 G60 과학기술혁신회랑')]
    >>> [(m.zh, m.text) for m in text_mentions("매년 열리는 중국-아세안박람회(中国—东盟博览会)는, 첸하이(前海)의 선전-홍콩 "
    ...                                        "청년 혁신창업 몽공장(深港青年创新创业梦工场)에")]
    [('中国—东盟博览会', '중국-아세안박람회'), ('前海', '첸하이'), ('深港青年创新创业梦工场', '선전-홍콩 청년 혁신창업 몽공장')]
    """
    return lines_to_mentions([Line(no, text)])


def lines_to_mentions(lines: list[Line]) -> list[Mention]:
    """Every Chinese name in the issue, in line order.

    >>> [(m.zh, m.text) for m in lines_to_mentions([Line(1, "닝보(宁波), 시안(西安) 고신구")])]
    [('宁波', '닝보'), ('西安', '시안')]
    >>> [(m.zh, m.text, m.person) for m in lines_to_mentions([Line(2, "호우진[侯军, AMAP(고덕지도, 高德地图) 창립자]")])]
    [('侯军', '호우진', True), ('高德地图', '고덕지도', False)]
    >>> [(m.zh, m.text) for m in lines_to_mentions([Line(3, "상하이 진산(⾦⼭) 공장")])]  # (Kangxi radicals a font printed)
    [('金山', '진산')]
    """
    out: list[Mention] = []
    for line in lines:
        if not line.text or not HAN_CHAR.search(fold_lookalikes(line.text)):
            continue
        text = fix_text(line.text)
        if "\t" in text:
            for cell in text.split("\t"):
                ko, zh = split_ko_zh(cell.strip())
                if zh and not _BRACKET.search(cell):
                    out.append(Mention(zh, ko, False, line.no))
                elif zh or _BRACKET.search(cell):  # (`훙산중국(红杉中国), 베이징로봇산업펀드`: a list in a cell)
                    out.extend(_line_mentions(cell, line.no))
        else:
            out.extend(_line_mentions(text, line.no))
    return out


def mentions_across(lines: list[Line], rejoined: dict[int, tuple[int, str]]) -> list[Mention]:
    """Every Chinese name in the issue, in line order, reading across page breaks: where lines a break parted
    (`rejoined`: the first one's number → the last one's and their text put back together) name something only
    together (`광저우 난사 과창센` | `터(广州南沙科创中心)`), the name is the first line's, and the pieces each line gave
    (`터`, `广州南沙科创中心`) are dropped; every other name keeps its own line.

    >>> joined = {1: (3, "우한대학, 화중과기대학(华中科技大学) 4 팀")}
    >>> [(m.text, m.zh, m.line) for m in mentions_across([Line(1, "우한대학, 화중과기대학(华中科技大"), Line(2, "- 3 -"),
    ...                                                  Line(3, "学) 4 팀")], joined)]
    [('화중과기대학', '华中科技大学', 1)]
    """
    out = lines_to_mentions(lines)
    for start, (end, text) in rejoined.items():
        pieces = {(m.zh, m.text) for m in out if start <= m.line <= end}
        whole = lines_to_mentions([Line(start, text)])
        read = {(m.zh, m.text) for m in whole}
        out = [m for m in out if not start <= m.line <= end or (m.zh, m.text) in read] \
            + [m for m in whole if (m.zh, m.text) not in pieces]
    return sorted(out, key=lambda m: m.line)
