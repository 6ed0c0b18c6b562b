"""The fonts of every PDF: the bundled CJK font, and per character a fallback for rare Han characters.

Micro Hei covers the characters of everyday Chinese (GBK and more), not the extensions of the CJK
block where many characters of personal and company names live (䶮 in Extension A, 𫖮 in C, 𬌗 in
E). Those print with Hanazono Mincho (HanaMinA, then HanaMinB for the rest of the supplementary
plane), looked for where :func:`fallback_font_dirs` says; see resources/fonts/README.md
for why those files are not in the repository. A character no font has makes the letter refuse to
print (app.domain.letter.unprintable_problem) rather than come out blank.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.domain.letter import han_ideograph
from resources import CJK_FONT_FILE, FONTS_DIR

CJK_FONT = "WenQuanYiMicroHei"
#: The fallback fonts (reportlab's name → file), tried in this order after Micro Hei, and the sha256 of
#: the files Debian's fonts-hanazono 20170904 installs (``make fonts`` checks what it copies).
FALLBACK_FONTS = {"HanaMinA": "HanaMinA.ttf", "HanaMinB": "HanaMinB.ttf"}
FALLBACK_SHA256 = {
    "HanaMinA.ttf": "7ca87559414474848fc513a8d8eb42d5b0f8194c30c2abdfbfedff5398ec88d7",
    "HanaMinB.ttf": "829543436cdf7b4c6730e2af5806fa406f8ddf0d4b656e0cd49c58d4db1c8d3c",
}


def fallback_font_dirs() -> list[Path]:
    """Where the fallback fonts are looked for: the app's own copy (``make fonts``, the installer),
    then where the system installs them (Debian's fonts-hanazono, Windows' and macOS's font folders)."""
    home = Path.home()
    folders = [FONTS_DIR, Path("/usr/share/fonts/truetype/hanazono"), home / ".local/share/fonts"]
    if sys.platform == "win32":
        folders += [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
                    Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft/Windows/Fonts"]  # fmt: skip
    if sys.platform == "darwin":
        folders += [Path("/Library/Fonts"), home / "Library/Fonts"]
    return folders


def fallback_font_file(file_name: str) -> Path | None:
    return next((path for folder in fallback_font_dirs() if (path := folder / file_name).is_file()), None)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF written in UTF-16
    (surrogate pairs) as the PDF standard wants: reportlab writes their bare code point, so 𫖮 would
    not read back when copied or searched."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])  # fmt: skip


@cache
def register_cjk_font() -> str:
    """Register face 0 (Micro Hei) of the bundled TrueType collection; returns the font name.

    The glyphs actually used are embedded as a subset in each PDF.
    """
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_FILE), subfontIndex=0))
    return CJK_FONT


@cache
def _glyphs(name: str) -> frozenset[int]:
    """The characters the font ``name`` draws (not its .notdef); empty for a fallback font not found.

    A fallback font is read (about a second for HanaMinB) only when a character needs it.
    """
    if name == CJK_FONT:
        register_cjk_font()
    elif path := fallback_font_file(FALLBACK_FONTS[name]):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    else:
        return frozenset()
    font = pdfmetrics.getFont(name)
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)  # type: ignore[attr-defined]


def font_for(char: str) -> str | None:
    """The first font that draws ``char`` (white space: the main one), or None when none does.

    The fallback serves Han ideographs only: HanaMin also draws emoji and other scripts, which have
    no place in a name on a contract and are refused rather than printed in a Japanese Mincho.
    """
    if char.isspace() or ord(char) in _glyphs(CJK_FONT):
        return CJK_FONT
    if not han_ideograph(char):
        return None
    return next((name for name in FALLBACK_FONTS if ord(char) in _glyphs(name)), None)


def printable(char: str) -> bool:
    return font_for(char) is not None
