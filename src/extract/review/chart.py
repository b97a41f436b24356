"""Bar charts as inline SVG, drawn here (no library): one bar per region, longest first."""

from __future__ import annotations

from dataclasses import dataclass

from kic_extract.review.markup import Raw, esc

#: Korean myriad units, largest first, for amounts a person reads at a glance
_UNITS = ((10**12, "조"), (10**8, "억"), (10**4, "만"))


def korean_amount(value: int | float) -> str:
    """A whole amount in Korean units, the two largest nonzero parts.

    >>> korean_amount(114370000000000), korean_amount(81370), korean_amount(950), korean_amount(12.5)
    ('114조 3,700억', '8만 1,370', '950', '12.5')
    """
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    rest, parts = int(abs(value)), []
    for size, name in _UNITS:
        if rest >= size:
            parts.append(f"{rest // size:,}{name}")
            rest %= size
    if rest:
        parts.append(f"{rest:,}")
    return ("-" if value < 0 else "") + (" ".join(parts[:2]) or "0")


def show_value(value, unit: str | None) -> str:
    """A value with its unit as a reader expects it: percents plain, amounts in Korean units.

    >>> show_value(8.1, "%"), show_value(114370000000000, "위안"), show_value(None, "위안")
    ('8.1%', '114조 3,700억 위안', '')
    """
    if value is None:
        return ""
    if unit == "%":
        return f"{value:g}%"
    return korean_amount(value) + (f" {unit}" if unit else "")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int | float
    note: str = ""        # shown after the value: `≥`, `≈`, `?`
    style: str = ""       # CSS class: `bound` (a "more than" figure), `unknown` (region ambiguous)
    href: str | None = None


def bar_chart(title: str, bars: list[Bar], unit: str | None) -> Raw:
    """Horizontal bars scaled to the largest value, labelled with their value and unit."""
    bars = sorted(bars, key=lambda b: (-b.value, b.label))
    top = max((b.value for b in bars), default=0) or 1
    row, left, width, right = 20, 190, 440, 170
    height = 28 + row * len(bars) + 8
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {left + width + right} {height}" '
             f'width="{left + width + right}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{esc(title)}</title>",
             f'<text x="4" y="16" font-weight="600">{esc(title)}</text>',
             f'<text x="{left + width + right - 4}" y="16" text-anchor="end" class="legend">'
             "solid: stated value · dashed: a bound (≥ more than, ≤ up to) · grey: region ambiguous (?)</text>",
             f'<line class="axis" x1="{left}" y1="24" x2="{left}" y2="{height - 6}"/>']
    for k, bar in enumerate(bars):
        y = 28 + k * row
        w = max(1.0, width * max(bar.value, 0) / top)
        label = f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{esc(bar.label)}</text>'
        if bar.href:
            label = f'<a href="{esc(bar.href)}">{label}</a>'
        parts.append(label)
        parts.append(f'<rect class="bar {esc(bar.style)}" x="{left}" y="{y + 2}" width="{w:.1f}" height="{row - 5}">'
                     f"<title>{esc(bar.label)}: {esc(bar.note)}{esc(show_value(bar.value, unit))}</title></rect>")
        parts.append(f'<text x="{left + w + 5:.1f}" y="{y + 13}">{esc(bar.note)}{esc(show_value(bar.value, unit))}</text>')
    parts.append("</svg>")
    return Raw("".join(parts))


def figure_charts(name: str, rows: list[dict], min_bars: int = 3) -> list[Raw]:
    """One chart per metric, year and unit of a dataset of regional figures (records with `metric`,
    `value`, `unit` and `region_ko`); national totals are left to the table, so regions compare."""
    groups: dict[tuple, list[Bar]] = {}
    for k, r in enumerate(rows):
        if r.get("value") is None or not r.get("region_ko") or r.get("region_zh") == "全国":
            continue
        zh = r.get("region_zh")
        label = f"{r['region_ko']} {zh}" if zh else f"{r['region_ko']} (?)"
        note = "≥ " if r.get("bound") == "min" else "≤ " if r.get("bound") == "max" else ""
        note += "≈ " if r.get("approx") else ""
        style = "bound" if r.get("bound") else "unknown" if zh is None else ""
        key = (r.get("metric"), r.get("year"), r.get("unit"))
        groups.setdefault(key, []).append(Bar(label, r["value"], note, style, f"#{name}-{k}"))
    charts = []
    for (metric, year, unit), bars in groups.items():
        if len(bars) >= min_bars:
            charts.append(bar_chart(f"{metric} · {year} · {unit or ''} ({len(bars)})", bars, unit))
    return charts
