"""Figures in prose, article by article → `figures.json`: which blocks are running prose (not a
profile's field lines), the places the whole issue glosses, and the year each paragraph's figures
take when it names none (the title's, the opening paragraph's, a part's; see
`typed.prose_figures` for the paragraph reader and its rules).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import word_set
from kic_extract.gazetteer import EVERY_LEVEL, find_regions, listed_spelling, names_place, regions
from kic_extract.places import BARE_KINDS, find_places, glossed_places, named_bare, named_in_full
from kic_extract.segment.cards import SENTENCE_CLOSED, SEPARATORS, line_to_fields
from kic_extract.segment.patterns import BYLINE, SOURCE_LINE
from kic_extract.typed.bilingual import column_places
from kic_extract.typed.cells import count_units, currencies
from kic_extract.typed.count_lists import city_names
from kic_extract.typed.count_items import line_of
from kic_extract.typed.counts import places_counted_bare
from kic_extract.typed.prose_levels import CHANGED_BY
from kic_extract.typed.prose_figures import block_to_figures
from kic_extract.typed.clause_amounts import amounts_in
from kic_extract.typed.rank_relations import rank_restated_levels
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import LEVELS
from kic_extract.typed.article_years import AGAIN, AS_OF, as_of_year, completed_in_opening, restated_cell_year, stated_year, title_year
from kic_extract.typed.prose_years import basis_year, bygone, years_in


_NOTE = compiled(r"\s*[※*]")


def is_card_fields(text: str) -> bool:
    """Whether a block is lines of fields rather than running prose (`segment.cards`: a company's
    become a card table before this): every line, perhaps under a name line, is fields, and no
    label names a region (`광둥성: 13 조 위안으로 1 위` is prose).

    >>> is_card_fields("설립 2021 년 | 상하이(上海) | 유연 전극\\n규모: 약 12억 위안")
    True
    >>> is_card_fields("광둥성: 13 조 위안으로 1 위"), is_card_fields("지출 규모: 전국 지출은 22 조 위안으로 2.1% 증가했다.")
    (False, False)
    >>> is_card_fields("교류회를 연다. 청두시의 부가가치는 3,150 억 위안이다.\\n모집 대상 : 한국 스타트업\\n모집 기간 : 6월 1일 ~ 15일")
    False
    """
    lines = text.split("\n")
    while len(lines) > 2 and _NOTE.match(lines[-1]) and not any(ch.isdigit() for ch in lines[-1]):
        lines.pop()  # (`※ 결선 진출 팀 명단은 … 공지한다.` under the fields: a note stating no figure)
    if len(lines) == 1 and not SEPARATORS.search(text):
        return False  # one line, no colon or bar: running prose
    rows = [line_to_fields(line) for line in lines]
    if len(rows) > 2 and rows[0] is None and not SENTENCE_CLOSED.search(lines[0]):
        rows = rows[1:]  # the fields' name line (`No.3 신스위저우(心识宇宙)`), not prose over them (`… 연다. … 증가했으며, …`)
    return all(rows) and not any(find_regions(label, LEVELS) for row in rows for label in row[0::2] if label)


def _same_measures(units: set[str]) -> set[str]:
    """The units of the measures a paragraph's figures are of, money in any currency being one measure."""
    return units | currencies() if units & currencies() else units


# a word closed by `시` before a particle or a break, a city's name as prose writes it
# a level written as what another is measured against (`519억 달러를 크게 웃도`): not a result of its own period
_BENCHMARK = compiled(r"(?:을|를)\s*(?:크게\s*|훨씬\s*|소폭\s*|다소\s*)?(?:웃도|밑도|웃돌|밑돌|상회|하회)")
@cache
def _city_after_province() -> regex.Pattern[str]:
    """A name right after a province's standard spelling (data/gazetteer.tsv), with or without its generic word, a space
    apart and closing its word (`장쑤성 쿤산의`, `장쑤 쿤산`)."""
    provinces = longest_first({r.ko for r in regions() if r.level in ("province", "autonomous_region")})
    return compiled(rf"(?<!\p{{Hangul}})(?:{'|'.join(provinces)})(?:성|\p{{Hangul}}{{0,4}}자치구)?\s+(?P<city>\p{{Hangul}}{{2,4}}?)"
                    r"(?=(?:은|는|이|가|의|에|에서|와|과|도|으로|로|을|를)?(?:\s|,|·|\)|$))")


@cache
def _long_city_names() -> frozenset[str]:
    return frozenset(k for k in city_names() if not k.endswith("시") and len(k) >= 3)


_HANGUL_RUN = compiled(r"\p{Hangul}+")
_BARE_PARTICLES = frozenset(("은", "는", "이", "가", "의", "에", "에서", "와", "과", "도", "으로", "로", "을", "를"))


def long_cities_bare(text: str) -> set[str]:
    """The cities of data/cities.tsv of three syllables or more, without `시`, a word of the text names bare and closes
    with a particle: the whole word is the name and the particle (the longer name where two readings are).

    >>> sorted(long_cities_bare("치치하얼과 다칭은 … 옌타이의 항구, 옌타이항"))
    ['옌타이', '치치하얼']
    """
    names, found = _long_city_names(), set()
    for m in _HANGUL_RUN.finditer(text):
        word = m[0]
        for cut in (len(word) - 1, len(word) - 2):  # (a particle is one syllable or two)
            if cut >= 3 and word[:cut] in names and word[cut:] in _BARE_PARTICLES:
                found.add(word[:cut])
                break
    return found


_PAIRED_BARE = compiled(r"(?<!\p{Hangul})(?P<a>\p{Hangul}{2,6})(?:과|와)\s+(?P<b>\p{Hangul}{2,4}?)(?=(?:은|는|이|가|의|도)(?!\p{Hangul}))")
_CITY_WORD = compiled(r"(?<!\p{Hangul})(\p{Hangul}{2,6}시)(?=[은는이가의에와과도로를]|\s|,|·|\(|\)|$)")


def _forecast(text: str, raw: str) -> bool:
    """Whether the sentence of a paragraph that a figure (`raw`, as written) stands in forecasts it (figure_cues.tsv kind
    `forecast`: `… 이를 것으로 내다봤다`).

    >>> _forecast("상반기 1,602억 위안이었다. 협회는 2026년 3,600억 위안에 이를 것으로 내다봤다.", "3,600억 위안")
    True
    """
    at = text.find(raw)
    if at < 0:
        return False
    start = text.rfind("다.", 0, at) + 1
    end = text.find("다.", at)
    return bool(cue("forecast").search(text, start, len(text) if end < 0 else end + 2))


# a sentence of a paragraph opening with the year it is about (`… 맡고 있다. 2025년 중국의 …`)
_YEAR_OPENS_SENTENCE = compiled(r"(?<=[.!?]\s)(?P<y>(?:19|20)\d{2})\s*년\s")


def build_figures(ctx):
    """Every section's figures. The context year (see the module's docstring) is the title's, else
    the one the opening paragraph gives its own figures; a part under a heading starts again from
    the article's, and its own opening paragraph may give it one."""
    records, used = [], set()
    places: dict[str, str] = {}
    # a place glossed anywhere in the issue, a table cell too (`칭양(庆阳)`), is known in its prose
    texts = [block["text"] or "" for section in ctx.sections for block in section["blocks"]]
    texts += [cell for table in ctx.tables for row in table["rows"] for cell in row if cell and "(" in cell]
    glossed = {text: glossed_places(text) for text in texts}  # (each text read once: the loops below use it twice)
    for text in texts:
        places.update((k, v) for k, v in glossed[text].items() if k not in places)
    # (a heading's too, a city or a place named with its generic word: `2. 징더전(景德镇) 국가 도자문화 … 행동 방안 발표`,
    # `3. 더화(德化)현, 1~5월 도자 수출 …`, then `징더전은 …` in the prose; not a word a headline's place runs into,
    # `상하이 차오완(潮玩)`, nor a generic word alone, `신구(新区)`)
    for title in (section["title"] for section in ctx.sections if section["title"] and "(" in section["title"]):
        places.update((k, v) for k, v in glossed_places(title).items() if k not in places and named_in_full(k, v))
    for section in ctx.sections:
        # (`푸양구(富阳区)` then `푸양의 …`: a district its article names bare after naming it in full, glossed here, in a
        # heading (`3. 산터우 청하이구(澄海区), …` | `청하이의 …`) or elsewhere in the issue, `천장가도는 … 천장의`; not
        # `민항구(闵行区)` in one article and `중국 민항의 여객` in another)
        own = [block["text"] for block in section["blocks"] if block["text"]]
        named = {k: v for k, v in places.items() if any(k in text for text in own)}
        # (and one named in full with no gloss, `차오터우후가도(205 개사)가` | `… 차오터우후가 2 억 7,000 만 위안으로`)
        named.update((m.spelling, None) for text in own for m in find_places(text) if not m.candidates and m.spelling not in named)
        for bare, zh in named_bare(named, own).items():
            if bare not in places:
                places[bare] = zh
                # (the full name too, so that it is read whole, not as the bare name and a word)
                places.update((k, None) for k, v in named.items()
                              if v is None is zh and k not in places and k[:len(bare)] == bare and k[len(bare):] in BARE_KINDS)
    # so is a place a table's column of bilingual names is named after (`허린거얼 클러스터 和林格尔集群`)
    for table in ctx.tables:
        for column in zip(*[row for row in table["rows"] if len(row) == len(table["header"])]):
            places.update((k, v) for k, v in column_places(list(column)).items() if k not in places)
    # a city of data/cities.tsv named with `시` and no gloss, by a table's row label (`몐양시`) or in prose (`쿤산시는`,
    # `진장시의`), is known in its prose; not one a Korean city is read alike (`안양시`)
    words = {cell.strip() for table in ctx.tables for row in table["rows"] for cell in row[:2]
             if cell and cell.strip().endswith("시")}
    words |= {m[1] for text in texts if "시" in text for m in _CITY_WORD.finditer(text)}
    # (and one named bare right after a province, as its part: `장쑤성 쿤산의 … 산업단지에는`)
    # (in a table's cell too: `장쑤 쿤산 | 쿤산 적층제조 산업단지 …`)
    cells = [cell for table in ctx.tables for row in table["rows"] for cell in row if cell and " " in cell]
    words |= {m["city"] for text in texts + cells for m in _city_after_province().finditer(text) if m["city"] in city_names()}
    for word in sorted(words - set(places) - word_set("korea_city_homonyms.txt")):
        if not names_place(word, EVERY_LEVEL) and (zh := city_names().get(word)):
            places[word] = zh
    # (and one of three syllables or more named bare with a particle, a spelling no Korean word has, which the gazetteer
    # reads only with its generic word: `치치하얼과 다칭은`)
    for word in sorted(set().union(*map(long_cities_bare, texts)) - set(places)):
        if not find_regions(word, EVERY_LEVEL) and not listed_spelling(word):
            places[word] = city_names()[word]
    # (so is a city named bare beside a known place it is joined to: `치치하얼과 다칭은`)
    for a, b in sorted({(m["a"], m["b"]) for text in texts for m in _PAIRED_BARE.finditer(text)}):
        if b not in places and b in city_names() and (a in places or find_regions(a, EVERY_LEVEL)) \
                and not listed_spelling(b) and b not in word_set("korea_city_homonyms.txt"):
            # (not a spelling the gazetteer reads bare only where its context says so: `베이징과 선전은`)
            places[b] = city_names()[b]
        elif a not in places and a in city_names() and (b in places or find_regions(b, EVERY_LEVEL)) \
                and not listed_spelling(a) and a not in word_set("korea_city_homonyms.txt"):
            places[a] = city_names()[a]  # (and the one before it: `츠시와 위야오가 각각 64억 위안, 41억 위안으로`)
    # (and the places of a kind below a city a count names bare after it: `5 개 가도는 푸융, 사징, 쑹강, 신차오다`, then
    # `푸융이 231 개사로 1 위를`; their Chinese unknown)
    for word in places_counted_bare(texts):
        if word not in places and not find_regions(word, EVERY_LEVEL):
            places[word] = None
    now = ctx.issue_date.year if ctx.issue_date else 9999  # no result is of a year after the issue's
    tables = {t["table_id"]: t for t in ctx.tables}
    for section in ctx.sections:
        article = title_year(section["title"] or "", ctx.issue_date)
        opening_text = next((b["text"] for b in section["blocks"] if b["kind"] == "paragraph" and b["text"]), "")
        if article is not None and (written := completed_in_opening(section["title"] or "", opening_text)) is not None:
            article = written  # (`1~9 월 … 실적` over `2024 년 1~9 월 …`: the period the opening paragraph names in full)
        planned = None  # the year a title of targets names (`2026년 성장 목표 … 공개`): its targets'
        if article is not None and cue("target").search(section["title"] or ""):
            planned, article = article, None  # the results beside them are dated by the text
        context, opening, in_part, last_rank, ranked_unit, ranked_year = article, True, False, None, None, None
        lead_part = False  # whether the part read opens the article, no paragraph before its heading
        told = False  # whether a paragraph of the article was read
        unit_ranks: dict[str, int] = {}  # the last rank given to each unit in the part
        part_ranks: list[tuple[str, int, str]] = []  # (name, rank, unit) of the part's ranked figures
        previous = ""  # the part's paragraphs before
        last_named = article  # the year named last in the article, which `같은 기간` names again
        last_basis = None  # the year of the date the article last counted its data as of, which `같은 기준` names again
        background = False  # whether the article's year is one an opening paragraph of no figure states
        carried = None  # (year, units) of the first dated results of an article dated nowhere before them
        part_dated = None  # (year, units) of the first part whose opening dates its results, in such an article
        part_rated = None  # the year of the changes that part gives in rates (`… 전년 대비 7.9% 증가했다`)
        dating_part = False  # whether the blocks read are that part's
        captioned = None  # the year the caption of a table right before names (`… 현황 (2033 년 1~3 분기)`)
        above: list[dict] = []  # the section's tables so far
        for block in section["blocks"]:
            if block["kind"] == "table":
                table = tables.get(block.get("table_id"))
                captioned = title_year(table["title"] or "", ctx.issue_date) if table else None
                above += [table] if table else []
                continue
            if block["kind"] == "heading":
                captioned, dating_part = None, False
                context, opening, in_part, last_rank, ranked_unit, ranked_year = article, True, True, None, None, None
                lead_part = not told
                unit_ranks, previous, part_ranks = {}, "", []
                # (`같은 기간` opening a part names the article's period again: `2) 성장률 … | 같은 기간 성장률로 보면`)
                last_named = article if article is not None else last_named
                continue
            if block["kind"] not in ("paragraph", "list_item", "note") or not block["text"] or is_card_fields(block["text"]) \
                    or BYLINE.match(block["text"]) or block["line_start"] == section["title_line"] + 1 \
                    and SOURCE_LINE.match(block["text"]):
                continue  # (a byline under the heading, `[출처: 남방일보(南方日报)]`, `편집부`, is not the opening paragraph)
            named = years_in(block["text"], ctx.issue_date, earlier=last_named, basis=last_basis)
            last_basis = basis_year(block["text"], ctx.issue_date) or last_basis
            if context is not None:
                # `경제 규모 1위는 올해도 광둥성이었다` in an article on 2026: this year's edition again, not 2027's figures
                named = [(at, y) for at, y in named if not (y > context and AGAIN.match(block["text"], at))]
            before = last_rank
            dated = context if context is not None or carried is None or not (
                {a.unit for _, a, _ in amounts_in(block["text"])} & carried[1]) else carried[0]
            quantities = list(amounts_in(block["text"])) if dated is None and part_dated is not None else []
            if dated is None and part_rated is not None and not named and cue("rate").search(block["text"]) \
                    and (rates := list(amounts_in(block["text"]))) and all(a.unit == "%" for _, a, _ in rates):
                # (a later part ranking rates of change, naming no year, after the first part gave the changes of its
                # period in rates: `1) 생산량 순위 | … 2025년 전국 합산 생산량은 … 7.9% 증가했다` then `2) 증가율로 본 지역 판도 |
                # 생산량 증가 속도로 줄을 세우면 … 안후이성이 12.6%로 가장 빨랐고`)
                dated = part_rated
            if quantities and {a.unit for _, a, _ in quantities} & part_dated[1] \
                    and not any(at < quantities[0][0] for at, _ in named[:1]):
                # (a later part's paragraph naming no year before its figures, of the measures the first dated part gave;
                # a year after them dates an event, `… 뒤따랐다. 2021년 11월 문을 연 상하이데이터거래소가 …`)
                dated = part_dated[0]
            # (the paragraph right under a table whose caption names its period tells the table's figures: `주요 지역
            # … 현황 (2033 년 1~3 분기)` / `선전은 관련 기업 203 곳, …으로 두 지표 모두 1 위였다`)
            if captioned is not None and context is None and carried is None:
                # (an article dated nowhere before it: the period the table names goes on to the paragraphs after,
                # `청위 지역 … 생산액 (2035 년 1~8 월)` / … / `청두의 고신기술기업은 6,000 개사를 넘어섰으며`)
                context = captioned
            dated, captioned = (captioned if captioned is not None else dated), None
            figures, last_rank = block_to_figures(block["text"], dated, last_rank, ctx.issue_date, places, named,
                                                  ranked_unit, unit_ranks, previous, tuple(part_ranks))
            previous = f"{previous} {block['text']}".lstrip()
            rank_restated_levels(figures)
            for f in figures:
                if f["year"] is None and before is not None and f["rank"] is not None and f["rank"] > before \
                        and f["unit"] == ranked_unit:
                    f["year"] = ranked_year  # `… 쑤저우(10만 8,000명) 순이었다. | 상하이는 9만 6,000명으로 4위`: the ranking's year
            ranked = [f for f in figures if f["rank"] is not None]
            for f in ranked:  # (latest last)
                unit_ranks.pop(f["unit"], None)
                unit_ranks[f["unit"]] = f["rank"]
            part_ranks += [(f["region_ko"], f["rank"], f["unit"]) for f in ranked]
            ranked_unit, ranked_year = (ranked[-1]["unit"], ranked[-1]["year"]) if ranked else (ranked_unit, ranked_year)
            # the year the paragraph gives its results (a target's dates only the target)
            results = [f for f in figures if not f["target"]]
            # (the year of its first figure, when the paragraph names it: `광둥성의 GDP는 14조 … 장쑤성은 2024년에는
            # … 뒤졌다` dates the part by nothing it names; the context stands)
            # (the latest of them, not after the issue: `2024년 27.1%, 2025년 9.5% 급감한 데 이어 2026년에는 …`)
            # (not a forecast's closing the paragraph after results of their own, `… 하반기에는 1,810억 위안으로 8.1% 증가하며
            # 회복세를 보였다. 협회는 2026년 전국 영업수입이 3,600억 위안 안팎에 이를 것으로 내다봤다`)
            dating = [f for f in results if not _forecast(block["text"], f["raw"])] or results
            own = max((f["year"] for f in dating if f["own_year"] and f["year"] is not None and f["year"] <= now),
                      default=dating[0]["year"]) if dating and dating[0]["own_year"] else None
            if own is None and opening and (not in_part or lead_part) and results \
                    and (opens := _YEAR_OPENS_SENTENCE.search(block["text"])) \
                    and int(opens["y"]) <= now and any(f["own_year"] and f["year"] == int(opens["y"]) for f in results):
                # (or, in an article's opening paragraph, the first part's too, the year a later sentence opens with, dating
                # its own figures, after a first figure of no year: `중국은 세계 … 생산의 70% 이상을 맡고 있다. 2025년 중국의 …
                # 생산량은 1,700억 개로`)
                own = int(opens["y"])
                if context is None:
                    # (in an article its title dates not, it dates the figures before it too, the opening's year: `… 해마다
                    # 칫솔 75억 개를 만들어 낸다. 2025년 기준 항지진 제품은 …`, `… 생산의 70% 이상을 맡고 있다. 2025년 …`)
                    for f in (f for f in results if f["year"] is None):
                        f["year"] = own
            if opening and own is None and not figures:
                own = stated_year(block["text"], ctx.issue_date)  # `올해 1월 1일부터 …`, no regional figure
                background = own is not None and article is None and not in_part
            elif opening and own is None and context is None and results and all(f["year"] is None for f in results) \
                    and (stated := basis_year(block["text"], ctx.issue_date)) is not None and stated <= now:
                # `… 세계 생산능력의 80% 이상을 쥐고 있다. 2025년 말 기준 단계별 생산능력은 …`: an opening paragraph whose
                # figures come before the date it counts its data as of dates them, and its article, by that date's year
                # (not by an event's day: `… 지난 12일 … 지정한다고 발표했다. … 각 2곳`)
                for f in results:
                    f["year"] = stated
                own = stated
            elif own is None and not figures and context is None and carried is None \
                    and (stated := stated_year(block["text"], ctx.issue_date) or basis_year(block["text"], ctx.issue_date)) \
                    is not None and stated <= now:
                # `… 세액공제 … 연장한다고 발표했다. | "올해 1~6 월 실제 사용 외자는 약 4,380 억 위안으로 …" | 지역별로는
                # … 장쑤성이 약 610 억 위안으로`: in an article dated nowhere before, a later paragraph of no regional
                # figure that dates its quantities dates the next paragraphs of the same measures
                units = {a.unit for _, a, _ in amounts_in(block["text"])}
                carried = (stated, _same_measures(units))
            elif not opening and background and (as_of := AS_OF.match(block["text"])) and int(as_of["y"]) <= now:
                # `'동수서산'은 … 2022 년 … 배치가 확정됐다. | 2030 년 6 월 말 기준 8 대 허브 가운데 …`: a paragraph opening
                # with the date its data are as of dates the article from there, not the year of its background
                context = article = int(as_of["y"])
            if opening and not in_part and (as_of := as_of_year(section["title"] or "", block["text"], ctx.issue_date)) is not None:
                # `'2026 후룬 글로벌 유니콘 지수'에 따르면 2025년 12월 31일 기준 …`: the data's year, not the edition's
                context = article = as_of
            told = True
            if opening and own is not None:
                # the opening paragraph dates its part; the article's only where the title names no period
                if in_part:
                    context = own
                    if lead_part and article is None and planned is None and own <= now \
                            and basis_year(block["text"], ctx.issue_date) == own:
                        # `1) 전국 매장 현황` right under the title, `… 올해 9월 말 기준 전국의 … 매장은 18만 6,300개로`: the date
                        # the opening part counts its data as of dates the article
                        article = own
                    if article is None and part_dated is None and planned is None and own <= now:
                        # `1) 성·직할시 | 올해 1~3 분기 … 투자액은 162 억 위안` then `2) 자치구 | … 24 억 위안으로 1 위에`: in an
                        # article dated nowhere, the first dated part's period goes on to the parts after it
                        # (of amounts and rates only: a count of things is as of a date, `… AI 대형모델 기업 34곳으로`)
                        part_dated = (own, _same_measures({f["unit"] for f in results}) - set(count_units()))
                        dating_part = True
                elif article is None:
                    context = article = own
            elif own is not None and own <= now and (context is None or background and own < context):
                # (an article dated nowhere before: the year its first dated results are for goes on to the next
                # paragraphs of the same measures, `… 지난해 4조 1,200억 위안으로 선두 | 홍콩 … 3조 2,600억 홍콩달러로`;
                # so in one whose opening only dated an event, `4월 18일 … 발표했다 | … 지난해 GDP는 … | 외자 이용에서는 …`)
                background = context = None
                units = {f["unit"] for f in results}
                carried = (own, _same_measures(units))
            if dating_part and part_rated is None and any(
                    f["unit"] == "%" and f["year"] == part_dated[0] and (at := block["text"].find(f["raw"])) >= 0
                    and CHANGED_BY.match(block["text"], at + len(f["raw"])) for f in results):
                part_rated = part_dated[0]
            opening = False
            # what `같은 기간` names again: the period the last results are for, else the year named
            # last in a paragraph of no regional figure (`지난해 흥행작` after figures dates nothing)
            if results and results[-1]["year"] is not None:
                # (not a year the paragraph only compares with: `… 2027 년(4,230 억 위안)보다 줄었다. | 같은 해 …` is 2029)
                # (nor the year of a level the results are measured against: `2024년 한 해 … 519억 달러를 크게 웃도는
                # 규모로` after `2025년 1~3분기 … 1,015억 달러` | `같은 기간 …` is 2025)
                # (nor that of a past the paragraph only weighs: `2022년 … 8억 6,410만 달러에 머물렀던 점을 감안하면` after
                # `2024년 … 9억 8,640만 달러로` | `… 상반기 수출은 …` is 2024)
                stated = {y for at, y in named if not bygone(block["text"], at)} | {context}
                # (nor one given in brackets after the measure it compares with: `중국의 2024년 한 해 투자액(35억 위안)을 10개월
                # 만에 웃돈 것이다` after `2025년 1~10월 … 약 42억 위안` | `같은 기간 지역별로는 …` is 2025)
                own_results = [f for f in results if not _BENCHMARK.search(f["raw"])
                               and f"({f['raw']})" not in block["text"]] or results
                last_named = next((f["year"] for f in reversed(own_results) if f["year"] in stated), own_results[-1]["year"])
            elif not figures and named and any(amounts_in(block["text"])):
                # (a paragraph of no quantity names no period of data: `… 발주는 지난해 정점을 찍은 뒤 줄어드는 흐름이다. |
                # 같은 기간 중국의 수출 선박은 …` names the period of the figures before again)
                last_named = named[-1][1]
            for fig in figures:
                if fig["year"] is None and above:
                    # `시짱자치구가 22.8%로 가장 높고 …` under a table of `2037 년 | 2038 년(계획) | 증가율(%)`: the cell it restates
                    fig["year"] = restated_cell_year(fig, above, ctx.issue_date)
                if planned is not None and not fig["own_year"] and fig["in_plans"]:
                    # a target or a paragraph's figures after it spoke of plans, in an article about targets (`… 2 위
                    # 장쑤성은 23 조 … 좁혔다. 장쑤성은 올해 목표를 …`: the result before is not planned)
                    # (the target a revision starts from is the year's before: `네이멍구는 목표를 4.8%에서 5.2%로`)
                    fig["year"] = planned - 1 if fig["target"] and fig["changed_from"] else planned
                del fig["own_year"], fig["target"], fig["in_plans"], fig["changed_from"]
                # (the line that prints it: a paragraph a page break parts has figures on either side)
                records.append({"issue_id": ctx.issue_id, "section_id": section["section_id"], **fig,
                                "line": line_of(ctx.lines, block, fig["raw"])})
    return records, used
