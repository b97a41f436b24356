"""Provincial GDP figures stated in prose → `gdp.json`.

The article on the provinces' annual results prints its tables as images; its figures are in
sentences. Each block is split into sentences and clauses; a clause's regions, amounts, growth
rates and ranks are paired by the patterns the article uses (one region; a list with `각각`;
`모두`/a bound shared by a list; ranks in a clause of their own). Where a pairing cannot be
justified nothing is assigned and a warning names the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

import regex

from kic_extract.clean import fix_text
from kic_extract.compiled import compiled, phrase
from kic_extract.data import tsv_rows
from kic_extract.gazetteer import find_regions
from kic_extract.report import Report
from kic_extract.scripts import N_FINAL
from kic_extract.typed.amounts import NUMBER, AmountError, parse_amount, to_number
from kic_extract.typed.cells import amount_patterns, listed_unit
from kic_extract.typed.prose_regions import QUOTED

ARTICLE = compiled(r"GDP|경제\s*성적")
_SENTENCES = compiled(r".+?(?:다\.|$)\s*")
_TWO_YEAR = compiled(r"2\s*년\s*(?:간\s*)?평균")
_DIGITS = compiled(r"\d+")
_UNIT_CHARS = compiled(r"[조억만]")
_UNIT_THEN_DIGIT = compiled(r"[조억만]\s*\d")
_SECTOR = compiled(r"(?P<n>[123])\s*차\s*산업")
_SECTORS = {"1": "primary", "2": "secondary", "3": "tertiary"}
_MONEY = compiled(rf"(?P<num>{NUMBER}\s*[천백십]?[조억만]?(?:\s*{NUMBER}\s*[천백십]?[조억만]?)*)\s*(?P<unit>위안|달러)"
                       rf"(?P<tail>(?:을|를|에|의|으로|로|이)?\s*(?P<q>\S+))?")
_PERCENT = compiled(r"(?P<num>\d+(?:\.\d+)?)%(?P<tail>(?:의|를|로|에)?\s*(?P<q>\S+))?")
# (`10위권 밖에서는`, `10 위권 가운데서는`, `10위권 지역 중`, `10 위권에서 유일하게 감소했다`: outside or among a band
# of ranks states none)
_IN_BAND = r"권\s*(?:(?:지역|도시|국가|나라|성|기업)\s*)?(?:밖|가운데|중|안|내|이내|진입|에서)"  # (`20위권 진입을 눈앞에`, `10 위권에서 유일하게`: no rank)
# (nor a range of ranks a place enters or stays in, `우한은 주문량이 61% 늘어 3~5 위권에 들었다`: somewhere in it; but
# one rank's band, after the ranks above it, is that rank: `… 3위였고, 청두는 400억 위안을 기록하며 처음으로 4위권에 들었다`)
# (or moving within it, `성 내 3~5위권을 오르내리며`)
_WITHIN_BAND = r"권\s*(?:(?:에|으로)\s*(?:들|든|진입|올라|올랐|오른|머물|머문|속)|(?:을|를)\s*(?:오르내리|오가|맴돌|넘나들))"
# (nor one band places form together, `나란히 … 상위 5위권을 이뤘다`; but a band of ranks, `3~5 위권을 형성했다`, in turn)
_FORMED_BAND = r"권\s*(?:을|를)\s*(?:이루|이뤘|이뤄|형성)"
# (nor does a scope of the ranks below one, `6위 이하에서는 지린성이`, `10위 밖으로`; but `4 위 이하는 광저우, 항저우
# … 순이었다` lists them from the 4th)
_BEYOND = r"\s*(?:(?:이하|아래)에서|밖)"
_RANK = compiled(rf"(?P<a>\d+)\s*(?:~|위\s*부터)\s*(?P<b>\d+)\s*위(?![안원]|{_IN_BAND}|{_WITHIN_BAND})"  # (`3~5위`, `4위부터 6위까지`; not `4~8위안대`)
                      rf"|(?<!~\s*)(?P<list>\d+(?:\s*(?:,|·|위와|위,)\s*\d+)*)\s*위(?![안원]|{_IN_BAND}|{_FORMED_BAND}|{_BEYOND})")
_HEDGED = compiled(r"\s*수준")
_LISTED_BARE = compiled(r"[조억만],\s*\S.*(?:위안|달러)")
_YEAR = compiled(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)")


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in tsv_rows("gdp_cues.tsv"):
        out.setdefault(row["kind"], []).append(row["phrase"])
    return {k: tuple(v) for k, v in out.items()}


@cache
def _cue_pattern(kind: str) -> regex.Pattern[str]:
    """One search for any phrase of a kind."""
    return compiled("|".join(map(phrase, _cues()[kind])))


@cache
def _qualifier_words() -> tuple[tuple[str, str], ...]:
    """Bound words and their bound, longest first (`넘어섰다` before `넘어`)."""
    words = {r["word"]: r["value"] for r in tsv_rows("qualifiers.tsv") if r["field"] == "bound"}
    return tuple(sorted(words.items(), key=lambda kv: -len(kv[0])))


def _bound_of(word: str | None, single_term: bool) -> str | None:
    """The bound a word after a figure states. `도달` (reached) bounds only a round amount
    (`8조 위안에 도달`); reaching `6조 9,146억 …` or `9%` states the value itself."""
    if not word:
        return None
    for q, value in _qualifier_words():
        if word.startswith(q):
            return value
    if word.startswith("도달") and single_term:
        return "min"
    return None


@dataclass(slots=True)
class Figure:
    kind: str  # "money" or "percent"
    value: Decimal
    unit: str
    bound: str | None
    raw: str
    start: int


@dataclass(slots=True)
class Clause:
    text: str
    offset: int  # position in the block's text
    regions: list = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)
    rank_spans: list[tuple[int, int]] = field(default_factory=list)


@cache
def _clause_end() -> regex.Pattern[str]:
    """Where a clause ends: after a connective verb ending (`…했고`, `…하며`, `…하여`, `…달해`,
    `…넘어`, `…높아`, `…인데`, `…에서`), not after a noun that ends like one (`올해`, `최고`, `냉동창고`: gdp_cues.tsv kinds `noun`, `noun_end`) or a
    number's `여` (`1,900여 곳`), at the comma after a rank (`전국 4위, `) or a list's order (`… 순으로, `), at the comma after
    an amount closed by `으로` before a new subject (`… 12 곳으로, | 광둥성이 …`), and after `…한 가운데` (`선두를
    지킨 가운데 | 장쑤성이 …`)
    or `…한 반면` (`가장 많은 반면 | 광시좡족자치구는 …`)."""
    nouns = "|".join(map(regex.escape, _cues()["noun"]))
    ends = "|".join(map(regex.escape, _cues()["noun_end"]))
    # (not before an auxiliary verb that goes on with the same deed: `25만 8,000톤을 실어 내 | 전국 수출의`)
    return compiled(rf"(?:(?<=\S(?:고|며|여|해|서|면서|어|으나|지만|는데|인데|은데))|(?<=(?<!\S)(?:높아|낮아)))(?<!(?<!\p{{Hangul}})(?:{nouns})|{ends}|\d[십백천만억조]?여),?\s+"
                         r"(?!(?:내|냈|낸)(?:\s|다|고|며|면서|서|어|[.,]))"
                         r"|(?<=\d위),\s+(?!\d)|(?<=\s순으로),\s+(?!각각|각기)"
                         # (an amount closed by `으로` and a comma, a new subject next: `… 12 곳으로, | 광둥성이 4 곳으로`)
                         # (not words introducing a list of what is counted: `… 6 곳으로, 현황은 다음과 같다`)
                         r"|(?<=\d\s?\p{Hangul}{0,2}(?:으로|로)),\s+(?=\p{Hangul}{2,8}(?:\(\p{Han}+\))?(?:이|가|은|는)\s(?!다음|아래))"
                         rf"|(?<=\p{{Hangul}}[{N_FINAL}]\s(?:가운데|반면|반면에)),?\s+(?!\d)")


def split_clauses(text: str) -> list[tuple[str, int]]:
    """Clauses of a block with their offsets.

    >>> [c for c, _ in split_clauses("장쑤성의 GDP도 11조 위안으로 근접한 수치를 기록하며 2위를 달성했다.")]
    ['장쑤성의 GDP도 11조 위안으로 근접한 수치를 기록하며', '2위를 달성했다.']
    >>> [c for c, _ in split_clauses("광둥성이 5,000억 위안을 넘어 전국 4위, 허베이성과 광시성이 전국 8위, 9위를 차지했다.")]
    ['광둥성이 5,000억 위안을 넘어', '전국 4위', '허베이성과 광시성이 전국 8위, 9위를 차지했다.']
    >>> [c for c, _ in split_clauses("부산에는 올해 1~2 월 38 척이 입항하고 지난해 12 척이 들어왔다.")]
    ['부산에는 올해 1~2 월 38 척이 입항하고', '지난해 12 척이 들어왔다.']
    >>> [c for c, _ in split_clauses("광둥성이 3조 위안으로 선두를 지킨 가운데 장쑤성이 바짝 뒤쫓았다. 31개 성 가운데 5곳")]
    ['광둥성이 3조 위안으로 선두를 지킨 가운데', '장쑤성이 바짝 뒤쫓았다. 31개 성 가운데 5곳']
    >>> [c for c, _ in split_clauses("융캉의 기업은 2,380곳인데, 즈잉진이 870곳으로 가장 많다.")]
    ['융캉의 기업은 2,380곳인데', '즈잉진이 870곳으로 가장 많다.']
    """
    out, pos = [], 0
    for m in _clause_end().finditer(text):
        out.append((text[pos:m.start()], pos))
        pos = m.end()
    out.append((text[pos:], pos))
    return [(c, o) for c, o in out if c.strip()]


# what after a rank makes it one compared with, not held (`1위와 달리`, `1위보다`, `1위에 비해`, `1 위와는 … 차이가`)
_RANK_COMPARED = compiled(r"\s*(?:(?:와|과)\s*(?:달리|다르게|비교|대조)|보다|에\s*비해"
                          r"|(?:와|과)(?:는|의)(?!\p{Hangul}))")  # (or measured from: `1 위와는 532 억 kWh 차이가`)


def ranks_in(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The ranks a text states and where; a rank in a quoted phrase (`'1위 교체'가 초읽기에`) is the
    phrase's, not the text's, and one compared with (`외형 1위와 달리`) is not held.

    >>> ranks_in("외형 1위와 달리 속도 면에서는 하위권에 머물렀다")[0], ranks_in("2위 장쑤성은 5.2% 성장")[0]
    ([], [2])
    >>> ranks_in("4위부터 6위까지는 쑤저우시, 광저우시, 항저우시가 차례로 차지했다")[0]
    [4, 5, 6]
    >>> ranks_in("6위 이하에서는 지린성이 98만 대로")[0], ranks_in("10위 밖으로 밀려났다")[0]
    ([], [])
    """
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        text = QUOTED.sub(lambda m: " " * len(m.group()), text)
    ranks, spans = [], []
    for m in _RANK.finditer(text) if "위" in text else ():
        if _RANK_COMPARED.match(text, m.end()):
            continue  # `외형 1위와 달리 속도 면에서는 하위권에`: a rank the clause sets itself against
        if m["a"]:
            ranks += list(range(int(m["a"]), int(m["b"]) + 1))
        else:
            ranks += [int(n) for n in _DIGITS.findall(m["list"])]
        spans.append(m.span())
    if not ranks and (first := _cue_pattern("rank1").search(text)) and not _HEDGED.match(text, first.end()):
        ranks = [1]  # (`전국 최고 수준을 유지`: among the best, no rank)
    return ranks, spans


def read_clause(text: str, offset: int, regions: list | None = None) -> Clause:
    """A clause's regions, figures and ranks. `regions` may hold the regions found
    in the whole block (positions in the block's text), to save a search per clause."""
    clause = Clause(text, offset)
    if _cue_pattern("skip").search(text):
        return clause
    if regions is None:
        clause.regions = find_regions(text)
    else:
        clause.regions = [r for r in regions if offset <= r.start and r.end <= offset + len(text)]
    if _cue_pattern("national").search(text):
        clause.regions = ["全国"] + clause.regions
    # each scan runs only where its unit or mark occurs
    for m in _MONEY.finditer(text) if ("위안" in text or "달러" in text) else ():
        after = text[m.end("unit"):].lstrip()
        if _cue_pattern("delta").match(after) or _cue_pattern("level").match(after):
            continue
        single = len(_UNIT_CHARS.findall(m["num"])) <= 1 and not _UNIT_THEN_DIGIT.search(m["num"])
        try:
            amount = parse_amount(m["num"] + " " + m["unit"])
        except AmountError:
            continue
        clause.figures.append(Figure("money", amount.value, amount.unit, _bound_of(m["q"], single),
                                     text[m.start():m.end("unit")], m.start()))
    # (amounts listed before the currency they share: `푸젠성 6조 5,720억, 후난성 6조 180억 위안 순`)
    for i, m in enumerate(matches := list(amount_patterns()[1].finditer(text)) if _LISTED_BARE.search(text) else ()):
        if not m["unit"] and (unit := listed_unit(text, matches, i)) in ("위안", "달러"):
            amount = parse_amount(m["num"] + " " + unit)
            clause.figures.append(Figure("money", amount.value, amount.unit, None, m["num"].strip(), m.start("num")))
    for m in _PERCENT.finditer(text) if "%" in text else ():
        clause.figures.append(Figure("percent", Decimal(m["num"]), "%", _bound_of(m["q"], False),
                                     m["num"] + "%", m.start()))
    clause.figures.sort(key=lambda f: f.start)
    clause.ranks, clause.rank_spans = ranks_in(text)
    return clause


def _metric(figure: Figure | None, sector: str | None, per_capita: bool, two_year: bool) -> str:
    if figure is not None and figure.kind == "percent":
        if two_year:
            return "gdp_growth_2y_avg"
        return f"value_added_{sector}_growth" if sector else "gdp_growth"
    if per_capita:
        return "gdp_per_capita"
    return f"value_added_{sector}" if sector else "gdp"


class _Block:
    """One block of the article being read: its text, raw lines, and the records found so far."""

    def __init__(self, ctx, section: dict, block: dict, year: int) -> None:
        self.ctx, self.section, self.block, self.year = ctx, section, block, year
        self.text = block["text"]
        self.records: list[dict] = []

    def line_of(self, raw: str | None) -> int:
        """The raw line holding a figure (a block rejoined across a page break spans several)."""
        start, end = self.block["line_start"], self.block["line_end"]
        if start != end and raw:
            for no in range(start, end + 1):
                if raw in fix_text(self.ctx.lines[no - 1].text):
                    return no
        return start

    def sector_at(self, position: int) -> str | None:
        found = None
        for m in _SECTOR.finditer(self.text, 0, position):
            found = _SECTORS[m["n"]]
        return found

    def record(self, region, figure: Figure | None, clause: Clause, per_capita: bool, two_year: bool) -> dict:
        position = clause.offset + (figure.start if figure else 0)
        if region == "全国":
            region_ko, region_zh = "중국", "全国"
        else:
            region_ko, region_zh = region.spelling + (region.written[len(region.spelling):].split("(")[0]), region.zh
        rec = {"issue_id": self.ctx.issue_id, "section_id": self.section["section_id"], "year": self.year,
               "region_ko": region_ko, "region_zh": region_zh,
               "metric": _metric(figure, self.sector_at(position), per_capita, two_year),
               "value": to_number(figure.value) if figure else None, "unit": figure.unit if figure else None,
               "rank": None, "bound": figure.bound if figure else None, "approx": False,
               "raw": figure.raw if figure else None, "line": self.line_of(figure.raw if figure else None)}
        if region != "全国" and region_zh is None:
            self.ctx.report.warn("region_ambiguous", f"{region.written!r} can be {' or '.join(region.candidates)}; "
                                 f"the text does not say which (region_zh left null)", rec["line"])
        return rec


def _assign_ranks(ranks: list[int], records: list[dict], clause: Clause, block: _Block) -> bool:
    """Give ranks to records in order; with fewer ranks than records, to the exact (unbounded) ones."""
    free = [r for r in records if r["rank"] is None]
    exact = [r for r in free if r["bound"] is None]
    for candidates in (free, exact):
        if len(candidates) == len(ranks):
            for rec, rank in zip(candidates, ranks):
                rec["rank"] = rank
                if rec["raw"] is None:
                    rec["raw"] = f"{rank}위"
            return True
    block.ctx.report.warn("gdp_rank_unassigned", f"ranks {ranks} in {clause.text.strip()[:40]!r} match no figures",
                          block.line_of(None))
    return False


# a sentence opening with a per-head measure as its frame (`1인당 GDP에서는`, `1인당 지역총생산은`)
_PER_CAPITA_FRAME = compiled(r"\s*1인당\s*\S{1,12}?(?:에서는|에서|으로는|로는|은|는)\s")


def read_block(block: _Block) -> list[dict]:
    carried: list = []
    last: list[dict] = []
    block_regions = find_regions(block.text)
    framed = False  # a paragraph opened as about figures per head (`1인당 GDP에서는 …`): all of it is
    for sentence_m in _SENTENCES.finditer(block.text):
        sentence = sentence_m.group()
        framed = framed or bool(_PER_CAPITA_FRAME.match(sentence))
        per_capita = framed or "1인당" in sentence
        two_year = bool(_TWO_YEAR.search(sentence))
        for text, off in split_clauses(sentence):
            clause = read_clause(text, sentence_m.start() + off, block_regions)
            explicit = bool(clause.regions)
            regions = clause.regions or carried
            if explicit:
                carried = clause.regions
            figures, made = clause.figures, []
            if figures:
                if not regions:
                    block.ctx.report.warn("gdp_no_region", f"figures {[f.raw for f in figures]} name no region",
                                          block.line_of(figures[0].raw))
                    continue
                if len(regions) == 1:
                    made = [block.record(regions[0], f, clause, per_capita, two_year) for f in figures]
                elif len(figures) == 1 and (figures[0].bound or "모두" in text or "각각" in text):
                    made = [block.record(r, figures[0], clause, per_capita, two_year) for r in regions]
                elif len(figures) == len(regions):
                    made = [block.record(r, f, clause, per_capita, two_year) for r, f in zip(regions, figures)]
                else:
                    block.ctx.report.warn(
                        "gdp_list_mismatch",
                        f"{len(regions)} regions and {len(figures)} figures {[f.raw for f in figures]} in "
                        f"{text.strip()[:50]!r}: none assigned", block.line_of(figures[0].raw))
                    continue
            elif clause.ranks and explicit and len(clause.ranks) == len(regions):
                made = [block.record(r, None, clause, per_capita, two_year) for r in regions]
            elif clause.ranks and last:
                _assign_ranks(clause.ranks, last, clause, block)
                continue
            if clause.ranks and made:
                _assign_ranks(clause.ranks, made, clause, block)
            if made:
                last = made
                block.records.extend(made)
    return block.records


def check_sectors(records: list[dict], report: Report) -> None:
    """Warn where the nation's value added by sector does not add up to its stated GDP."""
    exact = [r for r in records if r["value"] is not None and r["bound"] is None]
    national = {r["metric"]: r for r in exact if r["region_zh"] == "全国"}
    parts = [national.get(f"value_added_{s}") for s in _SECTORS.values()]
    if "gdp" in national and all(parts):
        total, summed = Decimal(str(national["gdp"]["value"])), sum(Decimal(str(p["value"])) for p in parts)
        if abs(summed - total) > total * Decimal("0.005"):
            report.warn("gdp_sectors_sum", f"national value added by sector sums to {summed:,} 위안, "
                        f"the stated GDP is {total:,} 위안 ({(summed - total) / total:+.2%})", national["gdp"]["line"])


def check_readings(records: list[dict], report: Report) -> None:
    """Warn where figures of one measure disagree: a rank against the values ranked with it in its
    paragraph (ranks in different paragraphs may rank different sets: `직할시 가운데 3위`), and a
    region given two values of one measure, year and unit within a factor of two of each other on two
    lines (a value printed twice differs by a revision or a misprint; values further apart are two
    measures, `14조 8,870억 위안` and a per-head `17만 4,000위안`, that the clause did not tell apart, as
    are two values in one paragraph: `4 분기 성장률이 8.3%까지 치솟아 연간 성장률 6.0%를 크게 웃돌았고`)."""
    ranked: dict[tuple, list[dict]] = {}
    for r in records:
        if r["rank"] is not None and r["value"] is not None:
            ranked.setdefault((r["metric"], r["line"], r.get("year"), r.get("unit")), []).append(r)
    for (metric, *_), group in ranked.items():
        for a in group:
            for b in group:
                if a["rank"] < b["rank"] and a["bound"] is None and b["bound"] != "max" and a["value"] < b["value"]:
                    report.warn("gdp_rank_order", f"{metric}: {a['region_ko']} ranks {a['rank']} with {a['raw']} but "
                                f"{b['region_ko']} ranks {b['rank']} with {b['raw']}", b["line"])
    seen: dict[tuple, dict] = {}
    for r in records:
        if r["value"] is None or r["bound"] is not None:
            continue
        key = (r["region_zh"] or r["region_ko"], r["metric"], r.get("year"), r.get("unit"))
        if key in seen and seen[key]["value"] != r["value"] and _comparable(seen[key]["value"], r["value"]) \
                and seen[key]["line"] != r["line"]:
            report.warn("gdp_conflict", f"{r['region_ko']} {r['metric']} is {seen[key]['raw']} on line "
                        f"{seen[key]['line']} and {r['raw']} here", r["line"])
        seen.setdefault(key, r)


def _comparable(a, b) -> bool:
    low, high = sorted((abs(Decimal(str(a))), abs(Decimal(str(b)))))
    return high <= 2 * low


def corroborated(records: list[dict], figures: list[dict]) -> list[dict]:
    """The GDP records `figures.json`'s reader reads the same way (region, value, unit, bound and
    rank, on the same line), each with the year that reader gives it. The GDP reader types a
    figure by its clause alone and reads a gap (`1위와의 격차를 2,870억 위안까지`), a share, a rate
    compared with or a rank among a part as the measure itself; what both readers agree on is
    what the text says, and only that is checked for consistency."""
    years = {}
    for f in figures:
        years.setdefault((f["line"], f["region_ko"], Decimal(f["value"]), f["unit"], f["bound"], f["rank"]), f["year"])
    out = []
    for r in records:
        if r["value"] is None:
            continue
        key = (r["line"], r["region_ko"], Decimal(str(r["value"])), r["unit"], r["bound"], r["rank"])
        if key in years:
            out.append({**r, "year": years[key]})
    return out


def check_gdp(ctx) -> None:
    """`check_readings` over each GDP article's records that `figures.json` corroborates."""
    figures = ctx.records.get("figures", [])
    for section_id in dict.fromkeys(r["section_id"] for r in ctx.records.get("gdp", [])):
        own = [r for r in ctx.records["gdp"] if r["section_id"] == section_id]
        check_readings(corroborated(own, [f for f in figures if f["section_id"] == section_id]), ctx.report)


def build_gdp(ctx):
    records: list[dict] = []
    for section in ctx.sections:
        if not ARTICLE.search(section["title"]):
            continue
        year = _YEAR.search(section["title"])
        if not year:
            ctx.report.warn("gdp_no_year", "the GDP article's title gives no year; its figures are not read",
                            section["title_line"])
            continue
        found: list[dict] = []
        for block in section["blocks"]:
            if block["kind"] in ("paragraph", "list_item") and block["text"]:
                found += read_block(_Block(ctx, section, block, int(year["y"])))
        check_sectors(found, ctx.report)
        records += found
    return records, {r["line"] for r in records}
