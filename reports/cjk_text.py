"""Chinese paragraphs for reportlab: the bundled font, CJK wrapping, Chinese line-start rules.

reportlab's CJK wrap keeps Japanese closing marks off the start of a line but not the Chinese
full-width ones, so a line could begin with ，or 》. The list it consults is extended here, once,
before any paragraph is wrapped.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby, pairwise
from typing import Any, Literal, TypedDict, Unpack
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, paragraph

from reports.fonts import CJK_FONT, font_for, register_cjk_font

#: An amount in capitals (rmb_capitals), with its figures when it follows them in brackets
#: (``¥2,400.50（人民币贰仟肆佰元伍角整）``): one unit, never broken across lines.
CAPITALS = re.compile(r"(¥[0-9,]+(?:\.[0-9]+)?（)?人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+(?(1)）)")
#: Marks that never start a line in Chinese typesetting (GB/T 15834 practice).
NO_LINE_START = "，。、；：！？）》」』】〕”’…—·"


class StyleOptions(TypedDict, total=False):
    """What a style may set besides its font, size and leading, by reportlab's names."""

    alignment: Literal[0, 1, 2, 4]  # TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
    spaceBefore: float
    spaceAfter: float
    textColor: Color
    keepWithNext: bool


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


def _fonts(text: str) -> str:
    """Escaped text, each run of characters the bundled font lacks set in the fallback that has them."""
    parts = []
    for font, chars in groupby(text, key=lambda char: font_for(char) or CJK_FONT):
        chunk = escape("".join(chars))
        parts.append(chunk if font == CJK_FONT else f'<font name="{font}">{chunk}</font>')
    return "".join(parts)


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped (a client named “A&B” prints as typed), line breaks
    kept, rare characters in the fallback font, amounts in capitals kept on one line with their figures."""
    parts, start = [], 0
    for amount in CAPITALS.finditer(text):
        parts += [_fonts(text[start : amount.start()]), f"<nobr>{amount.group()}</nobr>"]
        start = amount.end()
    parts.append(_fonts(text[start:]))
    return "".join(parts).replace("\n", "<br/>")


class ChineseParagraph(Paragraph):
    """A paragraph whose ``<nobr>`` runs the CJK wrap never breaks: reportlab honours them only between
    Latin words, so a line that would end inside one ends before it instead."""

    def breakLinesCJK(self, maxWidths: float | list[float] | tuple[float, ...]) -> Any:  # noqa: N802, N803 - reportlab's names
        original = self.frags
        frags = list(original)
        for index, frag in enumerate(frags):
            if getattr(frag, "nobr", False):
                frag.nobr_run = index  # kept by the pieces each line gets of it
        try:
            while True:
                self.frags = frags
                lines = super().breakLinesCJK(maxWidths)
                run = _broken_run(lines.lines)
                if run is None:
                    return lines
                at = next(i for i, frag in enumerate(frags) if getattr(frag, "nobr_run", None) == run)
                line_break = frags[at].clone(text="", lineBreak=True, nobr=False, nobr_run=None)
                frags = [*frags[:at], line_break, *frags[at:]]
        finally:
            self.frags = original


def _broken_run(lines: list[Any]) -> int | None:
    """The ``<nobr>`` run split between two lines, unless it already starts its line (too long to help)."""
    for line, following in pairwise(lines):
        words, next_words = getattr(line, "words", []), getattr(following, "words", [])
        if not words or not next_words:
            continue
        run = getattr(words[-1], "nobr_run", None)
        if run is not None and getattr(next_words[0], "nobr_run", None) == run and len(words) > 1:
            return int(run)
    return None


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (see :func:`markup`)."""
    return ChineseParagraph(markup(text), paragraph_style)
