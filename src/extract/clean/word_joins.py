"""How the two halves of a line a page break or a wrap parted are joined: inside a word, or with a space.

`decide_join` reads the document's own words (`clean.vocabulary`) and the places it names; `join_halves`
joins as it says. `clean.pagebreaks` and the PDF reader's line wraps (`pdf.wraps`) both ask it.
"""

from __future__ import annotations

from functools import cache

from kic_extract.clean.vocabulary import Vocabulary, vocabulary_of
from kic_extract.compiled import compiled
from kic_extract.data import word_set
from kic_extract.names.readings import read_name
from kic_extract.scripts import closed_by_n

HANGUL_TAIL = compiled(r"\p{Hangul}+$")
_HANGUL_HEAD = compiled(r"^\p{Hangul}+")
_GLOSS_NEXT = compiled(r"[(（]\p{Han}")
_NUMBER_TAIL = compiled(r"(?:\d[.,]|\d)$")
NUMBER_HEAD = compiled(r"^(?:[.,]?\d)")
LIST_DOTS = ("·", "ㆍ", "・")  # (the middle dots joining names in a list)
_WORD_WINDOW = 40  # characters either side of a break that can belong to the word it splits


def join_halves(left: str, right: str, kind: str) -> str:
    """Two halves a page break or a wrap parted, joined as `decide_join` says: a word goes on, else a space.

    >>> join_halves("산업에서 새", "로운 우위", "word"), join_halves("산둥성의", "GDP 는", "space")
    ('산업에서 새로운 우위', '산둥성의 GDP 는')
    """
    return left + ("" if kind == "word" else " ") + right


_CLOSING_PARTICLES = frozenset("과와은는이가을를의에도로")


# a verb's connective ending closing a clause (`줄었고`, `늘었으며`, `밝혔지만`, `하면서`)
_CLAUSE_ENDING = compiled(r"\p{Hangul}(?:고|며|지만|면서|는데|으나|므로)$|(?<!\p{Hangul})(?:넘어|늘어|줄어|올라|높아|낮아|많아)$")


def closes_before_place(tail: str, head: str, rest: str = "") -> bool:
    """Whether two Hangul runs a wrap parts are two words: the left ends in a particle, in a
    verb's adnominal form of two syllables or more or in its connective ending (`줄었고`), and the right opens with a province-level
    region's or a country's name (`랴오닝성과 | 장쑤성도`, `국경을 맞댄 | 광시좡족자치구의`), or with a
    place of any level glossed with its Chinese right after it (`rest`, what follows the right
    run: `본거지인 | 항저우시(杭州市)가`).

    >>> closes_before_place("랴오닝성과", "장쑤성도"), closes_before_place("베이", "징과")
    (True, False)
    >>> closes_before_place("맞댄", "광시좡족자치구의"), closes_before_place("간", "쑤성")
    (True, False)
    >>> closes_before_place("줄었고", "푸젠성도"), closes_before_place("고", "푸젠성도")
    (True, False)
    >>> closes_before_place("본거지인", "항저우시", "(杭州市)가"), closes_before_place("본거지인", "항저우", "가")
    (True, False)
    >>> closes_before_place("넘어", "쯔보시"), closes_before_place("넘어", "쯔보")
    (True, False)
    >>> closes_before_place("광저우와", "선전이"), closes_before_place("기업과", "선전이")
    (True, False)
    """
    adnominal = len(tail) > 1 and closed_by_n(tail[-1])
    if not tail or tail[-1] not in _CLOSING_PARTICLES and not adnominal and not _CLAUSE_ENDING.search(tail):
        return False
    from kic_extract.gazetteer import EVERY_LEVEL, NATIONS, PROVINCE_LEVEL, find_regions

    if tail[-1] in ("와", "과") and len(tail) > 2 and names_place(tail[:-1]) and _listed_place_opens(head):
        return True  # `광저우와 | 선전이`: a list of places goes on, the bare name a name there
    levels = EVERY_LEVEL if _GLOSS_NEXT.match(rest) else PROVINCE_LEVEL | NATIONS
    # (or a city written with its generic word: `10만 위안을 넘어 | 쯔보시 평균(6만 8,000위안)을`)
    return any(m.start == 0 for m in find_regions(head, levels)) \
        or any(m.start == 0 and m.written != m.spelling for m in find_regions(head, EVERY_LEVEL))


def _listed_place_opens(head: str) -> bool:
    """Whether a Hangul run is a place's name, bare spellings that are words too among them (`선전`), perhaps with a
    particle after it (`선전이`)."""
    from kic_extract.gazetteer import names_place as listed_name

    particles = word_set("particles.txt")
    return any(listed_name(head[:k]) and (k == len(head) or head[k:] in particles) for k in range(2, len(head) + 1))


_FIGURE_END = compiled(r"[\d%]$")




_GLOSS_OPENING = compiled(r"\((?P<han>\p{Han}+)\)")


#: what may open the right half of a wrap after a noun and belong to it: a particle or an ending (data/particles.txt,
#: data/bound_endings.txt) or the copula (`이다`, `였다`, `인`, `이라`)
_AFTER_NOUN = ("이", "였", "인", "임", "라", "란")


def names_place(word: str) -> bool:
    """Whether a Hangul run is a place's name whole, of any level the gazetteer knows (`푸젠성`, `닝더시`).

    >>> names_place("푸젠성"), names_place("푸젠성도")
    (True, False)
    """
    from kic_extract.gazetteer import EVERY_LEVEL, find_regions

    return any(m.start == 0 and m.end == len(word) for m in find_regions(word, EVERY_LEVEL))


@cache
def _word_openings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What opens a word that belongs to the noun before it (particles, endings, the copula), and the generic words
    closing a place's name (a province's and data/place_suffixes.tsv)."""
    from kic_extract.places import place_suffixes

    return (tuple(word_set("particles.txt") | word_set("bound_endings.txt")) + _AFTER_NOUN,
            ("성", "자치구", *(s.ko for s in place_suffixes())))


def place_before_word(tail: str, head: str) -> bool:
    """Whether two Hangul runs a wrap parts are two words because the left is a place named whole with its
    generic word (`상하이시`, `푸젠성`: a province's, or one of data/place_suffixes.tsv) and the right, of two
    syllables or more, opens with no particle, ending or copula (`상하이시` | `역시 7.7% 감소했다`).

    >>> place_before_word("상하이시", "역시"), place_before_word("상하이시", "에서는"), place_before_word("상하이시", "였다")
    (True, False, False)
    >>> place_before_word("상하", "이시"), place_before_word("선전", "시장"), place_before_word("푸젠성", "정부")
    (False, False, True)
    >>> place_before_word("청두시", "가오신구가"), place_before_word("청두시", "가장")
    (True, False)
    """
    openings, generic_words = _word_openings()
    if len(head) < 2 or head.startswith(openings) and not _DISTRICT_NAMED.fullmatch(head):
        return False  # (but a district's name may open like a particle: `청두시` | `가오신구가`)
    return any(tail.endswith(word) and len(tail) > len(word) for word in generic_words) and names_place(tail)


# a district or county named whole, perhaps with a particle (`가오신구가`, `이좡구에서`)
_DISTRICT_NAMED = compiled(r"\p{Hangul}{1,4}(?:신구|구|현)(?:이|가|은|는|의|에|에서|도|와|과)?")


def glossed_alone(head: str, rest: str) -> bool:
    """Whether the right half of a wrap is a whole name glossed right after it, as the names stage reads the gloss
    (`몰린` | `수산구(蜀山区)에는`): the name opens there, and the left half is a word of its own (but `저우` |
    `밍위안(周明远)` is one name); so is a word of one syllable glossed with its one character (`몇` | `펀(分)에`, a unit).

    >>> glossed_alone("수산구", "(蜀山区)에는"), glossed_alone("밍위안", "(周明远)"), glossed_alone("가인터넷정보판공실", "(国家互联网信息办公室)에")
    (True, False, False)
    >>> glossed_alone("펀", "(分)에 불과한"), glossed_alone("이", "(北海)")
    (True, False)
    """
    m = _GLOSS_OPENING.match(rest)
    if not m or len(head) < 2 and len(m["han"]) != 1:
        return False
    reading = read_name(m["han"])
    return head in (reading.ko, reading.ko_sino)


def decide_join(left: str, right: str, vocabulary: str | Vocabulary) -> str:
    """Word join or space join for text split by a page break, decided from the document.

    A word join is chosen when the two halves form a word seen elsewhere in the document, or
    when the left half is not a word of its own there (Korean PDFs wrap inside words); a space
    join when the script changes at the break or the left half stands alone elsewhere.

    >>> decide_join("산업에서 새", "로운 우위를", "새로운 시대")
    'word'
    >>> decide_join("동시에 산둥성의", "GDP 는 새롭게", "")
    'space'
    >>> decide_join("NIO, 샤", "오픈, 리샤은", "오픈 소스")
    'word'
    >>> decide_join("거리는 베이", "징과 장자커우", "거리는 베이 (베이징의)")
    'word'
    >>> decide_join("전년 대비 5.", "2% 증가했다", ""), decide_join("총 1,2", "34억 위안", "")
    ('word', 'word')
    >>> decide_join("톈진이 그다음이었다. 랴오닝성과", "장쑤성도 30%를 넘어섰다.", "")
    'space'
    >>> decide_join("증가율이 각각 4.8%, 4.6%로", "전년(5.1%, 4.8%)보다", "")
    'space'
    >>> decide_join("같은 기간 4 만 3,000 명", "줄어 유출이 이어졌다", ""), decide_join("모두 1,300 명", "을 넘었다", "")
    ('space', 'word')
    >>> decide_join("뒤를 이었다. 특히", "중관춘(中关村)이 자리한", "")
    'space'
    >>> decide_join("베이징·톈진", "·상하이·충칭·저장성", "")
    'word'
    """
    if _NUMBER_TAIL.search(left[-2:]) and NUMBER_HEAD.match(right[:2]):
        return "word"
    if right[:1] in LIST_DOTS or left[-1:] in LIST_DOTS:
        return "word"  # `베이징·톈진` | `·상하이·충칭`: a list of names joined by dots goes on
    tail = HANGUL_TAIL.search(left[-_WORD_WINDOW:])
    head = _HANGUL_HEAD.match(right[:_WORD_WINDOW])
    if not tail or not head:
        return "space"
    rest = right[head.end():]
    tail, head = tail.group(), head.group()
    words = vocabulary if isinstance(vocabulary, Vocabulary) else vocabulary_of(vocabulary)
    if words.has_word(tail + head):
        return "word"
    if closes_before_place(tail, head, rest) or place_before_word(tail, head):
        return "space"  # `랴오닝성과 | 장쑤성도`: a particle closes the left word, a place opens the right;
        # `상하이시 | 역시`: a place named with its generic word closes the left
    if glossed_alone(head, rest):
        return "space"  # `특히` | `중관춘(中关村)이`: a name read whole by its gloss opens the right half
    if len(tail) > 1 and tail[-1] in _CLOSING_PARTICLES and head in words.glossed:
        return "space"  # `… 남짓으로` | `차오저우(3만 1,000 달러)를`: a particle closes the left, a name glossed elsewhere opens the right
    if tail in word_set("particles.txt") and _FIGURE_END.search(left[: len(left) - len(tail)]):
        return "space"  # `각각 4.8%, 4.6%로 | 전년(5.1%, 4.8%)보다`: a particle after a figure ends its word
    if tail in word_set("counters.txt") and _FIGURE_END.search(left[: len(left) - len(tail)].rstrip()) \
            and not head.startswith(tuple(word_set("particles.txt"))) and head[:1] not in word_set("counters.txt"):
        return "space"  # `4 만 3,000 명 | 줄어`: a counter after a figure ends its word, unless a particle follows
    # the break site itself is one standalone occurrence of the left half
    if len(tail) > 1 and words.standalone(tail) > 1:
        return "space"
    return "word"


def decide_cell_join(left: str, right: str, vocabulary: str | Vocabulary) -> str:
    """`decide_join` for a table cell a page break cut, a word only on the document's evidence: the halves form a word
    it writes (`AI 단백질 설` | `계`), or one half is a syllable it never writes alone (`광저우 난사 과창센` |
    `터(广州南沙科创中心)`); else a space, as a cell breaks between its words more often than inside them (`핀란드` |
    `헬싱키`, `창업 및` | `공급망 연계`).

    >>> decide_cell_join("AI 단백질 설", "계", "단백질 설계 플랫폼"), decide_cell_join("핀란드", "헬싱키", "")
    ('word', 'space')
    """
    if decide_join(left, right, vocabulary) != "word":
        return "space"
    tail, head = HANGUL_TAIL.search(left[-_WORD_WINDOW:]), _HANGUL_HEAD.match(right[:_WORD_WINDOW])
    if not tail or not head:
        return "word"  # (a number cut: `1,2` | `34`)
    tail, head = tail.group(), head.group()
    words = vocabulary if isinstance(vocabulary, Vocabulary) else vocabulary_of(vocabulary)
    if words.has_word(tail + head):
        return "word"
    lone = tail if len(tail) == 1 else head if len(head) == 1 else None
    return "word" if lone and words.standalone(lone) <= 1 else "space"  # (the break site is one standalone occurrence)
