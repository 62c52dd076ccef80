"""Characters the shipped DejaVu Sans lacks (Chinese, Japanese, most emoji …), drawn
with an installed font that has them.

**Finding the font: fontconfig's own command.** ``fc-match -s`` lists the installed
fonts best first for a pattern — here sans-serif, the weight wanted, and the missing
characters, so fonts that have them come first, in the order the system's own
configuration prefers (a Chinese locale gets its Chinese font, not the Japanese one).
One subprocess call per export that needs it (none otherwise), bounded by a timeout.
A command rather than a Python binding: fontconfig is on every Linux desktop that
runs Qt (Qt uses it), its command-line tools come with it, and the bindings on PyPI
are thin, rarely released and need a compiler. Where there is no ``fc-match``
(Windows, macOS, a minimal container) nothing is found and the export says which
characters it could not print.

**Drawing it: the glyphs go into the PDF's own font.** reportlab embeds TrueType
outlines only, while the usual CJK font of Debian and Ubuntu (Noto Sans CJK) has
PostScript (CFF) outlines. So the glyphs needed are copied with fontTools into a copy
of DejaVu Sans (CFF curves converted to TrueType ones, scaled to DejaVu's em), which
is registered under the PDF's font names. Every piece of the PDF that measures or
draws text (map labels, tables, headings) then simply has the characters, with the
right widths, and nothing else changes. The copy is renamed ("JourneyMapper Sans
Extended"), since it is no longer DejaVu Sans as its authors made it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

FC_MATCH = "fc-match"   # fontconfig's command (tests point it at nothing)
TIMEOUT = 15.0          # seconds for one fontconfig query
MOST_FONTS = 8          # fonts taken for one export at most
USABLE_FORMATS = ("TrueType", "CFF")  # outlines fontTools can turn into TrueType glyphs
EXTENDED_NAME = "JourneyMapper Sans Extended"


@dataclass(frozen=True)
class SystemFont:
    """One installed font face, as fontconfig describes it."""

    path: str
    index: int
    outlines: str  # fontconfig's fontformat: "TrueType", "CFF", …
    codes: tuple[tuple[int, int], ...]  # the characters it has, as ranges (inclusive)

    def has(self, code: int) -> bool:
        lo, hi = 0, len(self.codes)
        while lo < hi:  # binary search over the sorted ranges
            mid = (lo + hi) // 2
            first, last = self.codes[mid]
            if code < first:
                hi = mid
            elif code > last:
                lo = mid + 1
            else:
                return True
        return False


def _ranges(charset: str) -> tuple[tuple[int, int], ...]:
    """fontconfig's ``%{charset}`` ("20-7e a0-17f 4e00") as sorted (first, last) ranges."""
    found = []
    for part in charset.split():
        first, _, last = part.partition("-")
        try:
            found.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    return tuple(sorted(found))


def system_fonts(codes: list[int], bold: bool = False) -> list[SystemFont]:
    """Installed sans-serif faces, best first, as fontconfig ranks them for ``codes``;
    empty when fontconfig is not there or does not answer."""
    command = shutil.which(FC_MATCH)
    if command is None or not codes:
        return []
    pattern = (f"sans-serif:weight={'bold' if bold else 'regular'}"
               f":charset={' '.join(f'{c:x}' for c in sorted(set(codes)))}")
    try:
        done = subprocess.run(
            [command, "-s", "--format",
             "%{file}\\t%{index}\\t%{fontformat}\\t%{color}\\t%{charset}\\n", pattern],
            capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    if done.returncode != 0:
        return []
    fonts = []
    for line in done.stdout.splitlines():
        bits = line.split("\t")
        if len(bits) != 5:
            continue
        path, index, outlines, colour, charset = bits
        if colour.strip().lower() in ("true", "1"):  # a colour bitmap font: no outlines
            continue
        try:
            number = int(index or 0)
        except ValueError:
            number = 0
        fonts.append(SystemFont(path, number, outlines, _ranges(charset)))
    return fonts


def choose(codes: list[int], fonts: list[SystemFont]) -> list[tuple[SystemFont, list[int]]]:
    """The fonts to take the characters from: in fontconfig's order, each for the
    characters no font before it had; fonts with outlines fontTools cannot use are
    passed over."""
    wanted = sorted(set(codes))
    picks = []
    for font in fonts:
        if not wanted or len(picks) >= MOST_FONTS:
            break
        if font.outlines not in USABLE_FORMATS:
            continue
        mine = [c for c in wanted if font.has(c)]
        if mine:
            picks.append((font, mine))
            wanted = [c for c in wanted if c not in set(mine)]
    return picks


def extended(base_path: str, picks: list[tuple[SystemFont, list[int]]]) -> tuple[bytes, set]:
    """A copy of the TrueType font at ``base_path`` with the glyphs of ``picks`` added:
    its bytes, and the characters it now has that the base had not.

    Raises ImportError without fontTools and OSError/ValueError on a font that cannot
    be read: the caller then prints without the extra characters and says so.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

    base = TTFont(base_path)
    upem = base["head"].unitsPerEm
    mapping = dict(base.getBestCmap())
    order = list(base.getGlyphOrder())
    glyf, hmtx = base["glyf"], base["hmtx"]
    added: set[int] = set()
    for font, codes in picks:
        try:
            source = TTFont(font.path, fontNumber=font.index, lazy=True)
        except Exception:  # (fontTools raises its own TTLibError and more)
            continue
        try:
            cmap = source.getBestCmap() or {}
            glyphs = source.getGlyphSet()
            cubic = "glyf" not in source
            scale = upem / source["head"].unitsPerEm
            metrics = source["hmtx"]
            for code in codes:
                name = cmap.get(code)
                if name is None or code in mapping:
                    continue
                recorded = DecomposingRecordingPen(glyphs)
                glyphs[name].draw(recorded)
                pen = TTGlyphPen(None)
                target = Cu2QuPen(pen, max_err=1.0, reverse_direction=True) if cubic else pen
                recorded.replay(TransformPen(target, (scale, 0, 0, scale, 0, 0)))
                glyph = pen.glyph()
                new = f"jm.u{code:04X}"
                glyf[new] = glyph
                if new not in order:
                    order.append(new)
                glyph.recalcBounds(glyf)
                advance = round(metrics[name][0] * scale)
                hmtx[new] = (advance, getattr(glyph, "xMin", 0))
                mapping[code] = new
                added.add(code)
        except Exception:  # one unreadable font must not cost the others
            continue
        finally:
            source.close()
    if not added:
        return b"", set()
    base.setGlyphOrder(order)
    glyf.glyphOrder = order
    for tag in ("hdmx", "LTSH", "VDMX"):  # per-glyph tables the new glyphs are not in
        if tag in base:
            del base[tag]
    bmp = CmapSubtable.newSubtable(4)
    bmp.platformID, bmp.platEncID, bmp.language = 3, 1, 0
    bmp.cmap = {c: g for c, g in mapping.items() if c <= 0xFFFF}
    full = CmapSubtable.newSubtable(12)
    full.platformID, full.platEncID, full.language = 3, 10, 0
    full.cmap = dict(mapping)
    base["cmap"].tables = [bmp, full]
    _rename(base)
    out = io.BytesIO()
    base.save(out)
    base.close()
    return out.getvalue(), added


def _rename(font) -> None:
    """Name the copy as what it is: DejaVu Sans with glyphs added, not DejaVu Sans."""
    names = font["name"]
    bold = bool(font["head"].macStyle & 1)
    style = "Bold" if bold else "Book"
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    family = EXTENDED_NAME
    postscript = family.replace(" ", "") + ("-Bold" if bold else "")
    for name_id, text in ((1, family), (3, f"{postscript} (JourneyMapper)"),
                          (4, f"{family} {style}" if bold else family), (6, postscript)):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
