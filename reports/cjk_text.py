"""Chinese paragraphs for reportlab: the bundled font, CJK wrapping, Chinese line-start rules.

reportlab's CJK wrap keeps Japanese closing marks off the start of a line but not the Chinese
full-width ones, so a line could begin with ，or 》. The list it consults is extended here, once,
before any paragraph is wrapped.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, TypedDict, Unpack
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, paragraph

from reports.fonts import register_cjk_font

#: Marks that never start a line in Chinese typesetting (GB/T 15834 practice).
NO_LINE_START = "，。、；：！？）》」』】〕”’…—·"


class StyleOptions(TypedDict, total=False):
    """What a style may set besides its font, size and leading, by reportlab's names."""

    alignment: Literal[0, 1, 2, 4]  # TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
    spaceBefore: float
    spaceAfter: float
    textColor: Color


@cache
def chinese_line_breaking() -> str:
    """Add :data:`NO_LINE_START` to the marks reportlab keeps off the start of a line.

    Both copies: the paragraph module wraps runs of Chinese, ``textsplit`` the words of mixed text.
    """
    for module in (paragraph, textsplit):
        # The stubs leave out paragraph's copy (a global it imports) and call textsplit's Final.
        module.ALL_CANNOT_START += "".join(  # type: ignore[attr-defined]
            mark for mark in NO_LINE_START if mark not in module.ALL_CANNOT_START
        )
    return textsplit.ALL_CANNOT_START  # the same marks as paragraph's copy


def style(
    name: str, size: float = 10.5, leading: float | None = None, **more: Unpack[StyleOptions]
) -> ParagraphStyle:
    chinese_line_breaking()
    return ParagraphStyle(
        name,
        fontName=register_cjk_font(),
        fontSize=size,
        leading=leading or size * 1.55,
        wordWrap="CJK",
        **more,
    )


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: a client named “A&B” prints as typed)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), paragraph_style)
