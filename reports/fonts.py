"""The bundled CJK font for reportlab, so every PC prints the same Chinese glyphs."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import CJK_FONT_FILE

CJK_FONT = "WenQuanYiMicroHei"


@cache
def register_cjk_font() -> str:
    """Register face 0 (Micro Hei) of the bundled TrueType collection; returns the font name.

    The glyphs actually used are embedded as a subset in each PDF.
    """
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_FILE), subfontIndex=0))
    return CJK_FONT
