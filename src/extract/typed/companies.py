"""Company profile cards → `companies.json`."""

from __future__ import annotations

from dataclasses import replace

from kic_extract.compiled import compiled
from kic_extract.report import Report
from kic_extract.segment.cards import field_cells, label_field, opens_with_round
from kic_extract.segment.masthead import parse_date
from kic_extract.typed.amounts import to_number
from kic_extract.typed.cells import cumulative_header, read_cell
from kic_extract.typed.bilingual import split_ko_zh

_AWARD = compiled(r"^(?:수상\s*AI\s*기술|AI\s*수상\s*기술(?:\s*소개)?)\s*:\s*(?P<award>.+)$")
_DATE = compiled(r"^(?P<y>\d{4})\.\s*(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?$")
_MONTH = compiled(r"^\d{4}\.\s*\d{1,2}\.?$")
# a founding year or month written in words (`2016년`, `2022년 2월`): no day, so no date
_YEAR_MONTH = compiled(r"^\d{4}\s*년(?:\s*\d{1,2}\s*월)?$")
# the company a profile's name line names: `◎ 칭타오에너지(清陶能源)`, `【넝량치뎬(能量奇点) ─ 2021 년 설립 …】`
# (the Chinese perhaps opening with Latin letters or digits, `6G톈왕커지(6G天网科技)`)
_TITLE_NAME = compiled(r"(?P<ko>[\p{Hangul}A-Za-z0-9][\p{Hangul}A-Za-z0-9&\-]*)\((?P<zh>[A-Za-z0-9]*\p{Han}[^()]*)\)")
_PARTS = compiled(r"\s*(?:[,|｜]|\s/\s|\s·\s)\s*")
_NAME_TAG = compiled(r"^\s*(?:[◇◆◈●■□▣▶▷┌┏]\s*)?(?:[\[【][^\]】]{1,12}[\]】]\s*)?")
_BARE_NAME = compiled(r"[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9&.\- ]{0,30}")
_BRAND = compiled(r"\((?P<zh>\p{Han}+)\)$")
_FIELD_SUFFIX = compiled(r"\s*분야$")
_PLACE_AFTER = compiled(r"\s*\([^()]*\)$")


def card_to_company(table: dict, field: str | None, award: tuple[str, int] | None, report: Report) -> dict | None:
    values: dict[str, str | None] = {}
    funding_label = ""
    rounds = []  # values with no label that name a round (`2030.05 시리즈 A — 1억 8,000만 위안`)
    for row, line in zip(table["rows"], table["row_lines"]):
        for c in range(0, len(row) - 1, 2):
            label = row[c]
            if label is None:
                if c == 0 and row[c + 1] and opens_with_round(row[c + 1]):
                    rounds.append(row[c + 1])
                continue  # a value its line gives no label (`상하이(上海)` in `설립 2021 년 | 상하이(上海) | …`)
            # (a funding value goes on in the parts after it: `2026년 6월 시리즈 B | 약 7억 위안`)
            value = " | ".join(v for _, v in field_cells(row, c)) or None
            key = label_field(label)
            if key is None:
                report.warn("card_label_unknown", f"company card label {label!r} is not a card label "
                            "(data/card_labels.tsv)", line)
            elif key == "funding" and values.get("funding") and value and not read_cell(values["funding"], whole=False):
                # `투자 단계: 시리즈 B | 누적 투자액: 약 25억 위안`: the funding field that states an amount
                values["funding"], funding_label = value, label
            elif key != "other":  # (the first the card fills: `투자 이력 :` gives its value on the item lines below)
                if key == "funding" and values.get("funding") is None:
                    funding_label = label
                if values.get(key) is None:
                    values[key] = value
    if values.get("funding") is None and rounds:
        values["funding"] = rounds[0]  # (no funding label: the first round listed, as a funding label's first item)
    if values.get("name") is None and table["title"]:
        named = _TITLE_NAME.search(table["title"])  # a profile printed as lines names itself above them
        # (with no Chinese, its first part after the tag: `[01] 톈수로보틱스 | Tianshu Robotics`)
        bare = _PARTS.split(_NAME_TAG.sub("", table["title"]), 1)[0].strip()
        values["name"] = f"{named['ko']}({named['zh']})" if named else bare if _BARE_NAME.fullmatch(bare) else None
    name, name_zh = split_ko_zh(values.get("name"))
    if name is None and table["title"] and (named := _TITLE_NAME.search(table["title"])):
        # `■ 톈궁싱(天工行)` over `기업명 | 北京天工行具身智能科技有限公司`: the legal name in Chinese alone, the title's the name
        name, name_zh = named["ko"], named["zh"]
    if name is None:
        report.warn("card_no_name", "company card without a Latin or Korean name", table["line_start"])
        if name_zh is None:
            return None
        name = name_zh
    brand = _BRAND.search(name)
    brand_zh = brand["zh"] if brand else None
    if brand:  # `51Job(前程无忧)`: the Chinese brand in brackets is not part of the name
        name = name[: brand.start()].strip() or name
    founded = None
    if values.get("founded"):
        # `설립·본사: 2023년 5월, 상하이 …`: the date is the value's first part, the rest the other label's
        # (and a place in brackets after it, `2023년 5월 (상하이 푸둥신구)`, is no part of it)
        when = _PLACE_AFTER.sub("", _PARTS.split(values["founded"], 1)[0])
        m = _DATE.match(when)
        if m:
            founded = parse_date(m["y"], m["m"], m["d"], report, table["line_start"])
        elif not (_MONTH.match(when) or _YEAR_MONTH.match(when)):
            report.warn("card_date_unreadable", f"founding date {values['founded']!r} is not YYYY.M.D or YYYY.M",
                        table["line_start"])
    funding = values.get("funding")
    amounts = read_cell(funding, whole=False) if funding else []
    amount = amounts[0] if amounts else None
    if amount is not None and cumulative_header(funding_label):
        amount = replace(amount, cumulative=True)  # `누적 투자액: 약 25억 위안`: the label says it sums
    return {"issue_id": table["issue_id"], "section_id": table["section_id"], "table_id": table["table_id"],
            "field": field, "name": name, "name_zh": name_zh, "brand_zh": brand_zh, "founded": founded,
            "founded_raw": values.get("founded"), "homepage": values.get("homepage"), "funding": funding,
            "funding_value": to_number(amount.value) if amount else None, "funding_unit": amount.unit if amount else None,
            "funding_approx": amount.approx if amount else None, "funding_bound": amount.bound if amount else None,
            "funding_cumulative": amount.cumulative if amount else None,
            "award": award[0] if award else None, "award_line": award[1] if award else None,
            "line_start": table["line_start"], "line_end": table["line_end"]}


def build_companies(ctx):
    sections, tables, report = ctx.sections, ctx.tables, ctx.report
    by_id = {t["table_id"]: t for t in tables}
    records, used = [], set()
    for section in sections:
        blocks = section["blocks"]
        cards = [i for i, b in enumerate(blocks) if b["kind"] == "table" and by_id[b["table_id"]]["kind"] == "company_card"]
        awarded = any(_AWARD.match(b["text"] or "") for b in blocks if b["kind"] in ("heading", "paragraph"))
        for n, i in enumerate(cards):
            field = next((_FIELD_SUFFIX.sub("", b["text"]) for b in reversed(blocks[:i])
                          if b["kind"] == "heading" and b["level"] == 1), None)
            end = cards[n + 1] if n + 1 < len(cards) else len(blocks)
            award = next(((m["award"], b["line_start"]) for b in blocks[i + 1:end]
                          if b["kind"] in ("heading", "paragraph") for m in [_AWARD.match(b["text"] or "")] if m), None)
            if award is None and awarded:
                report.warn("card_no_award", "no `수상 AI 기술:` line follows the company card, though other cards "
                            "of the article have one", blocks[i]["line_start"])
            record = card_to_company(by_id[blocks[i]["table_id"]], field, award, report)
            if record:
                records.append(record)
                used.update(range(record["line_start"], record["line_end"] + 1))
    return records, used
