"""Line patterns shared by the segmenters: what opens an article, a heading, a caption."""

from __future__ import annotations

from kic_extract.compiled import compiled
from kic_extract.data import word_list

# the upright bars a layout parts a number from a title or a date with (`01 │ 제목`, `VOL. 452 ┃ 2028년`)
BARS = "|｜│┃▍▌"

# a table-of-contents entry: a bullet (`- ▶`, `▷`, `○`, `•`, a middle dot and a space …), then the entry
# an entry of the contents: a bullet, or a number with no full stop after it (`01  제목 …… 2`, `01 제목` as a
# PDF's text spaces it, `3 제목 ······ 5`; `1. 제목` is an article's heading); a square bullet only before a title its leaders
# and page close (`□ 제목 ·········· 2`: alone, `■ 센터 소식` names a category)
# the letter a category may be numbered by, Latin or a Roman numeral (`A-1`, `Ⅰ-1`, `[Ⅱ] 스타트업 & 투자`)
CATEGORY_LETTER = "[A-ZⅠ-Ⅻ]"
# a mark a layout may set before a heading or an entry, whatever glyph it chose (`★`, `❶`, `⑴`, `◉`, `▸`): a symbol or a
# number sign standing for itself, not a bracket, a quote, a unit or a company's sign (`㈜`, `℃`)
MARK_GLYPH = r"(?:(?![㈀-㏿℃№─-╿])[\p{So}\p{No}]|[■-◿←-⇿※§•‣⁃])"  # (nor a rule's or a bar's stroke, `━`, `│`; the
# shapes and arrows Unicode files as mathematical, `◁`, `→`, too)
# a token numbering a heading or an entry in a shape no title opens with, whatever the layout (`#1`, `No.1`, `(1)`, `〈01〉`,
# `1)`, `가.`, `ISSUE 01.`)
NUMBERING = (r"(?:[#№]\s?\d{1,2}|(?i:no)\.\s?\d{1,2}|(?i:issue|part)\s?\d{1,2}\.?|\d{1,2}\)|[가나다라마바사아자차카타파하Ⅰ-Ⅻⅰ-ⅻ]\."
             rf"|[(（<〈《\[［〔]\s*(?:\d{{1,2}}|[가나다라마바사아자차카타파하]|{CATEGORY_LETTER})(?:-\d{{1,2}})?\s*[)）>〉》\]］〕])")
# (a code numbering it within its part, `Ⅰ-1`, `1-1`, `A1 │`, `Q1.`, `STORY 01`, `제1장`, `1️⃣`, `§1`; not a title's own first
# word, `G20 정상회의`; marks and codes one after another, a bar after each, `■ Ⅰ-1 ┃ 제목`)
LEAD_CODE = (rf"(?:{CATEGORY_LETTER}|\d{{1,2}})-\d{{1,2}}(?=\s)|[A-Z]\d{{1,2}}(?=\s*[{BARS}]|\s{{2,}})"
             r"|(?i:q|story|chapter|section)\s?\d{1,2}[.):]?(?=\s)|제\s?\d{1,2}\s?(?:장|부|편)(?=\s)|\d{1,2}\ufe0f?\u20e3|[§¶]\s?\d{1,2}(?=\s)")
TOC_ENTRY = compiled(rf"^-?\s*(?:[▶▷►▸▹○◦●•◆◇▪▫☞]\s*|[■□▣◈]\s*(?=.*[·.…‥_]{{2,}}\s*\d{{1,3}}$)|[·∙・‧]{{1,3}}\s+(?![pP]?\.?\s*\d{{1,3}}\s*(?:쪽|면)?$)|(?P<lead>\d{{1,3}})\s*(?:[{BARS}┈┄]|[·.…‥_]{{2,}}|…|(?:{MARK_GLYPH}|[─—―])(?=\s))\s*"  # (`02 │ 제목`, `02 ··· 제목`,
                     # `02 … 제목`, `02 ◆ 제목`, `05 ─ 제목`; a dot as a bullet, not as the leader of a page on the line
                     # an entry wraps onto: `··· 8쪽`)
                     # (a code, then the page between leaders: `A1 ··· 2쪽 ··· 제목 ··· 출처`, `C2 ··· ─ ··· 제목`, no page)
                     rf"|(?:{CATEGORY_LETTER}-?\d{{1,2}}|\d{{1,2}}-\d{{1,2}})\s*[·.…‥]{{2,}}\s*(?:(?P<lead>\d{{1,3}})\s*(?:쪽|면)?|[─—-])\s*[·.…‥]{{2,}}\s*"
                     r"|(?P<lead>\d{1,3})\s+[·∙・]\s+(?!.*[·.…‥_]{2,}\s*\d{1,3}$)"  # (`02 · 제목 ─ 출처`, no page after it)
                     rf"|[pP]\.\s?(?P<lead>\d{{1,3}})(?:\s*[{BARS}·∙])?\s+"  # (`p.2 · 제목`, `p.2  제목`)
                     r"|(?P<lead>\d{1,3})\s*(?:면|쪽)(?:\s+[·∙・])?\s+"  # (`02면  제목`, `02쪽 · 제목`)
                     r"|-{1,2}\s*[·.…‥_]{2,}\s*"  # (no page but dashes where it would stand: `-- ··· 별첨: …`)
                     rf"|[-─—―]{{1,3}}\s*[{BARS}]\s*"  # (or before a bar: `── │ 편집자 레터`)
                     # (not a number the title opens with, its counter after it: `4 월 중앙정치국 회의, … ····· 2`)
                     r"|(?P<num>\d{1,2})(?:\s{2,}|\)\s*|\s+(?!(?:월|일|년|대|개|분기|곳|차|명|가지)\s)(?=.*[.·…‥_]{2,}\s*\d{1,3}$))"
                     r"|(?P<num>0\d)\s+"
                     # (a number in brackets before a title longer than a category's name: `[02] 8월 지역 경제지표: … / 출처: …`,
                     # a page where the numbers skip, as entries led by numbers are read; not `[01] 이슈 브리핑`)
                     r"|[\[［]\s*(?P<num>\d{1,3})\s*[\]］]\s+(?=\S.{13,}$)"
                     rf"|{CATEGORY_LETTER}-(?P<num>\d{{1,2}})\s+"  # (numbered within its category's letter: `A-1  제목 ···· 2`)
                     # (or any other mark or numbering before a title its leaders and page close: `★ 제목 ···· 2`, `(1) 제목 ···· 2`)
                     rf"|(?:{LEAD_CODE}|{MARK_GLYPH}{{1,2}}|{NUMBERING})\s*(?=.*(?:[·.…‥_]{{2,}}\s*|\s[pP]\.?\s?)\d{{1,3}}(?:\s*(?:쪽|면))?$))"
                     rf"(?:(?:[/»›{BARS}]|{MARK_GLYPH})\s+)?(?P<text>\S.*)$")  # (a mark between the number and the title: `01 / 제목`)
# a contents line led by a number and one space (`10 KIC 중국 …`, as a PDF's text prints ` 10  …`): an entry only
# among entries numbered so, under a category
NUMBERED_LINE = compiled(r"^\s*(?P<num>\d{1,2})\s+(?P<text>\S.*)$")
TOC_CONTINUATION = compiled(r"^[—─―]\s*(?P<text>[^—─―━═\s-].*)$")  # (not a rule drawn in dashes: `────────`)
# a TOC entry's title line or a category line, its decoration aside: `■ 지역경제 포커스`, `[정책 브리핑]`
_DECORATION_BEFORE = rf"^(?:(?:[■□▣◼◻▦◆◇◎●○█▉▊▋▌▍▎▏▐┃]|{MARK_GLYPH})+|[\[［<〈《【〔〘]|[━─═]+|={{3,}})\s*"
# (`◆ 마켓 브리핑 ◆`, `◆◇ 이슈 브리핑 ◇◆`, `〓 이슈 분석 〓`: a symbol after the name too, not a number)
_DECORATION_AFTER = r"\s*(?:[\]］>〉》】〕〙]|(?:(?![㈀-㏿℃№─-╿])[\p{So}■-◿※])+|[━─═]+|={3,})$"
DECORATION = compiled(f"{_DECORATION_BEFORE}|{_DECORATION_AFTER}")
# the same, each end alone; the end's searched from the end backwards (`(?r)`), not tried at every character
DECORATION_BEFORE, DECORATION_AFTER = compiled(_DECORATION_BEFORE), compiled(f"(?r){_DECORATION_AFTER}")
# a rule printed as a line of its own (`━━━━━━`), above or below a banner
RULE = compiled(r"^\s*(?:[━─═]{3,}|={3,})\s*$")  # (`━━━━━━`, `========`)
# the number a category's banner may carry before its name (`01 정책·경제`)
# a part's number a category's banner may carry (`PART 1`, `SECTION A`, `Part Ⅱ`)
PART_NUMBER = rf"(?i:part|section)\s?(?:\d{{1,2}}|{CATEGORY_LETTER})"
CATEGORY_NUMBER = compiled(rf"^\s*(?:\d{{1,2}}|\[\s*(?:\d{{1,2}}|{CATEGORY_LETTER}|{PART_NUMBER})\s*\]|[Ⅰ-Ⅻ]\.?|[A-Z]\.|{PART_NUMBER}[.:]?(?:\s+[─—–-])?)"
                           r"\s+(?=\S)")
# (`01 정책·경제`, `[01] 이슈 브리핑`, `[A] 매크로`, `Ⅰ. 정책·거시`, `A. 정책 브리핑`, `PART 1. 정책 레이더`, `[PART 1] 정책 포커스`,
# `SECTION A ─ 정책·거시경제`)
# the title of the table of contents itself: `이번 호 차례`, `목차`, `CONTENTS`
# a line indented under the one before (the rest of a contents entry wrapped under its first line)
INDENTED = compiled(r"^\s{2,}\S")
# names glossed in Chinese and nothing else on a line (`21세기경제보도(21世纪经济报道)`, `충칭일보(重庆日报)·쓰촨일보(四川日报)`): a
# contents entry's source under its page
GLOSSED_SOURCES = compiled(r"\s*(?:[^\s()·,]{1,20}\(\d*\p{Han}[^()]*\)(?:\s*[·,]\s*)?)+\s*")
BRACKETED_SOURCE = compiled(r"\s*\[" + GLOSSED_SOURCES.pattern + r"\]\s*")  # (`[국가통계국(国家统计局)]` under an entry)
TOC_TITLE = compiled(r"^(?:(?i:contents|in this issue)\s*[·|│:─—–-]\s*)?(?:이번\s*호\s*)?(?:차례|목차|주요\s*내용)"
                     r"(?:\s*\((?i:contents|in this issue)\))?$"  # (`이번 호 차례 (CONTENTS)`: its English after it)
                     r"|^(?i:contents|in this issue)(?:\s*\((?:이번\s*호\s*)?(?:차례|목차)\))?$"  # (`IN THIS ISSUE · 이번 호 차례`: both)
                     # (or the header of contents printed as a table: `No.\t제목\tPage`)
                     r"|^(?i:no\.?|번호)\t(?:제목|기사|(?i:title))\t(?i:page|쪽|면|페이지)$")
# a heading's mark before an article's title that carries no number (`■ 선전시 2027 년 경제 성적표 공개…`)
# squares and diamonds a heading may stand under, an article's or a part's (`■ 01  …`, `▣ 제목`, `■ 경제 규모: …`)
PART_MARKS = "■□▣◆◇"
# (`① 제목`: a circled number, counted again under each category; a number within a category's letter, `A-1 제목`, too)
# (and any mark or numbering a layout sets before its headings, `★ 제목`, `❶ 제목`, `(1) 제목`, `#3 제목`: what a heading
# that repeats a contents entry may stand under, as the entry does)
HEADING_MARK = compiled(rf"^\s*(?:(?:[{PART_MARKS}●▶►▷①-⑳]|{LEAD_CODE}|{MARK_GLYPH}{{1,2}}(?=\s*\S)|{NUMBERING}(?=\s))\s*"
                        rf"(?:[{BARS}─—―]\s*)?)+")
# a line over an article's title naming its category and number (`정책 · 지역 │ 01`)
KICKER = compiled(rf"^(?P<label>[^\d{BARS}]{{1,24}}?)\s*[{BARS}]\s*(?P<seq>\d{{1,2}})\s*$"
                  r"|^\[\s*(?P<label>[^\[\]\d]{1,24}?)\s+(?P<seq>\d{1,2})\s*\]\s*$"  # (or in brackets: `[이슈 브리핑 01]`)
                  r"|^(?P<label>(?!(?i:pp?|page)\s)[A-Za-z]{2,12})\s+(?P<seq>0\d)\s*$")  # (or a word, `ISSUE 01`)


def title_key(text: str, whole: bool = False) -> str:
    """What an article's title and its contents entry share: its first letters (all of them, `whole`), marks, a
    tag and spaces aside.

    >>> title_key("■ 선전시 2027 년 경제 성적표 공개… 난산구 독주") == title_key("선전시 2027년 경제 성적표 공개…")
    True
    >>> title_key("① [정책분석] 성급 지역별 전정특신 기업 분포") == title_key("성급 지역별 전정특신 기업 분포")
    True
    """
    from kic_extract.clean.lookalikes import fold_lookalikes  # (here: the cleaning stage reads these patterns)

    unmarked = HEADING_MARK.sub("", fold_lookalikes(text))  # (`⻓三⾓` as a PDF's font may map 长三角)
    key = "".join(TAG.sub("", unmarked, count=1).split())
    return key if whole else key[:12]


def stands_as_heading(texts: list[str], keys: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a chunk's lines can be a heading: one line, or one over its byline (`출처: …`, `글: …`); a
    heading repeating a contents entry (`keys`: their `title_key`s) over any short line with no sentence end,
    its source (`01 31개 성 R&D 투입 성적표: …` over `난팡일보(南方日报)`, `편집부`).

    >>> stands_as_heading(["01 31개 성 R&D 투입 성적표", "편집부"], {title_key("31개 성 R&D 투입 성적표")})
    True
    >>> stands_as_heading(["01 31개 성 R&D 투입 성적표", "편집부"]), stands_as_heading(["01 제목", "성장했다."], {"제목"})
    (False, False)
    """
    if len(texts) == 1 or len(texts) == 2 and bool(BYLINE.match(texts[1])):
        return True
    if len(texts) != 2 or not keys or not SOURCE_LINE.match(texts[1]):
        return False
    numbered = ARTICLE.match(texts[0])
    return title_key(numbered["text"]) in keys if numbered else repeats_entry(texts[0], keys)


def heads_prose(texts: list[str], keys: set[str] | frozenset[str]) -> bool:
    """Whether a chunk opens with a numbered heading that repeats a contents entry (`keys`) and goes straight on into
    its text, no blank line between, as a page opening with the article may print it: its first paragraph, or a
    subtitle over lines of fields (`KIC 중국 액셀러레이팅 프로그램 2032 상반기 기수` / `모집 대상: …`).

    >>> heads_prose(["1. 2031 년 1 분기 31 개 성·시 경제 성적표 발표 — 제일재경(第一财经)",
    ...              "국가통계국(国家统计局)이 지난 16 일 내놓은 자료에 따르면 2031 년 1 분기 중국의"],
    ...             {title_key("2031년 1분기 31개 성·시 경제 성적표 발표")})
    True
    >>> heads_prose(["1. 지원 대상", "중국에 법인을 둔 한국 스타트업으로, 설립 7 년 이내인 기업이 신청할 수 있다."], {"제목"})
    False
    >>> heads_prose(["2. 2032 년 상반기 프로그램 모집", "프로그램 2032 상반기 기수", "모집 대상: 한국 스타트업"],
    ...             {title_key("2032년 상반기 프로그램 모집")})
    True
    >>> heads_prose(["1. 中 배터리 재활용 스타트업, 유럽 공략 속도 (한중경제신문. 2031.12.02)", "유럽연합이 …"], set())
    True
    >>> heads_prose(["▣ 반도체·바이오 스타트업 2곳", "이번 호에서는 최근 후속 투자를 유치한 …"], {title_key("반도체·바이오 스타트업 2곳")})
    True
    >>> keys = {title_key("AI·바이오 유망 스타트업 2 곳")}
    >>> heads_prose(["1. AI·바이오 유망 스타트업 2 곳 — 21세기경제보도", "기업\\t선쓰즈넝\\t창립연도\\t2032.6.1"], keys)
    True
    >>> heads_prose(["▣ AI·바이오 유망 스타트업 2 곳", "기업\\t선쓰즈넝\\t창립연도\\t2032.6.1"], keys)
    False
    """
    numbered = ARTICLE.match(texts[0]) if len(texts) > 1 else None
    # (or one under a mark that repeats an entry: `▣ 반도체·바이오 스타트업 2곳` / `이번 호에서는 …`)
    marked = HEADING_MARK.match(texts[0]) if len(texts) > 1 and not numbered else None
    if marked and not PAGE.search(texts[0]) and title_key(texts[0][marked.end():]) in keys:
        numbered = marked
    # (or, listed in no contents, a clipping's heading closed by its outlet and date: `1. 中 … (한중경제신문. 2031.12.02)`)
    elif not numbered or PAGE.search(texts[0]) or title_key(numbered["text"]) not in keys and not OUTLET_DATE.search(texts[0]):
        return False
    first = texts[2] if len(texts) > 2 and BYLINE.match(texts[1]) else texts[1]  # (its byline between: `자료: …`)
    # (or a numbered heading listed in the contents straight over its first table's rows: `1. AI·바이오 유망 스타트업
    # 2 곳 — …` / `기업\t선쓰즈넝 …`; not a title under a mark, which may stand over its table as its caption)
    over_rows = "\t" in first and numbered is not marked and title_key(numbered["text"]) in keys
    return ("\t" not in first or over_rows) and not PAGE.search(first)


# a line of an outlet's or a desk's name: no tab, no figure first, no sentence's end
SOURCE_LINE = compiled(r"^(?:[^\t\d\s]|\d+(?=\p{Hangul}+\())[^\t]{0,58}(?<!다|다\.|\.)$")  # (`21세기경제보도(…) 2032.05.10` too)


def byline_of(texts: list[str]) -> str | None:
    """The second of a heading chunk's two lines, where its byline would stand (none for one line or three)."""
    return texts[1] if len(texts) == 2 else None


def repeats_entry(text: str, keys: set[str] | frozenset[str], byline: str | None = None,
                  titles: frozenset[str] = frozenset()) -> bool:
    """Whether a line is a heading with no number that repeats a contents entry (`keys`: their `title_key`s),
    under a mark, or as a short line of no sentence's end and no number over its `byline` (`창장삼각주 한중 협력
    산업단지 지도` / `자료: …`) or alone, an entry's whole title (`titles`: their whole `title_key`s; a poster's title
    inside an article, `2022년 KIC중국 창업대회`, is an entry's first words); never the entry itself, which ends with
    its page (`▶ 제목 ··· 7`).

    >>> title = "창장삼각주 한중 협력 산업단지 지도"
    >>> keys, titles = {title_key(title)}, frozenset({title_key(title, whole=True)})
    >>> repeats_entry(title, keys, "자료: 각 단지"), repeats_entry(title, keys), repeats_entry(title, keys, None, titles)
    (True, False, True)
    >>> repeats_entry("창장삼각주 한중 협력", keys, None, titles)
    False
    """
    plain = bool(_PLAIN_TITLE.match(text)) and not ARTICLE.match(text) and (
        byline is not None and bool(BYLINE.match(byline)) or byline is None and title_key(text, whole=True) in titles)
    return bool(HEADING_MARK.match(text) or plain) and title_key(text) in keys and not PAGE.search(text)


# a title with no mark: short, no sentence's end
_PLAIN_TITLE = compiled(r"^\S.{0,78}(?<![.。])$")


# an article's heading: `1. 제목`, or numbered as some contents number entries, `01 제목`
# (`01 | 제목` too, and `[01] 제목`)
# (the number in square brackets perhaps after its category: `[01] 제목`, `[이슈 브리핑 01] 제목`; not a part's, `[PART 1] 정책`)
# (the number perhaps under a mark: `■ 01  7 월 제조업 경기와 …`; after its category's number or letter, `1-2. 제목`,
# `A-1. 제목`, numbered within it, or `A-1 | 제목` with a bar, a dash or a mark after it, or two spaces, `A-1  제목`; `A1 │ 제목`,
# `A-1 ◆ 제목` too)
ARTICLE = compiled(rf"^(?:(?:[{PART_MARKS}]|{MARK_GLYPH})\s*(?=\d))?(?:(?:(?:\d{{1,2}}|{CATEGORY_LETTER})-)?(?P<seq>\d{{1,2}})\.|(?P<seq>0[1-9])|\[(?:(?!{PART_NUMBER})[^\[\]\d]{{1,12}}?\s*)?(?P<seq>\d{{1,2}})\]"
                   rf"|{CATEGORY_LETTER}-?(?P<seq>\d{{1,2}})(?=\s+(?:[{BARS}—─―]|{MARK_GLYPH})|\s{{2,}}\S))\s+"
                   rf"(?:(?:[{BARS}—─―/»›]|{MARK_GLYPH})\s*)?(?P<text>\S.*)$")  # (a bar, a dash or a mark after the number: `01 │ 제목`,
# `01 ─ 제목`, `01 / 제목`, `01 ▸ 제목`)
# a byline printed right under an article's heading: `글: 디이차이징(第一财经) 보도 종합`, `정리: …`, `홍길동 기자`
# (in brackets too: `[출처: 경제일보(经济日报)]`)
BYLINE_LABEL = rf"(?:글|출처|자료|정리|취재|작성|번역|원문)\s*(?:[:：·]|{MARK_GLYPH}(?=\s))"  # (`출처: …`, `글 · …`, `출처 ▸ …`)
# a contents entry's source on a line of its own under it, labelled (`      출처: 경제참고보(经济参考报)`, not indented as a PDF's text
# gives it)
LABELLED_SOURCE = compiled(rf"\s*{BYLINE_LABEL}\s*(?P<names>{GLOSSED_SOURCES.pattern})")
BYLINE = compiled(rf"^\s*(?:{BYLINE_LABEL}\s*\S.{{0,60}}"
                  # (labels with no colon, parted by a bar: `정리 KIC 중국 리서치팀 | 자료 국가통계국(国家统计局)`)
                  rf"|(?:글|출처|자료|정리|취재|작성)\s\S[^{BARS}]{{0,30}}[{BARS}]\s*(?:글|출처|자료|정리|취재|작성)\s\S.{{0,40}}|[\[(［](?:글|출처|자료|정리)\s*[:：]\s*[^\[\]()]+"
                  r"(?:\([^()]*\)[^\[\]()]*)*[\])］]|\S.{0,30}\s기자"
                  rf"|\S.{{0,30}}?\s*[{BARS}]\s*(?:19|20)\d{{2}}\s*[.\-/]\s*\d{{1,2}}\s*[.\-/]\s*\d{{1,2}}\.?)$")  # (`인민망 한국어판 | 2028.07.24`)
TAG = compiled(r"^(?:【(?P<tag>[^】]+)】|\[(?P<tag>[^\[\]]{1,12})\](?=\s)"  # (`【KIC 인터뷰】`, `[인터뷰] `)
               r"|〈(?!(?:표|그림|사진|도표)\s*\d)(?P<tag>[^〈〉]{1,12})〉(?=\s)"  # (`〈투자동향〉 `, not `〈표 1〉`)
               r"|〔(?P<tag>[^〔〕]{1,12})〕(?=\s)"  # (`〔테크 리포트〕 `)
               r"|《(?P<tag>[^《》]{1,12})》(?=\s)"  # (`《지역경제》 `: a title's tag; a book's title stands mid-title)
               r"|［(?P<tag>[^［］]{1,12})］(?=\s)|«(?P<tag>[^«»]{1,12})»(?=\s)|〖(?P<tag>[^〖〗]{1,12})〗(?=\s))\s*")  # (`［산업분석］ `, `«평가» `)
# a title and its source: `… — 국무원(国务院)`, with any long dash or a bar; a source in angle or tortoise-shell brackets last
# (`〈…〉`, `‹…›`, `〔…〕`, and `《남방일보(南方日报)》`, a glossed name only: a book's title stands so too); or
# a name glossed in Chinese after a slash (`… 점검 / 국가통계국(国家统计局)`)
SOURCE_SPLIT = compiled(r"\s+[—─―]\s+(?=[^—─―]+$)|\s*〈(?=[^〈〉]+〉$)|\s*‹(?=[^‹›]+›$)|\s+〔(?=[^〔〕]+〕$)|\s+[|│｜┃]\s+(?=[^|│｜┃]+$)"
                        r"|\s+《(?=[^《》()]+\(\d*\p{Han}[^()]*\)》$)"  # (a name glossed in Chinese in double angle brackets last)
                        rf"|\s+(?:/|{MARK_GLYPH})\s+(?=[^/]+\(\d*\p{{Han}}[^()]*\)$)")  # (after a slash or a mark, a name glossed in
# Chinese only: `… / 21세기경제보도(21世纪经济报道)`, `… ◁ 경제일보(经济日报)`)
# a date as the newsletter prints it: `2022. 02. 23`, `2025.10.3`, `2025-10-03`, `2025년 10월 10일`
DATE = (r"(?P<y>\d{4})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})\s*(?:\.|일)?")
# an outlet and its date after a title: `(더구루. 2022.2.19)`, `(서울경제 / 2026년 1월 13일)`
OUTLET_DATE = compiled(rf"\s*\((?P<outlet>[^()]+?)(?:\s*[.,/·|]\s*|\s+){DATE}\)$")
# an outlet and a day without its year, `[서울신문 1.21]`, or a monthly's edition, `(월간 〈중국〉, 2037년 10월호)` (the source is
# kept, its date left null)
OUTLET_DAY = compiled(r"\s*[\[(](?P<outlet>[^()\[\]]+?)\s+\d{1,2}\s*[./]\s*\d{1,2}\.?[\])]$"
                      r"|\s*\((?P<outlet>[^()]+?)\s*[,/·|]\s*\d{4}\s*(?:년|\.)\s*\d{1,2}\s*월?호\)$")
# a name and its Chinese in brackets; the Chinese may hold Latin letters and digits (`36Kr(36氪)`)
NAME_ZH = compiled(r"^(?P<ko>.+?)\s*\((?P<zh>[\p{Han}A-Za-z0-9·]*\p{Han}[\p{Han}A-Za-z0-9·]*)\)$")
# an entry's page: `p10`, `p. 10` (alone on the line an entry wraps onto), leader dots `······ 10` (or `··· p.5`), `· 10쪽`, `10면`,
# one ellipsis set apart as the leader (`… 4`)
PAGE = compiled(r"(?:(?:(?:\s*[·.…‥_]{2,})?\s+|^)[pP]\.?\s*(?P<page>\d{1,3})|(?:\s*[·.…‥_]{2,}|(?:\s+|^)[…‥])\s*(?P<page>\d{1,3})(?:\s*(?:쪽|면))?"
                     # (or in a column of its own, a tab before it: `01\t제목\t2`)
                     r"|\s+(?:·\s+)?(?P<page>\d{1,3})\s*(?:쪽|면)|(?<=\S)\t\s*(?P<page>\d{1,3}))$")
# a column header that is a year: `2025년`, `2025 년`, `2025`, with a mark such as `(E)`, `(목표)`
YEAR_HEADER = compiled(r"^(?P<year>(?:19|20)\d{2})\s*년?\s*(?:\(\s*(?P<mark>[A-Za-z가-힣]{1,4})\s*\))?$")
SENTENCE_END = compiled(r"(?:[.!?。…\"'”’)\]>}]|다)$")
_LABEL_MAX_CHARS = 40
_HAS_LETTER = compiled(r"[\p{Hangul}A-Za-z]")

HEADING_MARKS = (
    (compiled(r"^(?P<mark>\d{1,2}\))\s*"), 1),
    (compiled(r"^(?P<mark>[①-⑳])\s*"), 2),
    (compiled(r"^(?P<mark>[▶▷])\s*"), 3),
    (compiled(rf"^(?P<mark>[{PART_MARKS}])\s*"), 1),  # (a part's heading in an article: `■ 경제 규모: 광둥·장쑤 접전`)
)
CAPTION = compiled(r"^(?:표|사진|그림)\s*\d+\)")
# a table's title, numbered (`표 2)`, `<표 1>`, `그림 3.`), or its unit line (`단위: 억 위안`, `(단위: %)`)
TABLE_TITLE = compiled(r"(?:<\s*)?(?:표|그림)\s*\d+\s*[)>.]|<\s*[^<>\t]{2,60}?\s*>\s*$")  # (`<표 2> …`, or a whole line `< … 현황 >`)
# a table's title opening a line: numbered (`표 3) …`, `<표 2> …`) or the word in brackets, a number in them or none
# (`〈표〉 …`, `[그림 2]`, `〈표 2-1〉`; U+2329 and U+232A where a PDF's font maps `〈` and `〉` to them), never `[표준 …]`
TABLE_OPENING = compiled(r"\s*(?:(?:<\s*)?(?:표|그림)\s*\d+\s*[)>.]|[<〈\u2329\[［【]\s*(?:표|그림)\s*(?:\d+(?:[-.]\d+)?)?\s*[>〉\u232a\]］】])")
# (`단위: 억 위안`, in a note `단위는 건.`; after the table's number, `표 3) 단위: %, …`)
UNIT_LINE = compiled(r"(?:(?:<\s*)?표\s*\d{1,2}\s*[)>.]\s*)?[(\[（]?\s*단위(?:\s*[:：]|(?:는|은)\s)")
SOURCE_NOTE = compiled(r"^\*\s*출처\s*:")
# a table's source on a line of its own under it, numbered or not (`표 2) 출처: 중국선박공업협회 …`, `※ 자료: …`)
TABLE_SOURCE = compiled(r"^\s*(?:(?:<\s*)?(?:표|그림)\s*\d+\s*[)>.]\s*)?[*※]?\s*(?:출처|자료)\s*[:：]")
EDITOR_NOTE = compiled(r"^\(?\s*편집자\s*주")
LIST_ITEM = compiled(r"^(?P<mark>-|\d{1,2}\.|[·•ㆍ])\s+(?P<text>\S.*)$")  # (`· 일시 : …`: a dot with a space after it)
# a note right under a table's rows: `* 지원 예산은 … 기준`, `주: 전국 비중은 … 대비` (not `*출처:`, a source of its own)
TABLE_NOTE = compiled(r"^(?:\*\s*(?!출처)\S|주\s*[:：])")


def is_toc_wrap(text: str) -> bool:
    """The rest of a TOC entry wrapped onto a line of its own, ending with the entry's page.

    >>> is_toc_wrap("남은 과제 p5"), is_toc_wrap("— 과기부(科技部) p10"), is_toc_wrap("p9"), is_toc_wrap("CHINA 창업")
    (True, True, True, False)
    """
    return not TOC_ENTRY.match(text) and bool(PAGE.search(text) or TOC_CONTINUATION.match(text))


def numbers_category(texts: list[str], k: int) -> bool:
    """Whether a contents line shaped as a numbered heading is a category numbered over the entries after it, led by
    their page (`[01] 이슈 브리핑` over `  02 ┈ 1분기 … / 21세기경제보도(…)`).

    >>> numbers_category(["[01] 이슈 브리핑", "  02 ┈ 1분기 지표로 본 지역 경기"], 0), numbers_category(["1. 제목", "▶ 항목"], 0)
    (True, False)
    """
    nxt = TOC_ENTRY.match(texts[k + 1]) if k + 1 < len(texts) else None
    return bool(nxt and nxt["lead"]) and not TOC_ENTRY.match(texts[k]) and bool(CATEGORY_NUMBER.match(texts[k])) \
        and is_label(CATEGORY_NUMBER.sub("", texts[k]))


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (`… 차지했다.`): what a paragraph's last line does.

    >>> ends_sentence("… 1위를 차지했다."), ends_sentence("1~11 월 성별 수출입 상위 5 곳")
    (True, False)
    """
    return text.rstrip().endswith(("다.", "."))


def is_label(text: str) -> bool:
    """A short line that names a category or a part: `■ 지역경제 포커스`, `[정책 브리핑]`, `CHINA 창업`;
    not a sentence, an entry, a heading or a number.

    >>> is_label("■ 지역경제 포커스"), is_label("[정책 브리핑]"), is_label("CHINA 창업")
    (True, True, True)
    >>> is_label("성장률이 높았다."), is_label("1. 제목"), is_label("▷ 항목 ······ 2"), is_label("2025")
    (False, False, False, False)
    """
    text, name = text.strip(), category_name(text)
    return 0 < len(text) <= _LABEL_MAX_CHARS and not SENTENCE_END.search(name[-1:]) and not ARTICLE.match(text) \
        and not TOC_ENTRY.match(text) and not PAGE.search(text) and bool(_HAS_LETTER.search(text)) \
        and "\t" not in text


def category_name(text: str) -> str:
    """A category line without its decoration: `■ 지역경제 포커스` → `지역경제 포커스`.

    >>> category_name("[정책 브리핑]"), category_name("■ 스타트업·투자 동향"), category_name("Weekly 뉴스")
    ('정책 브리핑', '스타트업·투자 동향', 'Weekly 뉴스')
    >>> category_name("〔KIC 중국 소식〕"), category_name("━ 이번 호 차례 ━"), category_name("● 센터 소식")
    ('KIC 중국 소식', '이번 호 차례', '센터 소식')
    >>> category_name("〓 이슈 분석 〓"), category_name("★ 센터 소식 ★")
    ('이슈 분석', '센터 소식')
    >>> category_name("▌이슈 포커스")  # (a bar before the name)
    '이슈 포커스'
    >>> category_name("[브리핑] 이슈 브리핑"), category_name("【KIC】 KIC 소식")  # (a short tag in brackets before it)
    ('이슈 브리핑', 'KIC 소식')
    """
    text = text.strip()
    if (tag := TAG.match(text)) and text[tag.end():].strip():
        text = text[tag.end():]  # (a tag before the name, as an article's heading may carry one)
    return DECORATION_AFTER.sub("", DECORATION_BEFORE.sub("", text, count=1), count=1).strip()


def category_key(text: str) -> str:
    """The name a category line gives, its decoration and its number aside (`01 정책·경제` names 정책·경제; `◆ A. 정책
    브리핑`, its number under a mark, 정책 브리핑).

    >>> category_key("01 정책·경제"), category_key("◆ A. 정책 브리핑"), category_key("《 이슈 분석 》")
    ('정책·경제', '정책 브리핑', '이슈 분석')
    """
    return category_name(CATEGORY_NUMBER.sub("", category_name(text)))


def known_categories() -> tuple[str, ...]:
    """Category headings the newsletter uses (data/categories.txt)."""
    return word_list("categories.txt")


def split_name_zh(text: str) -> tuple[str, str | None]:
    """`국무원(国务院)` → ('국무원', '国务院'); text without a Chinese gloss comes back whole.

    >>> split_name_zh("신랑재경(新浪财经)")
    ('신랑재경', '新浪财经')
    >>> split_name_zh("월간 <중국>"), split_name_zh("36Kr(36氪)"), split_name_zh("IT쥐쯔(IT桔子)")
    (('월간 <중국>', None), ('36Kr', '36氪'), ('IT쥐쯔', 'IT桔子'))
    """
    m = NAME_ZH.match(text)
    return (m["ko"], m["zh"]) if m else (text, None)


def led_entries(texts: list[str]) -> bool:
    """`■ KIC 현장` / `10 KIC 중국 선전 사무소 개소…` / `10 4월 …`: entries led by their page under a category (one
    perhaps wrapped where a PDF's text keeps no indent, the rest short and closing no sentence: `10 [인터뷰] 저우밍(周明)
    … 선전에서` / `양산 검증받아야"` / `11 …`).

    >>> led_entries(["[KIC 소식]", "9 KIC 중국, 선전 첸하이(前海)서 … 개최", "10 중추절(中秋节) 연휴 센터 휴무 안내"])
    True
    >>> led_entries(["■ 스타트업", "1. 제목", "본문이 이어지는 긴 문장이다."])
    False
    """
    led = [bool(NUMBERED_LINE.match(t)) for t in texts]
    return len(texts) > 1 and is_label(texts[0]) and led[1] and all(
        led[k] or led[k - 1] and sum(led) >= 2 and len(t) <= 40 and not t.rstrip().endswith("다.")
        for k, t in enumerate(texts[1:], 1))
