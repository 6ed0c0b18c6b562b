"""Chinese paragraphs for reportlab: the bundled font, CJK wrapping, Chinese line-start rules.

reportlab's CJK wrap keeps Japanese closing marks off the start of a line but not the Chinese
full-width ones, so a line could begin with ，or 》. The list it consults is extended here, once,
before any paragraph is wrapped.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, paragraph

from reports.fonts import register_cjk_font

#: Marks that never start a line in Chinese typesetting (GB/T 15834 practice).
NO_LINE_START = "，。、；：！？）》」』】〕”’…—·"


@cache
def chinese_line_breaking() -> str:
    """Add :data:`NO_LINE_START` to the marks reportlab keeps off the start of a line.

    Both copies: the paragraph module wraps runs of Chinese, ``textsplit`` the words of mixed text.
    """
    for module in (paragraph, textsplit):
        module.ALL_CANNOT_START += "".join(
            mark for mark in NO_LINE_START if mark not in module.ALL_CANNOT_START
        )
    return paragraph.ALL_CANNOT_START


def style(name: str, size: float = 10.5, leading: float | None = None, **more) -> ParagraphStyle:
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
