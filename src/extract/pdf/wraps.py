"""Rejoining a wrapped line: wrapped lines are joined with a space unless the producer breaks Korean
inside words (decided once for the whole document from its own vocabulary, as the text route does at page
breaks) and the halves read as one word; a name, a number and its counter, a currency or a bound split by
the wrap are rejoined whatever the producer's habit.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from kic_extract.clean.word_joins import LIST_DOTS, closes_before_place, decide_join, glossed_alone, names_place, place_before_word
from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows, word_set
from kic_extract.names.readings import read_name
from kic_extract.scripts import SS_FINAL, is_han

_HANGUL_TAIL = re.compile(r"[가-힣]+$")
_HANGUL_HEAD = re.compile(r"^[가-힣]+")
_HANGUL_RUN = re.compile(r"[가-힣]+")
# a Hangul run standing as a word: not after a letter, a digit or a closing bracket it attaches to as a particle
# (`(KIC 중국)가`, `10%가`, `IT쥐쯔가`), on its line or past a wrap
_LONE_RUN = re.compile(r"(?<![\w)\]%’”])(?<![A-Za-z0-9)\]%’”]\n)[가-힣]+(?![가-힣])")  # (`GDP` | `가 1만`: wrapped)
# a wrap that never stood at a space: inside a number (`15.` | `3%`), after a middle dot or a
# slash, at a hyphen between words, before the bracket of a gloss (`쌍청` | `(双城)`)
_CLOSED_UP = re.compile(r"(?:\d\.?\|\d|[·/]\|\S|\w-\|\w|[가-힣\u4e00-\u9fff]\|\()")
_SENTENCE_ENDS = frozenset(".?!")
_COPULA_PAST = frozenset(("이었다", "이었고", "이었으며", "이었지만"))
_SENTENCE_CLOSING = re.compile(r"다(?:[.,!?]|$)")  # (`다.` opening a line: the ending of the word before)
# a particle opening the line after a Chinese gloss closes the name glossed (`후베이성(湖北省)` | `과 쓰촨성은`)
_GLOSS_END = re.compile(r"\([\u4e00-\u9fff][^()]*\)$")
_COPULA_CLOSING = re.compile(r"(?:이)?(?:었|였)?다(?:[.,!?]|$)")  # (`다.`, `이다.`, `였다.` opening a line)
_GLOSS_PARTICLES = "과|와|은|는|이|가|을|를|의|에서|에|으로|로|도|만"  # the particles a name glossed in brackets takes
_PARTICLE_OPENING = re.compile(rf"(?:{_GLOSS_PARTICLES})(?:는|도|만|의)?(?![가-힣])")  # (`에는`, `에서도`)
# a bracketed aside closing a line, and the particles its word may take that no word alone is (not `이`, `가`: `이 가운데`)
_ASIDE_END = re.compile(r"[가-힣]\([^()]{1,30}\)$")
_ASIDE_PARTICLE = re.compile(r"(?:에서|에|으로|로|과|와|을|를|은|는|의|까지|부터|보다)(?:는|도|만|의)?(?![가-힣])")



# stems of adjectives of size and degree that never stand as a word (unlike `길`, `낮`, `적`), and the endings that
# may open the line after them
_BOUND_STEMS = frozenset(("크", "작", "높", "많", "짧", "넓", "좁", "빠르", "느리", "깊", "얕"))
_ENDING_OPENS = re.compile(r"(?:고|며|면서|지만|다|게|은|을|던)")
_GLOSSED_WORD_END = re.compile(rf"\)(?:{_GLOSS_PARTICLES})$")  # (a name glossed, then its particle)
_RECALLING = re.compile(r"[가-힣]던$")  # (a verb's recalling adnominal form, `높았던`, ends its word)


def _word_evidence(tail: str, head: str, rest: str, vocabulary: str) -> bool:
    """Whether a wrap between Hangul runs `tail` | `head` (followed by `rest`) fell inside a word:
    the right half begins with a particle or a short ending closed by punctuation, or the two
    halves are a word the document writes elsewhere.

    >>> _word_evidence("비", "교하면", " 12.4%", "11개 도시 성적 비교"), _word_evidence("비", "교하면", "", "성적표")
    (True, False)
    >>> _word_evidence("증가했", "다", ".", ""), _word_evidence("가장", "컸고", ",", "가장 많았다. 가장 높았다. 증가 폭이 가장")
    (True, False)
    >>> _word_evidence("높았던", "반면", ",", "줄었다. 반면 수출은 늘었다. 반면, 투자는")
    False
    >>> _word_evidence("경제개", "발구의", " 상반기", "1인당 생산액은 경제개발구가 52만 위안으로")
    True
    """
    closed = not rest or not rest[0].isalnum()
    if head in word_set("particles.txt") and closed:
        return True
    if len(head) <= 2 and rest[:1] in (".", ",", "!", "?", ")", "…", ":", '"', "”", "’", "'") \
            and not (len(tail) > 1 and _standalone(tail, vocabulary) > 1) and not _RECALLING.search(tail):
        # (not after a word the document writes alone: `증가 폭이 가장` | `컸고,`; nor after a verb's form that
        # recalls, which a noun follows: `가장 높았던` | `반면,`)
        return True
    # (or a noun the document writes elsewhere, made a verb by `하다`: `비` | `교하면` after `… 성적 비교`)
    doing = _DOING.search(head, 1)
    # (or a name of four syllables or more the document writes elsewhere with another particle, more often whole than
    # parted: `경제개` | `발구의` after `경제개발구가`; not `부품` | `기업이` where `부품 기업` is written twice, `부품기업` once)
    stem = _particle_end().sub("", head, count=1)
    return (tail + head) in vocabulary or spans_place(tail, head) or glossed_whole(tail, head, rest) \
        or doing is not None and (tail + head[:doing.start()]) in vocabulary or glossed_elsewhere(tail, head, vocabulary) \
        or stem != head and len(tail + stem) >= 4 and vocabulary.count(tail + stem) > vocabulary.count(f"{tail} {stem}")


def glossed_elsewhere(tail: str, head: str, vocabulary: str) -> bool:
    """Whether the halves of a wrap, a particle closing the right one aside, are a name the document glosses with its
    Chinese elsewhere (`빈하이` | `신구의` after `빈하이신구(滨海新区)`): a name holds no space, though its first part may
    stand alone too (`톈진 빈하이 산업단지`).

    >>> glossed_elsewhere("빈하이", "신구의", "빈하이신구(滨海新区)의 단지. 톈진 빈하이 단지"), glossed_elsewhere("빈하이", "단지", "빈하이신구(滨海新区)")
    (True, False)
    >>> glossed_elsewhere("바오안", "구에서만", "선전 바오안구(宝安区)는")
    True
    >>> glossed_elsewhere("칭장푸", "구의", "화이안시 칭장푸(清江浦)구와 쑤첸(宿迁)시")
    True
    """
    stem = _particle_end().sub("", _LIMITER_END.sub("", head, count=1), count=1) or head
    # (or the name glossed before its generic word: `칭장푸` | `구의` after `칭장푸(清江浦)구와`)
    return re.search(rf"(?<![가-힣]){re.escape(tail + stem)}\([\u4e00-\u9fff]", vocabulary) is not None \
        or stem in _suffix_words() and re.search(rf"(?<![가-힣]){re.escape(tail)}\([\u4e00-\u9fff]+\){stem}(?:[은는이가의와과에도]|(?![가-힣]))",
                                                    vocabulary) is not None


_LIMITER_END = re.compile(r"(?:만|도|까지|부터)$")  # (a particle of limit after the case particle: `구에서만`)


_DOING = re.compile(r"(?:하|해|했|한|할|함)[가-힣]{0,3}$")


# a number and its counter closing the left half (`… 2위` | `장쑤성은`): a word of its own
_COUNTED_END = re.compile(r"\d\s*[가-힣]{1,2}$")


def opens_with_place(head: str) -> bool:
    """Whether a Hangul run opens with a province-level region's or a country's name.

    >>> opens_with_place("장쑤성은"), opens_with_place("안에")
    (True, False)
    """
    from kic_extract.gazetteer import NATIONS, PROVINCE_LEVEL, find_regions

    return any(m.start == 0 for m in find_regions(head, PROVINCE_LEVEL | NATIONS))


_LONGEST_PLACE = 10  # syllables


def spans_place(tail: str, head: str) -> bool:
    """Whether the halves of a wrap spell a place the gazetteer knows across it (`장` | `쑤성(江苏省)`,
    `광둥` | `성이`): a name is one word.

    >>> spans_place("장", "쑤성"), spans_place("광둥", "성이"), spans_place("광둥성", "이"), spans_place("증가", "했다")
    (True, True, False, False)
    >>> spans_place("가장 컸고 신장위구르자치", "구가"), spans_place("닝샤후이족자", "치구(宁夏回族自治区)"), spans_place("우", "즈베키스탄이")
    (True, True, True)
    """
    from kic_extract.gazetteer import NATIONS, PLACES, find_regions

    # (a place name is shorter, `신장위구르자치구` the longest; the rest cannot change the answer)
    tail, head = tail[-_LONGEST_PLACE:], head[:_LONGEST_PLACE]
    return any(m.start < len(tail) < m.end for m in find_regions(tail + head, PLACES | NATIONS))


@cache
def _word_like_places() -> frozenset[str]:
    """The places whose bare name is also a common word (`선전` 宣傳, `가나`), which `spans_place` leaves alone."""
    from kic_extract.gazetteer import regions

    return frozenset(r.ko for r in regions() if not r.bare and len(r.ko) > 1)


def spans_word_like_place(tail: str, head: str, vocabulary: str) -> bool:
    """Whether a wrap split a place whose name is also a word (`선` | `전은`, `가` | `나는`), a particle or nothing after
    it, where the document writes the name elsewhere as a place's: with its `시` or `성`, a particle or its gloss, or
    alone as a table's row label.

    >>> spans_word_like_place("선", "전은", "선전시는 1위"), spans_word_like_place("선", "전은", "홍보 선전 활동")
    (True, False)
    >>> spans_word_like_place("가", "장", "가장 많은"), spans_word_like_place("가", "나는", "국가\\t수입량\\n가나\\t18,920")
    (False, True)
    """
    for cut in range(1, min(len(head), _LONGEST_PLACE) + 1):
        name = tail + head[:cut]
        if name in _word_like_places() and (cut == len(head) or _particle_end().fullmatch(head[cut:])):
            return re.search(rf"(?<![가-힣]){re.escape(name)}[시성]?(?:(?:은|는|이|가|의|에서|에|과|와|도)(?![가-힣])|\()"
                             rf"|(?<![^\n\t]){re.escape(name)}[시성]?\t", vocabulary) is not None
    return False


@cache
def _currencies() -> frozenset[str]:
    """Currency words of two syllables or more (data/units.tsv), which a wrap may split."""
    from kic_extract.data import tsv_rows

    return frozenset(r["unit"] for r in tsv_rows("units.tsv")
                     if r["kind"] == "currency" and len(r["unit"]) > 1 and _HANGUL_RUN.fullmatch(r["unit"]))


# (`5조 7,510억 위`, `6만 2,310위`, and a unit in brackets, `투자액(만 위`)
_AFTER_MAGNITUDE = re.compile(r"(?:\d|[(（])\s*[조억만천](?:\s*\d[\d,.]*)?\s*([가-힣]+)$")
# (or an amount with decimals, which no rank has: `1.8위` | `안 높았고`)
_AFTER_DECIMALS = re.compile(r"\d\.\d+\s*([가-힣]+)$")


def spans_currency(left: str, right: str) -> bool:
    """Whether a wrap split a currency word written after an amount's magnitude (`5조 7,510억 위` |
    `안, 5조 …`): the amount's unit is one word, whatever a glyph shows (but `10위` | `안에` is a rank).

    >>> spans_currency("5조 7,510억 위", "안, 5조"), spans_currency("상위 10위", "안에 든"), spans_currency("3억 달", "러를")
    (True, False, True)
    >>> spans_currency("장쑤성(江苏省) 6만 2,310위", "안, 톈진시"), spans_currency("건당 평균 투자액(만 위", "안)")
    (True, True)
    >>> spans_currency("광둥성(9.8위안)보다 1.8위", "안 높았고"), spans_currency("평균 2.5위", "에 올라")
    (True, False)

    So is a unit spelt after `%` (`4년 새 11%포` | `인트 상승했다`).

    >>> spans_currency("4년 새 11%포", "인트 상승했다"), spans_currency("11%", "포인트")
    (True, False)

    And so is a counter of two syllables after a magnitude (`1억 2,500만 가` | `구를 넘어섰고`).

    >>> spans_currency("2024년 1억 2,500만 가", "구를 넘어섰고"), spans_currency("2,500만 가", "까운")
    (True, False)
    """
    return _splits_word(_AFTER_MAGNITUDE, _currencies() | _counters(), left, right) \
        or _splits_word(_AFTER_DECIMALS, _currencies(), left, right) or _splits_word(_AFTER_PERCENT, _percent_units(), left, right)


@cache
def _counters() -> frozenset[str]:
    """Words of two syllables or more that count things (data/units.tsv kind `count`: `가구`, `켤레`), which a wrap may
    split after an amount's magnitude (`1억 2,500만 가` | `구를 넘어섰고`)."""
    from kic_extract.data import tsv_rows

    return frozenset(r["unit"] for r in tsv_rows("units.tsv")
                     if r["kind"] == "count" and len(r["unit"]) > 1 and _HANGUL_RUN.fullmatch(r["unit"]))


# (`11%포`: the first syllables of a unit spelt after `%`)
_AFTER_PERCENT = re.compile(r"\d\s*%\s*([가-힣]+)$")


@cache
def _percent_units() -> frozenset[str]:
    """The Hangul of units spelt after `%` (data/units.tsv: `%포인트` → `포인트`)."""
    from kic_extract.data import tsv_rows

    return frozenset(r["unit"][1:] for r in tsv_rows("units.tsv")
                     if r["unit"].startswith("%") and len(r["unit"]) > 2 and _HANGUL_RUN.fullmatch(r["unit"][1:]))


def _splits_word(tail_of: re.Pattern[str], words: frozenset[str], left: str, right: str) -> bool:
    """Whether a wrap split one of `words`: its first syllables close `left` (`tail_of`'s first group), the rest opens
    `right`."""
    m = tail_of.search(left)
    head = _HANGUL_HEAD.match(right)
    return bool(m and head) and any((m.group(1) + head.group()).startswith(w) and len(m.group(1)) < len(w) for w in words)


@cache
def _bound_words() -> frozenset[str]:
    """Words of two syllables or more that bound or qualify an amount after it (data/qualifiers.tsv: `이상`, `미만`,
    `가량`), which a wrap may split."""
    from kic_extract.data import tsv_rows

    return frozenset(r["word"] for r in tsv_rows("qualifiers.tsv")
                     if r["field"] in ("bound", "approx_after") and len(r["word"]) > 1 and _HANGUL_RUN.fullmatch(r["word"]))


# (an amount and its unit, then the first syllables of the word after it: `5억 위안 이`)
_AFTER_AMOUNT = re.compile(r"\d[\d,.]*\s*[조억만천]?\s*[가-힣%]{0,3}\s+([가-힣])$")


def spans_bound(left: str, right: str) -> bool:
    """Whether a wrap split a word bounding the amount before it (`시리즈 B(2032.05) 5억 위안 이` | `상`): one word.

    >>> spans_bound("시리즈 B 5억 위안 이", "상"), spans_bound("3,000만 위안 가", "량의"), spans_bound("10곳 이", "중 3곳")
    (True, True, False)
    """
    return _splits_word(_AFTER_AMOUNT, _bound_words(), left, right)


@cache
def _counted_numerals() -> tuple[frozenset[str], re.Pattern[str]]:
    """Native numerals of two syllables or more (`다섯`, `여덟`: data/ordinals.tsv), which a wrap may split, and the
    counters one stands before."""
    from kic_extract.typed.numerals import COUNTERS, native_numerals

    return frozenset(w for w in native_numerals() if len(w) > 1), re.compile(rf"\s*(?:{'|'.join(COUNTERS)})")


_LAST_WORD = re.compile(r"(?<![가-힣])([가-힣]{1,3})$")


def spans_numeral(left: str, right: str) -> bool:
    """Whether a wrap split a native numeral before its counter (`모두 다` | `섯 개 지역으로`, `2025년 서른` | `한 곳으로`):
    one word.

    >>> spans_numeral("모두 다", "섯 개 지역으로"), spans_numeral("여", "덟 곳이"), spans_numeral("모두 다", "섯다 놀이")
    (True, True, False)
    >>> spans_numeral("2025년 서른", "한 곳으로 늘었고"), spans_numeral("서른", "한 해 동안")
    (True, False)
    """
    m = _LAST_WORD.search(left)
    numerals, counter = _counted_numerals()
    return bool(m) and any(len(w) > len(head := m.group(1)) and w.startswith(head) and right.startswith(w[len(head):])
                           and counter.match(right, len(w) - len(head)) is not None for w in numerals)


def opens_with_count(right: str) -> bool:
    """Whether a line opens with a native numeral and its counter (`세 번째였다`, `두 곳이`), a word of its own.

    >>> opens_with_count("세 번째였다."), opens_with_count("세계 경제"), opens_with_count("두고 보자")
    (True, False, False)
    """
    return _count_opening().match(right) is not None


@cache
def _count_opening() -> re.Pattern[str]:
    from kic_extract.typed.numerals import COUNTERS, native_numerals

    words = "|".join(longest_first(native_numerals()))
    return re.compile(rf"(?:{words})\s+(?:{'|'.join(COUNTERS)}|번\s*째)")


_GLOSS_AHEAD = re.compile(r"\((?P<han>[\u4e00-\u9fff]+)\)")


def glossed_whole(tail: str, head: str, rest: str) -> bool:
    """Whether a wrap fell inside a name glossed right after it: a left half of one or two
    syllables that, with the right half, reads one syllable per character of the gloss.

    >>> glossed_whole("국", "가인터넷정보판공실", "(国家互联网信息办公室)에"), glossed_whole("마카오", "대만구", "(粤港澳大湾区)")
    (True, False)
    >>> glossed_whole("중국", "상무부", "(商务部)")
    False
    """
    m = _GLOSS_AHEAD.match(rest)
    return bool(m) and len(tail) <= 2 and len(tail) + len(head) == len(m["han"])


def reads_as_gloss(tail: str, head: str, rest: str) -> bool:
    """Whether the halves of a wrap, put together, are the Korean reading of the name glossed right after them
    (`위` | `베이구(渝北区)`: a district of Chongqing the gazetteer need not know; `北` reads two syllables): a name
    holds no space, whatever the producer's habit. One half must be a single syllable, which no name is cut to, or
    the left half no place's name of its own: a gloss may cover two names printed apart (`푸젠성` |
    `닝더시(福建省宁德市)`; but `타이` | `저우(台州)` is one).

    >>> reads_as_gloss("위", "베이구", "(渝北区)가"), reads_as_gloss("시내에서는", "베이구", "(渝北区)가")
    (True, False)
    >>> reads_as_gloss("푸젠성", "닝더시", "(福建省宁德市)에"), reads_as_gloss("타이", "저우", "(台州)에는")
    (False, True)
    """
    m = _GLOSS_AHEAD.match(rest)
    if not m or min(len(tail), len(head)) != 1 and names_place(tail):
        return False
    reading = read_name(m["han"])
    return tail + head in (reading.ko, reading.ko_sino)


@cache
def _kept_whole() -> frozenset[str]:
    """The words that make a rate a fall (data/figure_cues.tsv, `decline`) or an amount a sum (data/qualifiers.tsv,
    `cumulative`): a wrap splitting one (`6.4% 감` | `소했다`, `누` | `적 약 6억`) would lose the figure's sign or the amount's
    qualifier, so they are known whole though the document writes them nowhere else; so are the words naming a count's
    list (data/cue_words_kept_whole.txt: `여` | `기에 해당하며`) and the word for the whole country (`nation`: `전` | `국 평균은`)."""
    return frozenset(row["phrase"] for row in tsv_rows("figure_cues.tsv")
                     if row["kind"] in ("decline", "nation") and " " not in row["phrase"]) \
        | frozenset(row["word"] for row in tsv_rows("qualifiers.tsv") if row["field"] == "cumulative" and len(row["word"]) > 1) \
        | word_set("cue_words_kept_whole.txt")


def _written_whole(tail: str, head: str, rest: str, vocabulary: str) -> bool:
    """Whether halves of a wrap the glyphs show a space at are one word the document writes whole elsewhere, a
    particle or `하다` closing it aside (`유` | `치에` after `투자 유치`, `동` | `기` after `전년 동기`), or a word making a rate
    a fall (`감` | `소했다`), neither half a word it writes on its own; a left half of one syllable only, as a producer
    breaking inside words leaves (`한` | `국가` is two). Tried on wraps the cheaper evidence left open, so the one-syllable
    test comes before any look through the document.

    >>> _written_whole("유", "치에", " 힘입어", "투자 유치 확대"), _written_whole("한", "국가", "", "한국가 한 국가 한 국가")
    (True, False)
    """
    if len(tail) != 1:
        return False
    stem = _stem(head)
    word = tail + stem
    known = word in _kept_whole() or re.search(rf"(?<![가-힣]){re.escape(word)}", vocabulary) is not None
    # (the wrapped line itself writes each half apart once)
    return known and _standalone(tail, vocabulary) <= 1 and _standalone(stem, vocabulary) <= 1


def _stem(head: str) -> str:
    """The right half of a wrap without the particle or `하다` closing it (`기에`: `기`; `소했다`: `소`)."""
    doing = _DOING.search(head, 1)  # (a noun made a verb by `하다`: `감` | `소했다` after `… 감소`)
    return head[:doing.start()] if doing else _particle_end().sub("", head, count=1) or head


def kept_whole_split(tail: str, head: str) -> bool:
    """Whether a wrap split a word the readers key on after its first syllable (`여` | `기에 해당하며`, `감` | `소했다`),
    which no producer's habit of wrapping between words makes two.

    >>> kept_whole_split("여", "기에"), kept_whole_split("감", "소했다"), kept_whole_split("한", "국가")
    (True, True, False)
    >>> kept_whole_split("뒤", "따랐다"), kept_whole_split("뒤", "에서")  # (an order word: `베이징시(1,312위안)가 뒤` | `따랐다`)
    (True, False)
    >>> kept_whole_split("뒷걸", "음질쳤다"), kept_whole_split("감소", "했다")  # (a longer one split after its second syllable)
    (True, False)
    >>> kept_whole_split("쪼", "그라들었다"), kept_whole_split("쪼", "개")
    (True, False)
    """
    if len(tail) > 1:  # (`뒷걸` | `음질쳤다`, `뒤따` | `랐다`)
        return any(len(word) > len(tail) and word.startswith(tail) and (tail + head).startswith(word)
                   for word in (*_kept_whole(), *_order_words()))
    # (or a longer one opening the right half's word, whatever ending follows: `쪼` | `그라들었다`)
    return len(tail) == 1 and (tail + _stem(head) in _kept_whole() or (tail + head).startswith(_order_words())
                               or any(len(word) > 2 and (tail + head).startswith(word) for word in _kept_whole()))


def spans_order_phrase(left: str, right: str) -> bool:
    """Whether a wrap splits the last word of an order phrase of several words (data/figure_cues.tsv `next`: `뒤를 따` |
    `랐다`), which would lose the follower's rank.

    >>> spans_order_phrase("상하이(17.5%)와 저장성(13.5%)이 뒤를 따", "랐다."), spans_order_phrase("뒤를 따", "로 두고")
    (True, False)
    """
    return any(left.endswith(head) and right.startswith(tail) for head, tail in _order_phrase_cuts())


@cache
def _order_phrase_cuts() -> tuple[tuple[str, str], ...]:
    """Each way a wrap may cut the last word of an order phrase of several words (`뒤를 따랐`: `뒤를 따` | `랐`), the last
    word of two syllables or more."""
    phrases = [row["phrase"] for row in tsv_rows("figure_cues.tsv") if row["kind"] == "next" and " " in row["phrase"]]
    return tuple((phrase[:at], phrase[at:]) for phrase in phrases
                 for at in range(phrase.rindex(" ") + 2, len(phrase)))


@cache
def _order_words() -> tuple[str, ...]:
    """The order words of one word that rank a follower (data/figure_cues.tsv `next`: `뒤따랐`, `뒤쫓`), which a wrap after
    their first syllable would lose."""
    return tuple(row["phrase"] for row in tsv_rows("figure_cues.tsv")
                 if row["kind"] == "next" and " " not in row["phrase"] and len(row["phrase"]) > 2 and row["phrase"][0] != ")")


@cache
def _particle_end() -> re.Pattern[str]:
    """A particle closing a word (data/particles.txt), the longest first."""
    return re.compile("(?:" + "|".join(map(re.escape, longest_first(word_set("particles.txt")))) + ")$")


def _halves(left: str, right: str) -> tuple[str, str, str] | None:
    tail, head = _HANGUL_TAIL.search(left), _HANGUL_HEAD.match(right)
    if not tail or not head:
        return None
    return tail.group(), head.group(), right[head.end():]


@lru_cache(maxsize=4)
def _syllable_ends(vocabulary: str) -> tuple[Counter, Counter, Counter]:
    """How often each Hangul syllable of the document ends a word, begins one, and occurs, over
    the words inside its lines (a line's first and last runs may be halves of a wrapped word)."""
    ends, starts, total = Counter(), Counter(), Counter()
    for line in vocabulary.split("\n"):
        runs = _HANGUL_RUN.findall(line)[1:-1]
        for run in runs:
            ends[run[-1]] += 1
            starts[run[0]] += 1
            total.update(run)
    return ends, starts, total


def _reads_as_two_words(tail: str, head: str, vocabulary: str) -> bool:
    """Whether `tail` | `head` reads as the end of one word and the start of the next: the
    document ends words with tail's last syllable and begins them with head's first more often
    than it runs through them.

    >>> v = "\\n".join(["x 호출하는 서비스 외부 가는 x"] * 3 + ["x 증가했다 증가했다 x"] * 3)
    >>> _reads_as_two_words("호출하는", "외부", v), _reads_as_two_words("증가했", "다", v)
    (True, False)
    """
    ends, starts, total = _syllable_ends(vocabulary)
    a, b = tail[-1], head[0]
    p_end = (ends[a] + 0.5) / (total[a] + 1)
    p_start = (starts[b] + 0.5) / (total[b] + 1)
    return p_end * p_start > (1 - p_end) * (1 - p_start)


def _standalone(word: str, vocabulary: str) -> int:
    """How often the document writes a Hangul run as a word of its own, not as a particle after a bracket, a number or
    a Latin name (`(KIC 중국)가`, `10%가`: `가` | `장 많았다` is then no two words).

    >>> _standalone("가", "투자액이 가 장 (KIC 중국)가 10%가"), _standalone("장", "투자액이 가 장 (KIC 중국)가 10%가")
    (1, 1)
    """
    return _lone_words(vocabulary)[word]


@lru_cache(maxsize=4)
def _lone_words(vocabulary: str) -> Counter:
    """The Hangul runs a document writes as words of their own, counted."""
    return Counter(_LONE_RUN.findall(vocabulary))


_SSANG_SIOT = 20  # the final consonant ㅆ, as Unicode numbers the finals of Hangul syllables


def stem_end(tail: str) -> bool:
    """Whether a Hangul run ends in a syllable with ㅆ under it (`지켰`, `했`, `있`): a verb's stem, waiting for its
    ending; no word ends there.

    >>> stem_end("지켰"), stem_end("늘었"), stem_end("지켜"), stem_end("")
    (True, True, False, False)
    """
    return bool(tail) and "가" <= tail[-1] <= "힣" and (ord(tail[-1]) - 0xAC00) % 28 == _SSANG_SIOT


# a bracket opened on a Chinese name, not closed (`중관춘KIC혁신센터(中关村`), and its name going on (`KIC创新中心)`)
# (or only its Latin head so far: `IT쥐쯔(IT` | `桔子)`)
_OPEN_CHINESE_NAME = compiled(r"\((?:(?=[\p{Han}A-Za-z0-9]*\p{Han})[\p{Han}A-Za-z0-9]+|[A-Za-z0-9]+)$")
_CHINESE_NAME_GOES_ON = compiled(r"[\p{Han}A-Za-z0-9]+\)")


@cache
def _generic_after_gloss() -> re.Pattern[str]:
    """A place's generic word (data/place_suffixes.tsv) and the particle closing it, opening a line after the name's gloss
    (`퉁산(铜山)` | `구에만`)."""
    from kic_extract.places import place_suffixes

    words = "|".join(longest_first({s.ko for s in place_suffixes()}))
    return re.compile(rf"(?:{words})(?:{_GLOSS_PARTICLES})(?:는|도|만|의)?(?![가-힣])")


@cache
def _suffix_words() -> frozenset[str]:
    """The generic words of places (data/place_suffixes.tsv: `구`, `현`, `신구`, `개발구`)."""
    from kic_extract.places import place_suffixes

    return frozenset(s.ko for s in place_suffixes())


@cache
def _generic_places() -> frozenset[str]:
    """The generic words of places of two syllables or more (`신구`, `개발구`)."""
    return frozenset(word for word in _suffix_words() if len(word) > 1)


def _place_then_particle(word: str) -> bool:
    """Whether a Hangul run is a place the gazetteer knows and a particle after it (`청두가`, `광둥성과`).

    >>> _place_then_particle("청두가"), _place_then_particle("광둥성과"), _place_then_particle("올렸다")
    (True, True, False)
    """
    from kic_extract.gazetteer import PLACES, find_regions

    return any(word.endswith(p) and len(word) > len(p) and any(m.start == 0 and m.end == len(word) - len(p)
                                                                for m in find_regions(word[:len(word) - len(p)], PLACES))
               for p in word_set("particles.txt"))


# a number and the counter after it closing a line (`1,000 명`, `27만 장`)
# (after a magnitude too: `2.9 억 개` | `안팎이 될`)
_COUNTER_CLOSING = compiled(r"\d[\d,.]*\s*(?:[조억만천]\s*)?(?:명|개|곳|건|대|편|장|척|톤|가구|개사)$")
_DASH_THEN_HAN, _HAN_THEN_DASH = compiled(r"[—–-]\p{Han}"), compiled(r"\p{Han}[—–-]$")


# a stem and `지` before `만` (`이었지만`; any past stem, `그쳤지만`: a syllable closed by ㅆ)
_BUT_OPENING = re.compile(rf"(?:[{SS_FINAL}]|이|하|되|있|없)지$")


_BECAME = re.compile(r"[어아여](?:졌|져)")  # (`떨어졌고`, `높아졌다`, `커져`: `-어지다` after a stem)


def _never_alone(halves: tuple[str, str, str]) -> bool:
    """Whether the right half of a wrap is an ending that never stands alone (data/bound_endings.txt), or `다` closing a
    sentence (`구이저우성이` | `다.`; the adverb `다` is followed by its verb: `매물이` | `다 팔렸다`)."""
    return halves[1] in word_set("bound_endings.txt") or halves[1] == "다" and halves[2][:1] in _SENTENCE_ENDS \
        or halves[0].endswith("으") \
        or halves[1] == "만" and _BUT_OPENING.search(halves[0]) is not None \
        or halves[1] == "서" and halves[0].endswith("에") and len(halves[0]) > 1 \
        or _BECAME.match(halves[1]) is not None \
        or halves[1] == "데" and halves[2][:1] == "," and halves[0].endswith(("는", "은", "던"))
    # (`순으` | `로 높았다`: `으` closes no word, only opens an ending's rest; `그 뒤를 이었지` | `만 증가율은`: `-지만`;
    # `한 곳에` | `서 나온`: `에서` cut in two; `8.7% 떨` | `어졌고`: the auxiliary `-어지다` past or joined, no word's start;
    # `수출했는` | `데, 이우에서`: the connective `-는데` before its comma, not the noun `데` of `만드는 데 쓰인다`)


def join_text(left: str, right: str, inside_words: bool, vocabulary: str) -> str:
    """Rejoin a wrapped line: no space inside a run of Chinese; inside a Korean word when the
    producer breaks there and the halves read as one word: the right half begins with a particle
    or an ending, the document writes them together, or — neither half being a word the document
    writes on its own — its syllables run through words more than they end and begin them.
    A right half marked with a leading space wrapped where the glyphs show a space, unless the
    halves spell a place, or a name glossed right after them, across it.

    >>> join_text("광저우경제기술개발구", "지점", False, ""), join_text("广州经济技术", "开发区支行", False, "")
    ('광저우경제기술개발구 지점', '广州经济技术开发区支行')
    >>> join_text("정보항 단지(中国", "—东盟信息港园区)", False, ""), join_text("베이징", "— 상하이", False, "")
    ('정보항 단지(中国—东盟信息港园区)', '베이징 — 상하이')
    >>> join_text("5.3% 증가했", "다. 분기별로", True, ""), join_text("11 위", "를 기록해", True, "")
    ('5.3% 증가했다. 분기별로', '11 위를 기록해')
    >>> join_text("데이터 자원 표준", "시스템 구축", True, "표준 시스템과 표준 방식")
    '데이터 자원 표준 시스템 구축'
    >>> join_text("대비 15.", "3% 증가", False, ""), join_text("주도·", "다중 참여", False, ""), join_text("쌍청", "(双城) 경제권", False, "")
    ('대비 15.3% 증가', '주도·다중 참여', '쌍청(双城) 경제권')
    >>> join_text("2025 년", "10 월", False, ""), join_text("베이징-", "톈진", False, "")
    ('2025 년 10 월', '베이징-톈진')
    >>> join_text("랴오닝성과", "장쑤성도 30%를", True, ""), join_text("밑돌았다. 장", " 쑤성(江苏省)은", True, "")
    ('랴오닝성과 장쑤성도 30%를', '밑돌았다. 장쑤성(江苏省)은')
    >>> join_text("따르면 국", " 가인터넷정보판공실(国家互联网信息办公室)에", True, "")
    '따르면 국가인터넷정보판공실(国家互联网信息办公室)에'
    >>> join_text("가장 많았고 상하", " 이시(78개)와", False, "")  # (a producer wrapping between words, a space shown)
    '가장 많았고 상하이시(78개)와'
    >>> join_text("2위", "장쑤성은 15조", True, ""), join_text("7,510억 위", " 안, 5조", False, "")
    ('2위 장쑤성은 15조', '7,510억 위안, 5조')
    >>> join_text("저장성이 그 뒤", "를 이었다.", False, ""), join_text("증가했으며", "이 같은 흐름은", False, "")
    ('저장성이 그 뒤를 이었다.', '증가했으며 이 같은 흐름은')
    >>> join_text("후베이성(湖北省)", " 과 쓰촨성은", True, ""), join_text("(2033년)", "이 같은", False, "")
    ('후베이성(湖北省)과 쓰촨성은', '(2033년) 이 같은')
    >>> join_text("허페이(合肥), 쑤저우(苏州)가", "이름을 올렸다.", True, ""), join_text("1 위를 지켰", " 고 증가율은", True, "")
    ('허페이(合肥), 쑤저우(苏州)가 이름을 올렸다.', '1 위를 지켰고 증가율은')
    >>> join_text("닝샤후이족자치구(宁夏回族自治区)와 칭", "하이성(青海省)의", False, "")
    '닝샤후이족자치구(宁夏回族自治区)와 칭하이성(青海省)의'
    >>> join_text("우한 둥후(东湖), 허페이 고신구", "다. 평가는", False, ""), join_text("매물이", "다 팔렸다.", False, "")
    ('우한 둥후(东湖), 허페이 고신구다. 평가는', '매물이 다 팔렸다.')
    >>> join_text("베이징시·장쑤성에 이어", "세 번째였다.", True, ""), join_text("(6.1%)가 그다음", "이었다.", False, "")
    ('베이징시·장쑤성에 이어 세 번째였다.', '(6.1%)가 그다음이었다.')
    >>> join_text("선전(420대)이 뒤를", "이었다.", False, ""), join_text("시내에서는 위", "베이구(渝北区)가", True, "")
    ('선전(420대)이 뒤를 이었다.', '시내에서는 위베이구(渝北区)가')
    >>> join_text("중관춘KIC혁신센터(中关村", "KIC创新中心)", False, ""), join_text("(中关村KIC", " 创新中心)", False, "")
    ('중관춘KIC혁신센터(中关村KIC创新中心)', '(中关村KIC创新中心)')
    >>> join_text("플랫폼 IT쥐쯔(IT", " 桔子)에 따르면", False, ""), join_text("(KIC", " 중국)은", False, "")
    ('플랫폼 IT쥐쯔(IT桔子)에 따르면', '(KIC 중국)은')
    >>> join_text("빈하이신구(9,420억 위안)와 량장", "신구(5,310억 위안)가", False, ""), join_text("원창, 청두가", "이름을 올렸다.", True, "")
    ('빈하이신구(9,420억 위안)와 량장신구(5,310억 위안)가', '원창, 청두가 이름을 올렸다.')
    >>> join_text("간쑤성, 구이저우성이", "다. 허브별로", False, ""), join_text("3.9% 순으", "로 높았다.", False, "")
    ('간쑤성, 구이저우성이다. 허브별로', '3.9% 순으로 높았다.')
    >>> join_text("그 뒤를 이었지", "만 증가율은", False, ""), join_text("항저우 한 곳에", "서 나온 셈이다", False, "")
    ('그 뒤를 이었지만 증가율은', '항저우 한 곳에서 나온 셈이다')
    >>> join_text("7위에 그쳤지", " 만 거래액은", False, ""), join_text("광저우와는 81 만 1,000 명", "차이가 났다", True, "")
    ('7위에 그쳤지만 거래액은', '광저우와는 81 만 1,000 명 차이가 났다')
    >>> join_text("몰리면서 2.9 억 개", "안팎이 될 것으로", True, "")
    '몰리면서 2.9 억 개 안팎이 될 것으로'
    >>> join_text("7위에 머물렀지", " 만 장병 신발주걱", False, "")
    '7위에 머물렀지만 장병 신발주걱'
    >>> join_text("장시성(江西省), 구이저우성(贵州省)이", " 다. 이들 지역", True, "")
    '장시성(江西省), 구이저우성(贵州省)이다. 이들 지역'
    >>> join_text("베이징·톈진", "·상하이·충칭", True, "")
    '베이징·톈진·상하이·충칭'
    >>> join_text("선전(10월 21일), 청두(10월 24일)", " 에서 차례로 열린다.", True, "")
    '선전(10월 21일), 청두(10월 24일)에서 차례로 열린다.'
    >>> join_text("저장성의 닝보, 장쑤성의 쑤저우(苏州)", " 다. 완제품 조립에서", True, "")
    '저장성의 닝보, 장쑤성의 쑤저우(苏州)다. 완제품 조립에서'
    >>> join_text("선전이 800 억 위안으로 가장 크", "고 둥관이", False, ""), join_text("길", "고 넓은", False, "")
    ('선전이 800 억 위안으로 가장 크고 둥관이', '길 고 넓은')

    
    """
    spaced, right = right.startswith(" "), right.lstrip()
    if left.rstrip()[-1:] in LIST_DOTS or right[:1] in LIST_DOTS:
        return left.rstrip() + right  # `베이징·톈진` | `·상하이·충칭`: a list of names joined by dots goes on
    if left and right and (is_han(left[-1]) and (is_han(right[0]) or _DASH_THEN_HAN.match(right))
                           or _HAN_THEN_DASH.search(left) and is_han(right[0])):
        return left + right  # (a dash a Chinese name holds too, `(中国` | `—东盟信息港园区)`)
    if _OPEN_CHINESE_NAME.search(left) and _CHINESE_NAME_GOES_ON.match(right) \
            and (is_han(left[-1]) or is_han(right[0])):
        return left + right  # `(中关村` | `KIC创新中心)`: a Chinese name in brackets holds no space, Latin inside it either
    if (halves := _halves(left, right)) and len(halves[0]) > 1 and halves[1] in _generic_places() \
            and not halves[2][:1].isspace():
        return left + right  # `량장` | `신구(5,310억 위안)가`: a place's generic word closes its name
    if halves and glossed_elsewhere(*halves[:2], vocabulary):
        return left.rstrip() + right.lstrip()  # `바오안` | ` 구에서만` after `바오안구(宝安区)`: a name the document glosses is one word
    if halves and _place_then_particle(halves[0]) and not _never_alone(halves):
        return left.rstrip() + " " + right  # `원창, 청두가` | `이름을 올렸다`: a particle after a place ends the word
        # (not before an ending, `구이저우성이` | `다.`: the copula after a place)
    if _CLOSED_UP.search(left[-3:] + "|" + right[:1]) or spans_currency(left, right) or spans_bound(left, right) \
            or spans_numeral(left, right) or spans_order_phrase(left, right):
        return left + right
    if _GLOSS_END.search(left) and (_PARTICLE_OPENING.match(right) or _COPULA_CLOSING.match(right)
                                    or _generic_after_gloss().match(right)):
        # (`쑤저우(苏州)` | `다.`: the copula closing a sentence after a gloss; so a place's generic word written after its gloss,
        # `퉁산(铜山)` | `구에만`)
        return left + right
    if _ASIDE_END.search(left) and _ASIDE_PARTICLE.match(right):
        return left + right  # `청두(10월 24일)` | `에서 차례로`: a particle after any bracket closes its word
    if _GLOSSED_WORD_END.search(left) and _HANGUL_HEAD.match(right) and not _SENTENCE_CLOSING.match(right):
        # `쑤저우(苏州)가` | `이름을 올렸다`: a particle after a gloss ends the word (not the copula's `이`, `구이저우성(贵州省)이` |
        # `다.`: the sentence's ending closes it)
        return left.rstrip() + " " + right
    if (halves := _halves(left, right)) and (_never_alone(halves) or stem_end(halves[0])
                                             or halves[1] in _COPULA_PAST and halves[0][-1] not in "을를"
                                             or halves[0] in _BOUND_STEMS and _ENDING_OPENS.fullmatch(halves[1])) \
            and not (halves[2][:1].isascii() and halves[2][:1].isalnum()):
        # `그 뒤` | ` 를 이었다`: an ending that never stands alone closes the word before, whatever space a glyph
        # shows or the producer's habit; so does whatever follows a stem in the past tense (`지켰` | ` 고 증가율은`), and
        # `다` closing a sentence (`허페이 고신구` | `다.`; the adverb `다` is followed by its verb), and the copula's past
        # after a noun (`그다음` | `이었다`; not the verb after an object, `그 뒤를` | `이었다`); and an adjective's stem that
        # is no word alone before its ending (`가장 크` | `고 둥관이`)
        return left.rstrip() + right.lstrip()
    if opens_with_count(right) and _HANGUL_TAIL.search(left):
        return left.rstrip() + " " + right  # (`… 장쑤성에 이어` | `세 번째였다`: a numeral and its counter open a word)
    if _COUNTER_CLOSING.search(left) and (halves := _halves(left, right)) and len(halves[1]) > 1:
        return left.rstrip() + " " + right  # (`81 만 1,000 명` | `차이가 났다`: a number and its counter end a word)
    if spaced:
        halves = _halves(left, right)
        if halves and (spans_place(*halves[:2]) or reads_as_gloss(*halves) or kept_whole_split(*halves[:2])
                       or spans_word_like_place(*halves[:2], vocabulary)
                       or inside_words and (glossed_whole(*halves) or _written_whole(*halves, vocabulary))):
            # `장` | ` 쑤성(江苏省)`, `국` | ` 가인터넷정보판공실(国家互联网信息办公室)`: a name holds no space,
            # whatever a glyph shows or the producer's habit (`상하` | ` 이시(78개)와`), nor a word a reader keys on (`여` |
            # ` 기에 해당하며`); nor, where the producer breaks
            # inside words, a word the document writes whole (`기업 유` | ` 치에 힘입어`, `전년 동` | ` 기 대비`)
            return left.rstrip() + right
        return left.rstrip() + " " + right
    if not inside_words and (halves := _halves(left, right)) and (spans_place(*halves[:2]) or reads_as_gloss(*halves)
                                                                  or kept_whole_split(*halves[:2])):
        # (`…와 칭` | `하이성(青海省)의`, `시내에서는 위` | `베이구(渝北区)가`: a producer wrapping between words broke a name,
        # or a word a reader keys on, `포산시가 여` | `기에 해당하며`)
        return left.rstrip() + right.lstrip()
    halves = _halves(left, right) if inside_words else None
    if halves:
        tail, head, rest = halves
        if kept_whole_split(tail, head) or _word_evidence(tail, head, rest, vocabulary) \
                or _written_whole(tail, head, rest, vocabulary) or reads_as_gloss(tail, head, rest):
            return left.rstrip() + right.lstrip()
        apart = (len(tail) > 1 and _standalone(tail, vocabulary) > 1) or (len(head) > 1 and _standalone(head, vocabulary) > 1) \
            or closes_before_place(tail, head, rest) or place_before_word(tail, head) \
            or _COUNTED_END.search(left) and opens_with_place(head) \
            or glossed_alone(head, rest)
        if not apart and not _reads_as_two_words(tail, head, vocabulary):
            return left.rstrip() + right.lstrip()
    return left.rstrip() + " " + right.lstrip()


def breaks_inside_words(pairs: list[tuple[str, str]], vocabulary: str) -> bool:
    """Whether the producer wraps Korean inside words: most wraps between two Hangul runs show
    it (`_word_evidence`) rather than a left half the document writes as a word of its own."""
    inside = apart = 0
    for left, right in pairs:
        halves = _halves(left, right)
        if halves is None:
            continue
        if _word_evidence(*halves, vocabulary):
            inside += 1
        elif decide_join(left, right, vocabulary) == "space":
            apart += 1
    return inside >= 3 and inside > apart
