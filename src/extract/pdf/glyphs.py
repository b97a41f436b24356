"""A PDF page's glyphs and painted paths read through pdfium (pypdfium2), described as pdfplumber
describes them, so that `pdf/read.py` runs the same line, table and paragraph logic on either
source. pdfium parses a page many times faster than pdfminer; pdfplumber stays the reference and
the fallback.

Each glyph is a dict with the keys the line logic reads: `text`, `x0`, `x1` (origin and advance,
as pdfminer measures them), `baseline` (from the top of the page), `size` (the font size times
the text matrix's vertical scale) and `fontname`. Each path is a `rect`, `line` or `curve` dict
made from the path's segments by pdfminer's rules (a closed four-sided axis-aligned path is a
rectangle, a single segment a line, anything else a curve), with the corner points, fill,
stroke and fill colour the table finder and the backdrop test read.

pdfium's text layer is built for selecting text, not for reading every glyph, and differs from
pdfminer's in known ways. This module repairs what it can prove and gives the page up otherwise:
- a text object holding one blank glyph (a space run drawn on its own) is left out of pdfium's
  text layer; it is put back as a space of its font's space width, but only when the next glyph on
  its line starts exactly that width further on (or none follows), so a blank glyph of another
  width (an ideographic space) is never read as a space;
- a page is read by pdfplumber instead (`PageContent` is None, with the reason) when pdfium's
  layer holds something pdfminer would read differently: a glyph with no Unicode mapping, a
  line-end hyphen pdfium rewrote, a ligature or multi-character glyph pdfium split, a Type 3 font,
  marked content with replacement text, a text object pdfium dropped as a duplicate, or a rotated
  or offset page.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_TEXT, _PATH, _FORM = 1, 2, 5
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
_BLANK = 0.01  # pt: pdfium leaves out text objects narrower than this
_SAME_ADVANCE = 0.05  # pt: a blank glyph's advance checked against the next glyph's origin


@dataclass(slots=True)
class PageContent:
    """What the reader needs from one page."""

    chars: list[dict]
    objects: list[dict]  # rects, lines and curves as pdfplumber dicts
    width: float
    height: float
    unreadable: int = 0  # glyphs with no character (the pdfplumber route counts them)


class _Api:
    """The pdfium calls used here, declared with plain integer handles (pypdfium2's own bindings
    wrap every handle in a pointer object, which costs more than the call itself)."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw
        from pypdfium2_raw import bindings

        lib = bindings._libs["pdfium"]
        vp, i, d, f, u = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float, ctypes.c_uint

        def fn(name, restype, *argtypes):
            func = lib[name]  # a new function object: pypdfium2's own declarations stay as they are
            func.restype, func.argtypes = restype, argtypes
            return func

        pd, pf = ctypes.POINTER(d), ctypes.POINTER(f)
        self.rect_t, self.matrix_t = raw.FS_RECTF, raw.FS_MATRIX
        self.load_text = fn("FPDFText_LoadPage", vp, vp)
        self.close_text = fn("FPDFText_ClosePage", None, vp)
        self.count_chars = fn("FPDFText_CountChars", i, vp)
        self.unicode = fn("FPDFText_GetUnicode", u, vp, i)
        self.text_object = fn("FPDFText_GetTextObject", vp, vp, i)
        self.is_generated = fn("FPDFText_IsGenerated", i, vp, i)
        self.is_hyphen = fn("FPDFText_IsHyphen", i, vp, i)
        self.map_error = fn("FPDFText_HasUnicodeMapError", i, vp, i)
        self.loose_box = fn("FPDFText_GetLooseCharBox", i, vp, i, ctypes.POINTER(raw.FS_RECTF))
        self.origin = fn("FPDFText_GetCharOrigin", i, vp, i, pd, pd)
        self.char_matrix = fn("FPDFText_GetMatrix", i, vp, i, ctypes.POINTER(raw.FS_MATRIX))
        self.count_objects = fn("FPDFPage_CountObjects", i, vp)
        self.get_object = fn("FPDFPage_GetObject", vp, vp, i)
        self.form_count = fn("FPDFFormObj_CountObjects", i, vp)
        self.form_object = fn("FPDFFormObj_GetObject", vp, vp, ctypes.c_ulong)
        self.object_type = fn("FPDFPageObj_GetType", i, vp)
        self.bounds = fn("FPDFPageObj_GetBounds", i, vp, pf, pf, pf, pf)
        self.object_matrix = fn("FPDFPageObj_GetMatrix", i, vp, ctypes.POINTER(raw.FS_MATRIX))
        self.count_marks = fn("FPDFPageObj_CountMarks", i, vp)
        self.get_mark = fn("FPDFPageObj_GetMark", vp, vp, ctypes.c_ulong)
        self.mark_param_type = fn("FPDFPageObjMark_GetParamValueType", i, vp, ctypes.c_char_p)
        self.font = fn("FPDFTextObj_GetFont", vp, vp)
        self.font_size = fn("FPDFTextObj_GetFontSize", i, vp, pf)
        self.base_name = fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, vp, ctypes.c_char_p, ctypes.c_size_t)
        self.glyph_width = fn("FPDFFont_GetGlyphWidth", i, vp, ctypes.c_uint32, f, pf)
        self.font_data = fn("FPDFFont_GetFontData", i, vp, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t))
        self.is_embedded = fn("FPDFFont_GetIsEmbedded", i, vp)
        self.count_segments = fn("FPDFPath_CountSegments", i, vp)
        self.segment = fn("FPDFPath_GetPathSegment", vp, vp, i)
        self.segment_point = fn("FPDFPathSegment_GetPoint", i, vp, pf, pf)
        self.segment_type = fn("FPDFPathSegment_GetType", i, vp)
        self.segment_close = fn("FPDFPathSegment_GetClose", i, vp)
        self.draw_mode = fn("FPDFPath_GetDrawMode", i, vp, ctypes.POINTER(i), ctypes.POINTER(i))
        self.fill_color = fn("FPDFPageObj_GetFillColor", i, vp, *[ctypes.POINTER(u)] * 4)
        self.stroke_color = fn("FPDFPageObj_GetStrokeColor", i, vp, *[ctypes.POINTER(u)] * 4)
        self.stroke_width = fn("FPDFPageObj_GetStrokeWidth", i, vp, pf)
        self.media_box = fn("FPDFPage_GetMediaBox", i, vp, pf, pf, pf, pf)
        self.crop_box = fn("FPDFPage_GetCropBox", i, vp, pf, pf, pf, pf)
        self.bounding_box = fn("FPDF_GetPageBoundingBox", i, vp, ctypes.POINTER(raw.FS_RECTF))
        self.rotation = fn("FPDFPage_GetRotation", i, vp)

        # the calls made for every glyph, each with the text page and the glyph's index: declared
        # with no argument types and given the page as a `c_void_p` and the index as a Python int
        # (which ctypes passes as a C int), so no argument is converted: a third cheaper a call
        def per_glyph(name, restype):
            func = lib[name]
            func.restype = restype
            return func

        self.glyph_unicode = per_glyph("FPDFText_GetUnicode", u)
        self.glyph_object = per_glyph("FPDFText_GetTextObject", vp)
        self.glyph_generated = per_glyph("FPDFText_IsGenerated", i)
        self.glyph_map_error = per_glyph("FPDFText_HasUnicodeMapError", i)
        self.glyph_origin = per_glyph("FPDFText_GetCharOrigin", i)
        self.glyph_matrix = per_glyph("FPDFText_GetMatrix", i)
        self.glyph_loose_box = per_glyph("FPDFText_GetLooseCharBox", i)
        # likewise for the calls made for every object, given the object as a `c_void_p`
        self.page_object = per_glyph("FPDFPage_GetObject", vp)
        self.object_font = per_glyph("FPDFTextObj_GetFont", vp)
        self.object_font_size = per_glyph("FPDFTextObj_GetFontSize", i)
        self.object_marks = per_glyph("FPDFPageObj_CountMarks", i)
        self.object_bounds = per_glyph("FPDFPageObj_GetBounds", i)
        self.object_matrix_of = per_glyph("FPDFPageObj_GetMatrix", i)


_API: _Api | None = None


def _api() -> _Api:
    global _API
    if _API is None:
        _API = _Api()
    return _API


def _walk(api: _Api, page: int, known: set[int]) -> Iterator[tuple[int, int]]:
    """(object, type) for every object on the page, form XObjects' contents included, but for the
    text objects in `known` (those pdfium's text layer holds)."""
    stack = [(api.page_object, ctypes.c_void_p(page), api.count_objects(page), 0)]
    object_type, form_object, form_count = api.object_type, api.form_object, api.form_count
    while stack:
        get, holder, count, start = stack.pop()
        for k in range(start, count):
            obj = get(holder, k)
            if obj in known:
                continue
            kind = object_type(obj)
            if kind == _FORM:
                stack.append((get, holder, count, k + 1))
                stack.append((form_object, obj, form_count(obj), 0))
                break
            yield obj, kind


class _Fonts:
    """What pdfium says of text objects and fonts, each asked once: per text object its font's
    name, its size on the page and whether pdfium reads it as pdfminer does (a Type 3 font, drawn
    by content streams, is not); per font and size the advance of a character and of a space."""

    def __init__(self, api: _Api, textpage: int) -> None:
        self.api, self.textpage = api, textpage
        self.by_object: dict[int, tuple[str, float, float, int, float] | None] = {}
        self.advances: dict[tuple[int, float, int], float] = {}
        self.spaces: dict[tuple[int, float], float | None] = {}
        self.names: dict[int, str] = {}
        self.buf = ctypes.create_string_buffer(512)
        self.size = ctypes.c_float()
        self.width = ctypes.c_float()
        self.matrix = api.matrix_t()
        self.psize, self.pwidth, self.pmatrix = ctypes.byref(self.size), ctypes.byref(self.width), ctypes.byref(self.matrix)

    def name(self, font: int) -> str:
        """The font's base name ("" when pdfium gives none)."""
        name = self.names.get(font)
        if name is None:
            n = self.api.base_name(font, self.buf, 512)
            name = self.names[font] = self.buf.raw[: max(0, n - 1)].decode("latin-1") if n else ""
        return name

    def advance(self, font: int, size: float, u: int) -> float:
        """The advance of the font's glyph for `u` at `size`, in text space, from the font's widths
        (as pdfminer measures a glyph: pdfium's own boxes follow the font program instead)."""
        key = (font, size, u)
        found = self.advances.get(key)
        if found is None:
            self.api.glyph_width(font, u, size, self.pwidth)
            found = self.advances[key] = self.width.value
        return found

    def space(self, font: int, size: float) -> float | None:
        """`_space_width` of the font at `size`, asked once."""
        key = (font, size)
        if key not in self.spaces:
            self.spaces[key] = _space_width(self.api, font, size)
        return self.spaces[key]

    def of(self, obj: int, index: int) -> tuple[str, float, float, int, float] | None:
        """(font name, size on the page, horizontal scale, font handle, font size), or None when
        pdfium's reading of the object cannot be trusted."""
        found = self.by_object.get(obj, False)
        if found is not False:
            return found
        api = self.api
        font = api.font(obj)
        name = (self.names.get(font) or self.name(font)) if font else None
        ok = bool(name) and api.font_size(obj, self.psize) \
            and api.char_matrix(self.textpage, index, self.pmatrix) and not replaces_text(api, obj)
        m = self.matrix
        ok = ok and m.b == 0 and m.c == 0 and m.d > 0
        size = self.size.value
        found = (name, size * m.d, m.a, font, size) if ok else None
        self.by_object[obj] = found
        return found


_NO_PARAM = 0  # FPDF_OBJECT_UNKNOWN: the mark has no such parameter


def replaces_text(api: _Api, obj: int) -> bool:
    """Whether marked content around a text object gives text in place of its glyphs (`/ActualText`), which
    pdfium reads and pdfplumber does not; marks that only tag the text (`/Span <</MCID 3>>`, Typst's and
    Chromium's structure tags, `/Artifact`) change nothing read."""
    for k in range(api.count_marks(obj)):
        mark = api.get_mark(obj, k)
        if not mark or api.mark_param_type(mark, b"ActualText") != _NO_PARAM:
            return True
    return False


class _Blanks:
    """Text objects pdfium left out as blank, read back as spaces (`glyph`)."""

    def __init__(self, api: _Api, fonts: _Fonts, height: float) -> None:
        self.api, self.fonts, self.height = api, fonts, height
        self.box = [ctypes.c_float() for _ in range(4)]
        self.pbox = [ctypes.byref(v) for v in self.box]

    def glyph(self, obj: int) -> dict | None:
        """The object's glyph as a space of the font's space width, or None when the object is
        not one blank glyph of a font with a space."""
        api, fonts = self.api, self.fonts
        left, bottom, right, top = self.box
        held = ctypes.c_void_p(obj)  # for the calls declared with no argument types (`_Api`)
        if not api.object_bounds(held, *self.pbox):
            return None
        if right.value - left.value >= _BLANK or top.value - bottom.value >= _BLANK:
            return None  # not blank: pdfium dropped it for another reason (a duplicate)
        font = api.object_font(held)
        if not font or not api.object_font_size(held, fonts.psize) or not api.object_matrix_of(held, fonts.pmatrix):
            return None
        m = fonts.matrix
        if m.b != 0 or m.c != 0 or m.d <= 0 or api.object_marks(held) and replaces_text(api, obj):
            return None
        size = fonts.size.value
        space = fonts.space(font, size)
        if space is None:
            return None
        name = fonts.names.get(font) or fonts.name(font)
        if not name:
            return None
        x0 = m.e
        return {"text": " ", "x0": x0, "x1": x0 + space * m.a, "baseline": self.height - m.f,
                "size": size * m.d, "fontname": name}


def _space_width(api: _Api, font: int, size: float) -> float | None:
    """The advance of the font's space at `size`, or None when the font maps no character to a
    space (pdfium then answers with the width of a code it has no glyph for, as for a private-use
    character)."""
    width, other = ctypes.c_float(), ctypes.c_float()
    if not api.glyph_width(font, 0x20, size, ctypes.byref(width)) or width.value <= 0:
        return None
    if api.glyph_width(font, 0xE000, size, ctypes.byref(other)) and other.value == width.value:
        return None
    return width.value


def _dropped_space(fonts: _Fonts, obj: int, index: int, pending: tuple, next_x: float,
                   height: float) -> dict | None:
    """The space glyph pdfium dropped at `pending`'s origin, in the object's font, or None when
    the next glyph starts before a space of that font would end."""
    font = fonts.of(obj, index)
    if font is None:
        return None
    space = fonts.space(font[3], font[4])
    if space is None:
        return None
    x0 = pending[1]
    x1 = x0 + space * font[2]
    if next_x < x1 - _SAME_ADVANCE:
        return None
    return {"text": " ", "x0": x0, "x1": x1, "baseline": height - pending[2], "size": font[1], "fontname": font[0]}


def _path_objects(api: _Api, obj: int, height: float) -> list[dict]:
    """A path object as pdfminer's layout would make it: one rect, line or curve per subpath."""
    matrix = api.matrix_t()
    if not api.object_matrix(obj, ctypes.byref(matrix)):
        return []
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    api.draw_mode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    filled, stroked = fill.value != 0, bool(stroke.value)
    if not filled and not stroked:
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    ops: list[tuple[str, tuple[float, float]]] = []
    for k in range(api.count_segments(obj)):
        seg = api.segment(obj, k)
        api.segment_point(seg, ctypes.byref(x), ctypes.byref(y))
        kind = api.segment_type(seg)
        pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVETO:
            ops.append(("m", pt))
        elif kind == _LINETO:
            ops.append(("l", pt))
        elif kind == _BEZIERTO:
            ops.append(("c", pt))  # three segments per curve; only their end point counts below
        else:
            return []
        if api.segment_close(seg):
            ops.append(("h", pt))
    ops = _bezier_ends(ops)
    colors = _colors(api, obj)
    width = ctypes.c_float()
    api.stroke_width(obj, ctypes.byref(width))
    out = []
    for sub in _subpaths(ops):
        made = _shape(sub, filled, stroked, height)
        if made is not None:
            made.update(colors)
            made["linewidth"] = width.value
            out.append(made)
    return out


def _bezier_ends(ops: list) -> list:
    """pdfium gives a Bézier curve as three segments (two control points and the end); pdfminer
    keeps one operation whose point is its end."""
    out, run = [], 0
    for op, pt in ops:
        if op == "c":
            run += 1
            if run == 3:
                out.append(("c", pt))
                run = 0
            continue
        run = 0
        out.append((op, pt))
    return out


def _subpaths(ops: list) -> Iterator[list]:
    """The subpaths pdfminer paints one by one: each `m` with the operations after it (a lone
    `m` paints nothing); a path closed with `h` back at its start point, as pdfium records it."""
    start = None
    for k, (op, _) in enumerate(ops + [("m", None)]):
        if op == "m":
            if start is not None and k - start > 1:
                yield ops[start:k]
            start = k
    return


def _shape(sub: list, fill: bool, stroke: bool, height: float) -> dict | None:
    shape = "".join(op for op, _ in sub)
    pts = [pt for op, pt in sub]
    if shape.endswith("h"):  # pdfminer: `h` returns to the subpath's start
        pts[-1] = pts[0]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    kind = "curve"
    if shape in ("mlh", "ml"):
        kind = "line"
        pts = pts[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                 or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            kind = "rect"
            (ax, ay), (bx, by) = pts[0], pts[2]
            pts = [(ax, ay), (bx, ay), (bx, by), (ax, by)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "top": height - y1, "bottom": height - y0, "doctop": height - y1,
            "pts": [(px, height - py) for px, py in pts], "fill": fill, "stroke": stroke}


def _colors(api: _Api, obj: int) -> dict:
    r, g, b, alpha = (ctypes.c_uint() for _ in range(4))
    out = {}
    if api.fill_color(obj, r, g, b, alpha):
        out["non_stroking_color"] = (r.value / 255, g.value / 255, b.value / 255)
    if api.stroke_color(obj, r, g, b, alpha):
        out["stroking_color"] = (r.value / 255, g.value / 255, b.value / 255)
    return out


_WHITESPACE = frozenset((0x20, 0x0D, 0x0A))



def media_box(page_handle: int, api: _Api) -> tuple[float, float, float, float] | None:
    """The page's media box (left, bottom, right, top), pdfplumber's frame for every position: the page's own, or,
    when the page leaves it to the page tree (XeTeX's `dvipdfmx` does) and sets no crop box of its own, the box pdfium
    inherits for it (the inherited media box, cut by a crop box only the page tree sets); None when the page sets a
    crop box but no media box."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if api.media_box(page_handle, left, bottom, right, top):
        return left.value, bottom.value, right.value, top.value
    if api.crop_box(page_handle, left, bottom, right, top):
        return None
    rect = api.rect_t()
    if not api.bounding_box(page_handle, ctypes.byref(rect)):
        return None
    return rect.left, rect.bottom, rect.right, rect.top


def read_page(page_handle: int, api: _Api | None = None) -> tuple[PageContent | None, str]:
    """One page's glyphs and paths, or None and the reason pdfium's reading cannot be trusted."""
    api = api or _api()
    if api.rotation(page_handle):
        return None, "the page is rotated"
    box = media_box(page_handle, api)
    if box is None or box[0] or box[1]:
        return None, "the page's media box does not start at the origin"
    width, height = box[2], box[3]
    textpage = api.load_text(page_handle)
    if not textpage:
        return None, "pdfium cannot read the page's text"
    try:
        return _read(api, page_handle, textpage, width, height)
    finally:
        api.close_text(textpage)


#: characters pdfium may have rewritten from a line-end hyphen (it marks the hyphen it joined as
#: 0x2 in its text and 0xFFFE in its buffer; `FPDFText_IsHyphen` is asked of the hyphens themselves)
_HYPHENS = frozenset((0x2, 0x2D, 0xAD, 0xFFFE))


def _read(api: _Api, page: int, textpage: int, width: float, height: float) -> tuple[PageContent | None, str]:
    fonts = _Fonts(api, textpage)
    box = api.rect_t()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pbox, pox, poy = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    tp = ctypes.c_void_p(textpage)  # for the per-glyph calls (`_Api.glyph_unicode` …)
    unicode, text_object, origin, map_error, generated, loose_box = (
        api.glyph_unicode, api.glyph_object, api.glyph_origin, api.glyph_map_error, api.glyph_generated, api.glyph_loose_box)
    by_object, advances, advance = fonts.by_object, fonts.advances, fonts.advance
    font_handle, font_name, names, font_size, char_matrix, count_marks = (
        api.object_font, fonts.name, fonts.names, api.object_font_size, api.glyph_matrix, api.object_marks)
    handle_of = ctypes.c_void_p
    psize, pmatrix, size_box, matrix = fonts.psize, fonts.pmatrix, fonts.size, fonts.matrix
    chars: list[dict] = []
    append = chars.append
    used: set[int] = set()
    last_obj = last_x = None
    pending = None  # a space pdfium generated inside a text object: (object, x, y)
    two_maps: set[int] = set()  # fonts that map two glyphs to a space (their other glyphs checked below)
    for k in range(api.count_chars(textpage)):
        u = unicode(tp, k)
        if u in _WHITESPACE and generated(tp, k):
            obj = text_object(tp, k) if u == 0x20 else 0
            if obj:
                origin(tp, k, pox, poy)
                pending = (obj, ox.value, oy.value)
            continue
        obj = text_object(tp, k)
        if not obj:
            return None, "a glyph without a text object"
        if pending is not None:
            if pending[0] == obj:
                origin(tp, k, pox, poy)
                if ox.value != pending[1]:
                    # pdfium generated a space for the gap before a space glyph, then dropped
                    # the glyph as a second space in a row: the glyph stood at the generated origin
                    glyph = _dropped_space(fonts, obj, k, pending, ox.value, height)
                    if glyph is None:
                        return None, "a space pdfium dropped that cannot be placed"
                    append(glyph)
            pending = None
        if map_error(tp, k):
            return None, "a glyph has no Unicode mapping"
        if u in _HYPHENS and (u == 2 or u == 0xFFFE or api.is_hyphen(textpage, k)):
            return None, "pdfium rewrote a line-end hyphen"
        font = by_object.get(obj, False)
        if font is False:  # `_Fonts.of`, written out: most glyphs of some producers' PDFs are objects of their own
            held = handle_of(obj)
            handle = font_handle(held)
            name = (names.get(handle) or font_name(handle)) if handle else None
            if name and font_size(held, psize) and char_matrix(tp, k, pmatrix) \
                    and (count_marks(held) == 0 or not replaces_text(api, obj)) \
                    and matrix.b == 0 and matrix.c == 0 and matrix.d > 0:
                size = size_box.value
                font = (name, size * matrix.d, matrix.a, handle, size)
            else:
                font = None
            by_object[obj] = font
        if font is None:
            return None, "a font or text matrix pdfium reads differently (Type 3, skewed or marked text)"
        origin(tp, k, pox, poy)
        x = ox.value
        adv = advances.get((font[3], font[4], u))
        if adv is None:
            adv = advance(font[3], font[4], u)
        span = adv * font[2]
        if u == 0x20:
            # the font's width for a space, found through its Unicode map, may be another glyph's (a font
            # mapping two glyphs to a space answers for one: Typst and WeasyPrint draw the other); the width
            # pdfium gives the space drawn is then the width pdfminer reads from the font for its code (not
            # so for every other glyph: pdfium's box for `K` or `W` in many fonts is not the font's width)
            loose_box(tp, k, pbox)
            drawn = box.right - box.left
            if abs(drawn - span) > 0.01:
                if drawn <= 0:
                    return None, "a space glyph drawn with no width"
                span = drawn
                two_maps.add(font[3])
        if obj == last_obj and x == last_x:
            return None, "a glyph pdfium split into several characters (a ligature)"
        last_obj, last_x = obj, x
        used.add(obj)
        append({"text": chr(u), "x0": x, "x1": x + span, "baseline": height - oy.value,
                "size": font[1], "fontname": font[0]})
    if two_maps and not _widths_agree(api, fonts, tp, two_maps):
        return None, "a font mapping two glyphs to one character draws one at another width than its map gives"
    objects: list[dict] = []
    blanks: list[dict] = []
    blank = _Blanks(api, fonts, height).glyph
    for obj, kind in _walk(api, page, used):
        if kind == _TEXT:
            glyph = blank(obj)
            if glyph is None:
                return None, "a text object pdfium left out (a duplicate or an unreadable glyph)"
            blanks.append(glyph)
        elif kind == _PATH:
            objects.extend(_path_objects(api, obj, height))
    if blanks and not _blanks_fit(blanks, chars):
        return None, "a blank glyph of another width than its font's space"
    chars.extend(blanks)
    return PageContent(chars, objects, width, height), ""


#: pt: how far a glyph's drawn width may be from the width its font's map gives (float rounding)
_SAME_WIDTH = 0.05


def _widths_agree(api: _Api, fonts: _Fonts, tp: ctypes.c_void_p, suspect: set[int]) -> bool:
    """Whether every glyph other than a space, in a font found mapping two glyphs to a space, is drawn as wide
    as the font's map says: such a font may map two glyphs to a digit too (WeasyPrint's subsets), and then only
    pdfminer knows which was drawn."""
    box = api.rect_t()
    pbox = ctypes.byref(box)
    for k in range(api.count_chars(tp.value)):
        u = api.glyph_unicode(tp, k)
        if u in _WHITESPACE:
            continue
        font = fonts.by_object.get(api.glyph_object(tp, k))
        if not font or font[3] not in suspect:
            continue
        api.glyph_loose_box(tp, k, pbox)
        if abs(box.right - box.left - fonts.advance(font[3], font[4], u) * font[2]) > _SAME_WIDTH:
            return False
    return True


def _blanks_fit(blanks: list[dict], chars: list[dict]) -> bool:
    """Whether every blank glyph is followed on its line by a glyph starting no earlier than a
    space of its font ends (justification only widens), or by nothing; and, where another blank
    follows it, starting where the space ends: a glyph the font cannot draw is blank too (`◈` in a
    font not embedded that lacks it, its text unknown to pdfium), and is no space when wider."""
    from bisect import bisect_right

    by_baseline: dict[float, list[float]] = {}  # a line's glyphs share their baseline: round it once
    for ch in (*chars, *blanks):
        by_baseline.setdefault(ch["baseline"], []).append(ch["x0"])
    by_line: dict[float, list[float]] = {}
    for baseline, starts in by_baseline.items():
        by_line.setdefault(round(baseline, 1), []).extend(starts)
    for line in by_line.values():
        line.sort()

    blank_starts = {(round(b["baseline"], 1), b["x0"]) for b in blanks}
    for blank in blanks:
        key = round(blank["baseline"], 1)
        line = by_line.get(key, [])
        k = bisect_right(line, blank["x0"] + 1e-6)
        if k < len(line) and (line[k] < blank["x1"] - _SAME_ADVANCE
                              or (key, line[k]) in blank_starts and line[k] > blank["x1"] + _SAME_ADVANCE):
            return False
    return True


def open_document(source: Path | bytes):
    """The pypdfium2 document, read from the file's bytes in memory (so that a process forked
    from this one can read it too: an open file would share its position); raises pypdfium2's
    error for a file pdfium cannot open."""
    import pypdfium2

    return pypdfium2.PdfDocument(source if isinstance(source, bytes) else Path(source).read_bytes())


def read_pdfium_page(doc, index: int) -> tuple[PageContent | None, str]:
    """Page `index` (from 0) of an open pypdfium2 document, as `read_page` gives it."""
    page = doc[index]
    try:
        return read_page(ctypes.cast(page.raw, ctypes.c_void_p).value, _api())
    finally:
        page.close()


def read_document(path: Path) -> Iterator[tuple[PageContent | None, str]]:
    """Every page of the PDF in order, each as `read_page` gives it."""
    doc = open_document(path)
    try:
        for index in range(len(doc)):
            yield read_pdfium_page(doc, index)
    finally:
        doc.close()
