"""What the words after a region make it to its clause (`typed.prose_regions` finds the regions): the
clause's topic or subject, a place something is located in, a name a figure follows, one of a list, a
word qualifying a noun, a partner, the destination or origin of a flow, a noun phrase it qualifies
that ends at a count; with the patterns of a region's surroundings the prose readers share (the words
after its name, a count closing a list of places, firms' nouns)."""

from __future__ import annotations

from kic_extract.compiled import compiled
from kic_extract.data import word_set
from kic_extract.gazetteer import AFFILIATION, DIRECTIONS, ORIGIN, PARTICLES, SUFFIXES
from kic_extract.typed.figure_cues import cues, measure_word, nation_pattern
from kic_extract.typed.numerals import native_alternation

# what follows a region says what it is to its clause (after its Chinese and generic word, if written)
# (goods made in it, their figure in brackets after: `허베이산(3.1위안)보다`)
AFTER_NAME = compiled(rf"(?:\(\p{{Han}}+\))?(?:{'|'.join(SUFFIXES)}|산(?=\())?")
# a count of the regions just listed, closing their list (`… 저장 5개 지역이`, `… 선전 등 상위 3개 도시에`,
# `… 선전 세 곳만`, `… 헤이룽장성 등 동북 3 성은`; one alone, `선전 한 곳의 생산액 비중은`)
# a count of places, in figures or native numerals (`4 개 지역`, `다섯 곳`, `세 성`)
PLACES_COUNT = rf"(?:\d{{1,2}}|{native_alternation(one=True)})\s*(?:(?:개\s*)?(?:지역|성|도시|시|직할시|자치구|국가|나라|곳)|개국)"
MEMBER_COUNT = compiled(r"\s*(?:등\s*)?(?:(?:상위|하위|주요|동북|서북|서남|동부|서부|중부|남부|북부|연해|내륙)\s*)?"
                        rf"{PLACES_COUNT}(?:만(?:이|은)?|이|가|은|는|의|도|(?P<at>에))(?!\p{{Hangul}})")
# a count of facilities right after places, naming them (`푸둥·훙차오 두 공항`, `두 공항`, `3개 항만`)
FACILITIES_NAMED = compiled(rf"\s+(?:\d{{1,2}}\s*개|{native_alternation()})\s*(?:개\s*)?(?:공항|항구|항만|역|기차역|터미널|증권거래소|거래소)"
                             r"(?:과|와|을|를|이|가|은|는|의|에|에서)?(?!\p{Hangul})")
_GAP_PARTNER = compiled(r"에\s*\d[\d,.]*\s*(?:[조억만천]\s*)?(?:[\d,.]+\s*)?\S*\s*(?:차이로\s*)?(?:뒤지|뒤졌|뒤져|뒤진|뒤처|앞서|앞섰|앞선)"
                        # (or the one a rank was lost to: `창사시에 4위 자리를 내주고`)
                        r"|에(?:게)?\s*(?:\d{1,2}\s*위\s*)?(?:자리|선두|왕좌)를\s*(?:내주|내줬|내준|넘겨주|넘겨줬|빼앗기|빼앗겼)")
# goods made in a region, perhaps named, up to their figure in brackets (`허베이산(3.1위안)`, `징더전(景德镇)산 세라믹
# 제품(개당 46.8위안)`)
GOODS_BRACKET = r"산(?:\s+\p{Hangul}{1,4}){0,2}\s*\(\s*(?:약\s*|\p{Hangul}{1,2}당\s*)?"
_COUNT_QUALIFYING = compiled(r"\s*(?:여\s*)?(?:개|곳)?\s*의\s")
_FIGURE_NEXT = compiled(r"\s*[-+−]?\d")
_RANK_ASIDE = compiled(r"\(\s*\d{1,2}\s*위\s*\)")  # (a rank in brackets after a region: `광둥성(1 위)의`)
_BRACKETED_TOPIC = compiled(r"\(\s*\d[^()]*\)\s*(?:은|는)(?!\p{Hangul})")
_MARKS = (("topic", compiled(r"(?:은|는|이|가|도|의|께서|뿐(?=이)|\s+(?:역시|또한|모두|전체로는|전체로)(?=\s))")),  # (`허베이성 역시 29만 명 줄어`,
          # `… 장쑤성 모두`, `소비지출은 중국 전체로 3 만 4,150 위안을 기록해 4.6% 증가했다`; the one place the copula names,
          # `… 3.2% 감소한 산둥성뿐이다`)
          # (or where something comes from, `장쑤성은 … 한국으로부터 … 31억 달러를 유치해`: the clause's topic holds it)
          ("located", compiled(r"에|(?:을|를)\s*중심으로|(?:으로|로)부터")),
          # (or a word saying the figure sums the region up: `교실은 전국 합산 312만 곳으로`, `전국 기준 23억 위안 남짓으로`)
          ("figure", compiled(r"\s*(?:각\s*|(?:약|대략|무려|최대|최소|누적|합산|합계|기준|총)\s+)?\(?\s*\d(?![\d~]*\s*(?:분기|월|일)\s)")), ("listed", compiled(r"(?:과|와|및|\s*[,·、])")),
          ("qualifies", compiled(r"\s+[\p{Hangul}A-Za-z]")))

# the one named beside the clause's subject (`산둥성과 함께`)
_TOGETHER_WITH = compiled(r"(?:과|와)\s*(?:함께|더불어)(?!\p{Hangul})")

# a word glued to a place's gloss that makes a longer name of it (`다롄(大连)항`), no particle nor a word for its area
_NAMES_MORE = compiled(rf"(?![{PARTICLES}]|내|등|측|지역|일대|일원|인근|전체|전역|처럼)\p{{Hangul}}")
# a verb's adnominal form right before a region, the end of words describing what it qualifies (`… 참여한 중국 기업`)
_DESCRIBED_BEFORE = compiled(r"\p{Hangul}(?:한|된|던|진|친|낸|린)\s+$")
# the particle closing a word, and whether it makes its noun phrase a topic or subject
# (an aside of words in brackets is part of its word: `시장(용품과 서비스 포함)`, whose `과` closes no word; one with a
# figure is read word by word, the figure ending the phrase: `처리능력(약 420만 톤)의`)
_WORD = compiled(r"\s+((?:[^\s(]|\((?![^()]*\d)[^()]*\)|\()+)")
# a word that is a count or an amount (`12`, `10개`, `3만`), where a noun phrase a region qualifies
# ends; `1인당` is a word of the phrase
_COUNT_WORD = compiled(r"[\d,.]+여?(?:개|곳|명|건|팀|가지|만|억|조)?(?:(?<=[개곳명건팀지])(?:이|가|은|는|과|와|도))?")
# a count of firms right after them (`… 기업은 모두 272개사로`, `… 기업은 68 개사다`)
_FIRMS_COUNTED = compiled(r"\s*(?:(?:모두|총|약|전체)\s*)?[\d,]+\s*(?:개\s*사|곳|개|社|家)(?!\p{Hangul}{2})")
_SHARE_NEXT = compiled(r"\s*(?:약\s*)?\d[\d.]*\s*%")
# the one place what a count counts is in, right after it (`3 개 거점에만 591 개사가`): the count is the places'
ONLY_THERE = compiled(r"\s*\p{Hangul}{1,6}(?:에서만|에만)(?!\p{Hangul})")
# a verb describing a time after it, closing a clause a noun phrase is the subject of (`공장이 완공되는 2027년까지`):
# when, not what the sentence is about
_RELATIVE_NEXT = compiled(r"\s+\p{Hangul}{1,4}(?:는|던|된|한|될|할)\s+(?:\d{4}\s*년|내년|올해|연말|시점|때)")
# the object a phrase closing with `의` qualifies (` 본토 창업을 `), no subject nor topic on the way
_OBJECT_AFTER_OF = compiled(r"(?:\s+[^\s,.]*[^\s,.은는이가의도]){0,2}?\s+(?P<obj>[^\s,.]+)(?:을|를)\s")
# a noun and `의` right after a word (` 산업단지의 `): the noun phrase goes on
_NOUN_OF_NEXT = compiled(r"\s+[^\s,.]+의\s")
# what money is given to, a phrase closing with `의` its owner (` … 기반시설 개선에 2억 3,000만 위안을 지원했다`)
_FUNDED_AFTER_OF = compiled(r"(?:\s+[^\s,.]+){0,5}?에\s+(?:약\s*)?\d[\d,.]*(?:\s*[천백십만억조]\s*(?:[\d,]+\s*)?)*\s*[^\s\d]{1,3}?(?:을|를)\s+"
                            r"(?:지원|투자|투입|배정|지급|출자|보조|쏟)"
                            # (or the money named after the verb: `주지시가 다탕 클러스터의 공공 서비스 플랫폼에 투입한 예산은`)
                            r"|(?:\s+[^\s,.]+){0,5}?에\s+(?:지원|투자|투입|배정|지급|출자|쏟아부은|쏟은)(?:한|된)?\s+"
                            r"(?:예산|자금|금액|보조금|지원금|투자금|돈)")
_PARTICLE_END = compiled(r"(?:(?P<topic>은|는|이|가|의|도)|(?P<at>에서는|에서|에는|에도|에)|에게|을|를|으로|로|(?P<with>와|과))[,.]?$")
# a flow to or from a place written with particles (`한국으로의 수출은`, `미국으로부터의 수입은`)
FLOW_PARTICLE = compiled(r"(?:으로|로|에서|으로부터|로부터)의(?=\s)")
# the only place something is in (`항저우에만`, `난산구(南山区) 한 곳에만`): its figure is that place's
ALONE_AT = compiled(r"(?:\s*한\s*곳)?(?:에서만|에만)(?!\p{Hangul})")
# (the set's size may stand before: `상하이시, 장쑤성, 저장성, 안후이성 네 곳 가운데서는`)
_SET_SCOPE = compiled(rf"\s*(?:{PLACES_COUNT}\s*)?(?:가운데|중)(?:에서|서)?(?:는|도)?(?!\p{{Hangul}})")
# the whole a share is taken from, after the noun the region qualifies (`중국 성인 가운데`, `전국 기업 중`)
_AMONG = compiled(r"(?:가운데|중)(?:에서|서)?(?:는)?")
# a rank made a clause's topic right before the region holding it, named as its complement (`1위는 신장위구르자치구로,`)
# (or the most of a kind: `최대 바이어 국가는 아랍에미리트(UAE)로,`)
_RANK_HOLDER = compiled(r"(?:\d{1,2}\s*위|선두|(?<!\p{Hangul})최대\s+(?:\p{Hangul}+\s+){0,2}\p{Hangul}+)(?:\s*자리)?(?:는|은)\s*$")
_HOLDER_CLOSE = compiled(r"(?:\([^()]*\))?(?:으로|로),")
_TOWARD = compiled(r"(?<!\p{Hangul})대(?:\(對\))?\s?$")  # (對: a flow's other side, `대(對)한국`, `대 중국`)

# the nouns for firms (and their founders' teams, their capital, their brands) a region may qualify
FIRMS = "기업|업체|회사|스타트업|창업팀|자본|브랜드|플랫폼"
# the firms a threshold right before names, perhaps after their place and kind (`연 매출 2,000만 위안 이상 기업만 집계한`,
# `연 매출 10 억 위안을 넘는 원저우 제필 기업은`): a class, the amount no figure
FIRMS_OF_CLASS = compiled(rf"\s*(?:의\s+)?(?:(?:{FIRMS}|법인)(?:(?:에게|에는|에도|에|은|는|이|가|을|를|의|만)(?!\p{{Hangul}})|(?!\p{{Hangul}}{{2}}))"
                          # (the words between naming them, the firms the clause's subject)
                          # (`2,000만 위안 이상인 '규모 이상' 완구 기업은`)
                          rf"|(?:[^\s\d,.()]+\s+){{1,4}}?\p{{Hangul}}{{0,4}}?(?:{FIRMS}|법인)들?(?:은|는|이|가)(?!\p{{Hangul}}))")
# (a compound ending in one too: `한국계 투자기업은`, `외자기업`)
_FIRMS = compiled(rf"\p{{Hangul}}{{0,4}}?(?:{FIRMS})들?")


def holds_rank(text: str, start: int, after: int) -> bool:
    """Whether the region at `start` (its name and gloss ending at `after`) is named as the holder of a rank made the
    clause's topic before it (`수출 증가율 1위는 신장위구르자치구로,`, `최대 바이어 국가는 아랍에미리트(UAE)로,`)."""
    return bool(_RANK_HOLDER.search(text, max(0, start - 20), start)) and bool(_HOLDER_CLOSE.match(text, after))


def mark_after(text: str, end: int, start: int | None = None, nation: bool = True) -> str:
    """What the words after a region make it: the clause's topic or subject (`광둥성은`, `광둥성의`,
    and `중국 벤처투자 시장의 …`: the region qualifies a noun phrase that is one), a place something
    is located in (`저장성에`), a name a figure follows (`베이징 612 건`), one of a list (`장쑤성과`),
    a word qualifying another noun (`선전-홍콩 협력구를`), one qualifying a noun it counts (`한국
    스타트업 12 개 사가`: the clause's figures are the noun's), a partner (`중국 투자기관과`), the
    destination or origin of a flow (`일본행 예약은`, `중국발 크루즈`), or other. A place below a nation
    (not `nation`) is the topic of its firms counted (`장쑤성 소재 기업이 168 개사로`)."""
    if start is not None and _TOWARD.search(text, max(0, start - 5), start):
        return "partner"  # `사오둥시의 대(對)한국 라이터 수출액은`: the country a flow is toward, not the flow's owner
    pos = AFTER_NAME.match(text, end).end()
    if rank := _RANK_ASIDE.match(text, pos):
        pos = rank.end()  # `광둥성(1 위)의 누적 보급 대수는`: its rank aside, the words after it say what the region is
    if start is not None and holds_rank(text, start, pos):
        return "topic"  # `수출 증가율 1위는 신장위구르자치구(新疆维吾尔自治区)로, … 18.2%에 달했다`: the rank's holder, the sentence's topic
    if FACILITIES_NAMED.match(text, pos) and not MEMBER_COUNT.match(text, pos):
        return "qualifies"  # `푸둥(浦东)·훙차오(虹桥) 두 공항과`: the names of things counted, not the places
    if counted := MEMBER_COUNT.match(text, pos):
        # `베이징·상하이·선전 등 상위 3개 도시에 전체의 58.4%가`: the count of the list it closes, where the
        # particle after the count says what the list is
        return "located" if counted["at"] else "topic"
    if _SET_SCOPE.match(text, pos):
        return "other"  # `…, 간쑤성, 산시성 가운데서는 헤이룽장성의 감소 폭이`: the set a figure's region is picked from
    if _BRACKETED_TOPIC.match(text, pos):
        return "topic"  # `4위 저장성(9조 4,160억 위안)은 5.6% 성장해`: its figure aside, the clause's topic
    if _GAP_PARTNER.match(text, pos):
        return "partner"  # `상하이에 2만 6,000곳 뒤졌지만`: the region a gap is measured from
    if _TOGETHER_WITH.match(text, pos):
        return "partner"  # `푸젠성은 … 산둥성과 함께 마이너스 성장(-1.7%)을 한 곳이다`: the one beside the subject, not the figure's
    if ALONE_AT.match(text, pos):
        return "topic"  # `항저우(杭州)에만 61개사가`, `난산구 한 곳에만 58개사가`: what the clause counts is there
    if text.startswith((AFFILIATION, ORIGIN), pos):
        pos += 1  # `싱가포르계 펀드의 참여가`: what follows the word says what the region is
    flow = FLOW_PARTICLE.match(text, pos)
    directed = flow.end() - pos if flow else int(pos < len(text) and text[pos] in DIRECTIONS)
    if not directed and text.startswith("(", end) and _NAMES_MORE.match(text, pos):
        return "qualifies"  # `다롄(大连)항과 잉커우(营口)항의`, `베이부완(北部湾)항을`: a port or a zone named after it, not the place
    mark = next((name for name, pattern in _MARKS if pattern.match(text, pos + directed)), "other")
    if directed and mark in ("qualifies", "other"):
        return "direction"  # `일본행 예약은`, `중국발 크루즈 38 척이`: a flow to or from it
    if mark == "qualifies":
        firms = within = whole = False
        last = ""
        for k, word in enumerate(_WORD.finditer(text, pos)):
            w = word[1]
            whole = whole or not k and w == "전체"
            if _COUNT_WORD.fullmatch(w):
                if k and measure_word().fullmatch(last):
                    return "topic"  # `광시좡족자치구 디지털 무역액 2,000억 위안`: the region's measure, then its amount
                if ONLY_THERE.match(text, word.end()):
                    return "topic"  # `상하이 지역 3 개 거점에만 591 개사가`: its own places, all the clause counts is there
                if k == 1 and (last == "소재" or last in ("내", "관내") and not _COUNT_QUALIFYING.match(text, word.end())) \
                        and not nation:
                    # `닝보시 소재 23개 기업에`, `광둥성 내 1,200여 개 기관이`: a place's firms are counted where they are
                    # (not a count qualifying a noun after `내`: `청두고신구 내 7 곳의 창업 거점에 입주할 때`)
                    return "topic"
                if k > 1 and whole and not nation and _FIRMS.fullmatch(last):
                    return "topic"  # `닝보시 전체 문구 기업 2,100 곳 남짓`: all the place's firms, counted where they are
                return "counted"  # `한국 스타트업 12 개 사가`: the noun phrase ends at a count of it
            if k and w == "기준" and _FIGURE_NEXT.match(text, word.end()):
                return "topic"  # `2024년 중국 성인 기준 4.79권으로`: the region's people the figure is measured on
            last = w
            if k == 6:
                break
            if k and w in ("역시", "또한"):
                return "topic"  # `중국 전체 운송 컨테이너 물량 역시 …`: the noun phrase the region qualifies is the subject
            if k and _AMONG.fullmatch(w):
                # `중국 성인 가운데 수면장애를 겪는 비율은 38.2%`: a share of the region's own people or things; but
                # a count of some of them is theirs, `한국 스타트업 가운데 3 개 팀이`, unless the region is the whole
                # country's scope, `전국 성급 지역 가운데 26곳이`
                if (after := _WORD.match(text, word.end())) and _COUNT_WORD.fullmatch(after[1]) and nation \
                        and (start is None or nation_pattern().fullmatch(text, start, end) is None):
                    return "counted"
                return "topic"
            closing = _PARTICLE_END.search(w)
            if closing and closing.group() in ("이", "가") and _NOUN_OF_NEXT.match(text, word.end()):
                closing = None  # (`리푸 옷걸이 산업단지의`: a noun ending like the particle, the phrase going on)
            if closing and closing["with"] and w.rstrip(",.") in word_set("nouns_ending_like_particles.txt"):
                closing = None  # (`중국 견과 시장 규모는`: a noun ending like `과`, data/nouns_ending_like_particles.txt)
            if closing:
                if closing["with"]:
                    return "partner"  # `중국 투자기관과 36 건의 상담`: the noun is who it is done with
                if closing["at"]:
                    return "located"  # `2025 년 중국 벤처투자 시장에서 공개된 투자는`: where it happens
                # (`중국 휴머노이드 업체 상당수가 고객사이며`: firms the region qualifies are the subject, not the region;
                # or counted, `한국 스타트업 14개사가`; but `중국 스타트업 투자는`: their measure closing the phrase is the region's,
                # unless words describing the firms stand before it, `사우디아라비아 국부펀드가 참여한 중국 기업 투자는`)
                if closing.group() == "의" and not w[:1].isdigit() \
                        and ((obj := _OBJECT_AFTER_OF.match(text, word.end())) and not measure_word().match(obj["obj"])
                             or _FUNDED_AFTER_OF.match(text, word.end())):
                    # `광둥성은 홍콩·마카오 청년의 본토 창업을 돕기 위해`: what an object (no measure) is of, not the
                    # subject (but `청위 지역의 첨단기술 산업 매출을 6조 위안 이상으로`: the region's measure); so what money
                    # is given to (`… 정부는 리푸 옷걸이 산업단지의 … 기반시설 개선에 2억 3,000만 위안을 지원했다`)
                    return "qualifies"
                if closing.group() in ("이", "가") and _RELATIVE_NEXT.match(text, word.end()):
                    return "qualifies"  # `광둥성은 마오밍(茂名) 공장이 완공되는 2027년까지`: a clause describing a time
                head = w[:closing.start()]
                if closing.group() in ("을", "를") and measure_word().fullmatch(head) and not nation:
                    # `후이저우시는 2027년까지 천장 단지 생산액을 150억 위안으로 끌어올리고`: the measure the clause sets or
                    # changes is the region's, as `청위 지역의 … 매출을` is
                    return "topic"
                firms = bool(_FIRMS.fullmatch(head)) or firms and (head in cues("part_of") or head[:1].isdigit()
                                                                   or _DESCRIBED_BEFORE.search(text, 0, start or 0) is not None)
                if firms and not within and closing["topic"] and _FIRMS_COUNTED.match(text, word.end()):
                    # `지원한 한국 기업은 모두 272개사로`: the firms counted, not the nation; but a place's firms are counted
                    # where they are, `장쑤성(江苏省) 소재 기업이 168 개사로 가장 많았고`
                    # (so is the whole country's, `전국 화장품 생산기업은 5,940 개사로`: no origin, its scope)
                    whole = start is not None and nation_pattern().fullmatch(text, start, end) is not None
                    return "counted" if nation and not whole else "topic"
                # (but firms in it, `중국 내 한인 창업팀이 85팀`, are counted where they are)
                if firms and closing["topic"] and _SHARE_NEXT.match(text, word.end()):
                    return "topic"  # `일본 업체 점유율은 48%, 중국 업체는 27%에 그쳤다`: the firms' share, the nation's
                return "topic" if closing["topic"] and (within or not firms) else mark
            within = within or k == 0 and w == "내"
            firms = firms or bool(_FIRMS.fullmatch(w))
    return mark


def firms_counted(text: str, pos: int) -> bool:
    """Whether the words from `pos` name firms and end at a count of them, no particle closing them before
    (`초기 스타트업 12 개 팀이`)."""
    firms = False
    for k, word in enumerate(_WORD.finditer(text, pos)):
        if _COUNT_WORD.fullmatch(word[1]):
            return firms
        if k == 4 or _PARTICLE_END.search(word[1]):
            return False
        firms = firms or bool(_FIRMS.fullmatch(word[1]))
    return False
