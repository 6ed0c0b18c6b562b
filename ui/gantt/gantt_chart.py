"""The Gantt chart itself: a painted scroll area drawing only the rows and days in view.

Rows line up with the side table (same row height, same vertical scroll). Editing (case charts):
drag a bar to move it, drag its right end to change its duration, Shift+drag from one bar to
another to link them, click a link and press Delete to remove it. The chart only reports what
the coordinator did; the page runs it through ``app/``. Ctrl+wheel zooms around the cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from app.domain.gantt_geometry import (
    WEEKDAY_NAMES,
    DayBand,
    TimeScale,
    bar_span,
    clamp_pixels_per_hour,
    day_bands,
    snap,
    ticks,
)
from app.domain.working_calendar import WorkingCalendar
from ui.gantt.chart_rows import ChartBand, ChartLink, ChartRow, Tone
from ui.labels import message_text

ROW_HEIGHT = 26
HEADER_HEIGHT = 44
BAR_COLOURS = {
    Tone.NORMAL: QColor("#42a5f5"),
    Tone.CRITICAL: QColor("#e53935"),
    Tone.NEAR: QColor("#e53935"),
    Tone.DONE: QColor("#9e9e9e"),
    Tone.CANCELLED: QColor("#9e9e9e"),
}
#: Tones whose bars are facts: neither dragged nor resized.
FIXED_TONES = (Tone.DONE, Tone.CANCELLED)
REST_DAY = QColor("#eeeeee")
HOLIDAY = QColor("#fde0dc")
MAKEUP = QColor("#e3f2fd")
TODAY = QColor("#ff6f00")
DEADLINE = QColor("#6a1b9a")
RISK = QColor("#e65100")
RISK_BAND = QColor(255, 152, 0, 40)  # translucent: bars and days stay readable through it
EDGE = 6  # pixels at a bar's right end that resize it


@dataclass(frozen=True)
class HeaderLabel:
    rect: QRectF
    text: str
    colour: QColor


@dataclass
class _Drag:
    mode: str  # "move", "resize" or "link"
    row: int
    origin: QPoint
    current: QPoint


class GanttChart(QAbstractScrollArea):
    """Signals:
    move_requested(int, object): task id, the new start (a datetime).
    resize_requested(int, object): task id, the new finish (a datetime).
    link_requested(int, int): predecessor id, successor id.
    unlink_requested(int): dependency id.
    row_activated(int): a row's key was double-clicked (the overview opens that case).
    notice(str): why a press does nothing (the page shows it).
    """

    move_requested = Signal(int, object)
    resize_requested = Signal(int, object)
    link_requested = Signal(int, int)
    unlink_requested = Signal(int)
    row_activated = Signal(int)
    notice = Signal(str)

    def __init__(self, calendar: WorkingCalendar, now: datetime, parent=None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.rows: list[ChartRow] = []
        self.links: list[ChartLink] = []
        self._row_of: dict[int, int] = {}  # row key → row number, kept with the rows
        self._link_rows: list[tuple[int, int, ChartLink]] = []  # each link's top and bottom row
        self.windows: list[ChartBand] = []  # policy-risk windows, shaded across the rows
        self.scale = TimeScale(now.replace(hour=0, minute=0, second=0, microsecond=0), 3.0)
        self.now = now
        self.deadline: datetime | None = None
        self.editable = False
        self.selected_link: int | None = None
        self._drag: _Drag | None = None
        self._label_x = 4
        self._span = (self.scale.origin, self.scale.origin + timedelta(days=30))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)

    # -- data -------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[ChartRow],
        links: list[ChartLink],
        now: datetime,
        deadline: datetime | None,
        *,
        editable: bool,
        keep_view: bool = False,
    ) -> None:
        self.rows, self.links, self.now, self.deadline, self.editable = rows, links, now, deadline, editable
        self._drag = None  # a drag under way named a row of the old rows (reloaded for another desk)
        # Once per change of rows, not on every paint: which row each key is, which rows each link spans.
        self._row_of = {item.key: n for n, item in enumerate(rows) if item.key is not None}
        row_of = self._row_of
        self._link_rows = [
            (min(a, b), max(a, b), link)
            for link in links
            if (a := row_of.get(link.predecessor)) is not None
            and (b := row_of.get(link.successor)) is not None
        ]
        instants = [m for r in rows for m in (r.start, r.finish, r.slack_end, r.deadline) if m] + [now]
        instants += [deadline] if deadline else []
        instants += [b for r in rows if r.baseline for b in r.baseline]
        first = min(instants) - timedelta(days=2)
        last = max(instants) + timedelta(days=3)
        self._span = (datetime.combine(first.date(), datetime.min.time()), last)
        if not keep_view:
            self.scale = TimeScale(self._span[0], self.scale.pixels_per_hour)
        self._update_bars()
        if not keep_view:
            self.horizontalScrollBar().setValue(max(0, int(self.scale.x(now)) - 200))
        self.viewport().update()

    def set_windows(self, windows: list[ChartBand]) -> None:
        """The policy-risk windows to shade (they do not widen the chart: the plan decides its span)."""
        self.windows = windows
        self.viewport().update()

    @property
    def span(self) -> tuple[datetime, datetime]:
        """From midnight before the earliest thing shown to a little after the latest."""
        return self._span

    def fit_width(self) -> None:
        """Zoom so the whole plan fits the visible width."""
        hours = max(1.0, (self._span[1] - self._span[0]).total_seconds() / 3600)
        self.set_pixels_per_hour((self.viewport().width() - 20) / hours, 0)

    def set_pixels_per_hour(self, pixels: float, anchor_x: float) -> None:
        absolute = anchor_x + self.horizontalScrollBar().value()
        instant = self.scale.instant(absolute)
        self.scale = TimeScale(self._span[0], clamp_pixels_per_hour(pixels))
        self._update_bars()
        self.horizontalScrollBar().setValue(int(self.scale.x(instant) - anchor_x))
        self.viewport().update()

    def content_width(self) -> int:
        return int(self.scale.x(self._span[1])) + 40

    def content_height(self) -> int:
        return HEADER_HEIGHT + len(self.rows) * ROW_HEIGHT

    def _update_bars(self) -> None:
        self.horizontalScrollBar().setRange(0, max(0, self.content_width() - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.verticalScrollBar().setRange(0, max(0, self.content_height() - self.viewport().height()))
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_bars()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), 0)
        left = self.horizontalScrollBar().value()
        self.paint_chart(
            painter,
            left,
            left + self.viewport().width(),
            self.verticalScrollBar().value(),
            self.viewport().height(),
        )
        painter.end()

    def paint_chart(self, painter: QPainter, x0: int, x1: int, top: int, height: int) -> None:
        """Paint columns ``x0``…``x1`` of the chart, rows scrolled by ``top``, into ``painter``.

        Shared by the screen and by the PNG and PDF exports.
        """
        scale = self.scale
        self._label_x = x0 + 4  # group headings start at the left edge of what is painted
        first_day = scale.instant(x0).date()
        last_day = scale.instant(x1).date()
        bands = day_bands(self.calendar, scale, first_day, last_day)
        body = QRectF(x0, HEADER_HEIGHT, x1 - x0, height - HEADER_HEIGHT)
        painter.fillRect(QRectF(x0, 0, x1 - x0, height), QColor("#ffffff"))
        for band in bands:
            colour = HOLIDAY if band.holiday and not band.working else MAKEUP if band.makeup else None
            colour = colour or (None if band.working else REST_DAY)
            if colour is not None:
                painter.fillRect(QRectF(band.x0, HEADER_HEIGHT, band.x1 - band.x0, body.height()), colour)
        windows = self._windows_in(x0, x1)
        for left, right, _window in windows:
            painter.fillRect(QRectF(left, HEADER_HEIGHT, right - left, body.height()), RISK_BAND)
        first_row = max(0, top // ROW_HEIGHT)
        last_row = min(len(self.rows), (top + height) // ROW_HEIGHT + 1)
        painter.save()
        painter.setClipRect(body)
        painter.translate(0, HEADER_HEIGHT - top)
        for row in range(first_row, last_row):
            if self.rows[row].tone is Tone.GROUP:
                painter.fillRect(QRectF(x0, row * ROW_HEIGHT, x1 - x0, ROW_HEIGHT), QColor("#eceff1"))
        self._paint_links(painter, first_row, last_row)
        for row in range(first_row, last_row):
            self._paint_row(painter, row)
        if self._drag is not None:
            self._paint_drag(painter, self._drag, top)
        painter.restore()
        self._paint_lines(painter, height)
        self._paint_window_titles(painter, windows, height)
        self._paint_header(painter, bands, x0, x1)

    def _windows_in(self, x0: float, x1: float) -> list[tuple[float, float, ChartBand]]:
        """The risk windows that reach into columns ``x0``…``x1``, with their left and right x."""
        spans = [(self.scale.x(w.start), self.scale.x(w.finish), w) for w in self.windows]
        return [(left, right, w) for left, right, w in spans if right >= x0 and left <= x1]

    def _paint_window_titles(self, painter: QPainter, windows, height: int) -> None:
        """Each window's edges and its title at the foot of the chart, where no bar hides it."""
        metrics = painter.fontMetrics()
        for left, right, window in windows:
            painter.setPen(QPen(RISK, 1, Qt.PenStyle.DashLine))
            for x in (left, right):
                painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, height))
            text = metrics.elidedText("⚠ " + window.title, Qt.TextElideMode.ElideRight, int(right - left) - 6)
            if right - left >= 30 and text:
                box = QRectF(left + 3, height - metrics.height() - 6, metrics.horizontalAdvance(text) + 6,
                             metrics.height() + 2)  # fmt: skip
                painter.fillRect(box, QColor(255, 255, 255, 210))
                painter.setPen(RISK)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_header(self, painter: QPainter, bands: list[DayBand], x0: int, x1: int) -> None:
        painter.fillRect(QRectF(x0, 0, x1 - x0, HEADER_HEIGHT), QColor("#fafafa"))
        painter.setPen(QColor("#90a4ae"))
        painter.drawLine(QPointF(x0, HEADER_HEIGHT - 1), QPointF(x1, HEADER_HEIGHT - 1))
        painter.setFont(self.header_font())
        for band in bands:
            if not band.working or band.makeup:
                colour = MAKEUP if band.makeup else HOLIDAY if band.holiday else REST_DAY
                painter.fillRect(QRectF(band.x0, 0, band.x1 - band.x0, HEADER_HEIGHT / 2), colour)
        painter.setPen(QColor("#37474f"))
        for x, _texts in ticks(self.scale, self.scale.instant(x0), self.scale.instant(x1)):
            painter.drawLine(QPointF(x, HEADER_HEIGHT / 2), QPointF(x, HEADER_HEIGHT - 1))
        for label in self.header_labels(bands, x0, x1, painter.fontMetrics()):
            painter.setPen(label.colour)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)

    def header_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def header_labels(
        self, bands: list[DayBand], x0: float, x1: float, metrics: QFontMetricsF | QFontMetrics
    ) -> list[HeaderLabel]:
        """The header's texts and their boxes, measured so that none overlaps another: above, the
        months (the days, when hours are shown) first, then holidays and make-up days where room is
        left; below, the ticks' longest label that fits between two ticks, else every other one."""
        half = HEADER_HEIGHT / 2
        placed: list[HeaderLabel] = []

        def place(
            texts: list[str], left: float, right: float, top: float, colour: QColor, centre=True, slide=False
        ) -> None:
            """The first of ``texts`` that fits in ``left``…``right`` clear of the placed ones:
            centred, else at either end (``centre=False``: at the left end only, ``slide``: or just
            after a label placed there)."""
            after = [
                p.rect.right() + 1 for p in placed if p.rect.top() == top and left < p.rect.right() < right
            ]
            for text in texts:
                width = metrics.horizontalAdvance(text) + 6
                for x in (
                    ((left + right - width) / 2, left, right - width)
                    if centre
                    else (left, *(after if slide else ()))
                ):
                    box = QRectF(x, top, width, half)
                    if left <= x and x + width <= right and not any(box.intersects(p.rect) for p in placed):
                        placed.append(HeaderLabel(box, text, colour))
                        return

        first, end = self.scale.instant(x0), self.scale.instant(x1)
        ink = QColor("#37474f")
        hours = self.scale.unit() == "hour"
        periods: list[tuple[list[str], float, float]] = []  # the days (hour scale) or the months in view
        step = timedelta(days=1) if hours else None
        day = first.date() if hours else first.date().replace(day=1)
        while datetime.combine(day, datetime.min.time()) <= end:
            following = day + step if step else (day + timedelta(days=32)).replace(day=1)
            begin = datetime.combine(day, datetime.min.time())
            # The day or month begun before the left edge is named there, until the next pushes it out.
            left, right = (
                max(x0, self.scale.x(begin)),
                self.scale.x(datetime.combine(following, begin.time())),
            )
            estimated = self.calendar.is_estimated(day)
            name = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)  # English: "Dec 2026"
            if hours:
                info = self.calendar.day(day)
                texts = [
                    self.tr("{year}年{month}月{day}日 星期{weekday}").format(
                        year=day.year,
                        month=day.month,
                        day=day.day,
                        weekday=message_text(WEEKDAY_NAMES[day.weekday()]),
                        name=name,
                    ),
                    self.tr("{month}月{day}日").format(month=day.month, day=day.day, name=name),
                ]
                note = (
                    self.tr("班") if info.makeup else message_text(info.holiday) if not info.working else None
                )
                texts = [f"{t} {note}" for t in texts if note] + texts
            else:
                texts = [
                    self.tr("{year}年{month}月").format(year=day.year, month=day.month, name=name),
                    self.tr("{month}月").format(month=day.month, name=name),
                ]
            if estimated:  # the calendar of that year is the usual pattern, not yet the official one
                texts = [t + self.tr("·预估") for t in texts] + texts
            periods.append((texts, left, right))
            day = following
        # The period named at the left edge first, then holidays on their days; the next periods'
        # names slide past a holiday that opens them (元旦 on 1 January).
        texts, left, right = periods[0]
        place(texts, left, right, 0, ink, centre=False)
        for run in [] if hours else _holiday_runs(bands):  # the hour scale's dates name them
            span = max(x0, run[0].x0), min(x1, run[-1].x1)
            if run[0].makeup:
                place([self.tr("班")], *span, 0, QColor("#1565c0"))
            else:
                name = message_text(run[0].holiday or "")
                short = name[:2] if name == run[0].holiday else name  # 国庆节, 国庆: a Chinese name shortens
                place(list(dict.fromkeys((name, short))), *span, 0, QColor("#b71c1c"))
        for texts, left, right in periods[1:]:
            place(texts, left, right, 0, ink, centre=False, slide=True)
        marks = [(x, [message_text(text) for text in texts]) for x, texts in ticks(self.scale, first, end)]
        if marks:
            spacing = marks[1][0] - marks[0][0] if len(marks) > 1 else x1 - x0
            fits = [
                n
                for n in range(len(marks[0][1]))
                if max(metrics.horizontalAdvance(texts[n]) for _x, texts in marks) + 8 <= spacing
            ]
            level = fits[0] if fits else len(marks[0][1]) - 1
            for x, texts in (m for m in marks if m[0] >= x0):  # after its tick; those without room left out
                room = max(spacing, metrics.horizontalAdvance(texts[level]) + 8)
                place([texts[level]], x + 1, x + room, half, ink, centre=False)
        return placed

    def _paint_lines(self, painter: QPainter, height: int) -> None:
        for moment, colour, text in (
            (self.now, TODAY, self.tr("今天")),
            (self.deadline, DEADLINE, self.tr("截止")),
        ):
            if moment is None:
                continue
            x = self.scale.x(moment)
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, height))
            painter.setPen(colour)
            painter.drawText(QPointF(x + 3, HEADER_HEIGHT + 12), text)

    def bar_rect(self, row: int) -> QRectF | None:
        """The bar of ``row`` in content coordinates (y from the top of the rows)."""
        item = self.rows[row]
        if item.start is None or item.finish is None:
            return None
        x, width = bar_span(self.scale, item.start, item.finish)
        return QRectF(x, row * ROW_HEIGHT + 6, width, ROW_HEIGHT - 14)

    def _paint_row(self, painter: QPainter, row: int) -> None:
        item = self.rows[row]
        rect = self.bar_rect(row)
        if item.tone is Tone.GROUP or rect is None or item.start is None or item.finish is None:
            if item.tone is Tone.GROUP:
                painter.setPen(QColor("#263238"))
                painter.drawText(
                    QRectF(self._label_x, row * ROW_HEIGHT, 600, ROW_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    item.title,
                )
            return
        if item.baseline:
            bx, bw = bar_span(self.scale, *item.baseline)
            painter.fillRect(QRectF(bx, rect.bottom() + 1, bw, 4), QColor(0, 0, 0, 45))
        colour = BAR_COLOURS[item.tone]
        if item.tone is Tone.CANCELLED:
            paint_cancelled_bar(painter, rect)
        elif item.milestone and (item.finish - item.start) <= timedelta(minutes=1):
            paint_diamond(painter, QPointF(rect.left(), rect.center().y()), colour)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour.lighter(150))
            painter.drawRoundedRect(rect, 3, 3)
            if item.progress:
                painter.setBrush(colour)
                painter.drawRoundedRect(
                    QRectF(rect.left(), rect.top(), rect.width() * item.progress, rect.height()), 3, 3
                )
            if item.tone is Tone.NEAR:
                painter.setPen(QPen(QColor("#ff8f00"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            if item.milestone:
                paint_diamond(painter, QPointF(rect.right(), rect.center().y()), colour)
        if item.slack_end and item.slack_end > item.finish:
            tail = self.scale.x(item.slack_end)
            painter.setPen(QPen(colour.darker(110), 1))
            painter.drawLine(QPointF(rect.right(), rect.center().y()), QPointF(tail, rect.center().y()))
            painter.drawLine(QPointF(tail, rect.center().y() - 3), QPointF(tail, rect.center().y() + 3))
        if item.deadline is not None:
            x = self.scale.x(item.deadline)
            painter.setPen(QPen(DEADLINE, 2))
            painter.drawLine(QPointF(x, rect.top() - 3), QPointF(x, rect.bottom() + 3))
        if item.risk_windows:  # planned into a risk window: a mark before the bar, named in the tooltip
            painter.setPen(RISK)
            painter.drawText(QRectF(rect.left() - 16, rect.top() - 2, 14, rect.height() + 4),
                             Qt.AlignmentFlag.AlignCenter, "⚠")  # fmt: skip

    def _link_path(self, link: ChartLink, rows: dict[int, int]) -> QPainterPath | None:
        if link.predecessor not in rows or link.successor not in rows:
            return None
        source, target = self.bar_rect(rows[link.predecessor]), self.bar_rect(rows[link.successor])
        if source is None or target is None:
            return None
        start = QPointF(source.left() if link.start_to_start else source.right(), source.center().y())
        end = QPointF(target.left(), target.center().y())
        path = QPainterPath(start)
        bend = max(start.x() + 6, end.x() - 6)  # turn just before the successor, never behind the start
        path.lineTo(bend, start.y())
        path.lineTo(bend, end.y())
        path.lineTo(end)
        return path

    def _paint_links(self, painter: QPainter, first_row: int, last_row: int) -> None:
        rows = self._row_of
        for top, bottom, link in self._link_rows:
            if bottom < first_row or top > last_row:
                continue
            path = self._link_path(link, rows)
            if path is None:
                continue
            a, b = rows[link.predecessor], rows[link.successor]
            critical = self.rows[a].tone in (Tone.CRITICAL, Tone.NEAR) and self.rows[b].tone in (
                Tone.CRITICAL,
                Tone.NEAR,
            )
            colour = (
                QColor("#1565c0")
                if link.dependency_id == self.selected_link
                else (QColor("#c62828") if critical else QColor("#78909c"))
            )
            painter.setPen(QPen(colour, 2 if link.dependency_id == self.selected_link else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            tip = path.currentPosition()
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([tip, tip + QPointF(-5, -3), tip + QPointF(-5, 3)]))

    def _paint_drag(self, painter: QPainter, drag: _Drag, top: int) -> None:
        rect = self.bar_rect(drag.row)
        if rect is None:  # never: a drag starts on a bar
            return
        dx = drag.current.x() - drag.origin.x()
        painter.setPen(QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(21, 101, 192, 40))
        if drag.mode == "move":
            painter.drawRoundedRect(rect.translated(dx, 0), 3, 3)
        elif drag.mode == "resize":
            # A started task cannot end before now (app/ refuses it): the outline stops there.
            least = 2.0 if self.rows[drag.row].movable else self.scale.x(self.now) - rect.left()
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top(), max(2.0, least, rect.width() + dx), rect.height()), 3, 3
            )
        else:
            end = QPointF(
                drag.current.x() + self.horizontalScrollBar().value(), drag.current.y() - HEADER_HEIGHT + top
            )
            painter.drawLine(QPointF(rect.right(), rect.center().y()), end)

    # -- interaction ------------------------------------------------------------------------
    def _content_point(self, point: QPoint) -> QPointF:
        return QPointF(
            point.x() + self.horizontalScrollBar().value(),
            point.y() - HEADER_HEIGHT + self.verticalScrollBar().value(),
        )

    def row_at(self, point: QPoint) -> int | None:
        if point.y() < HEADER_HEIGHT:
            return None
        row = int(self._content_point(point).y() // ROW_HEIGHT)
        return row if 0 <= row < len(self.rows) else None

    def link_at(self, point: QPoint) -> int | None:
        content = self._content_point(point)
        for link in self.links:
            path = self._link_path(link, self._row_of)
            if path is not None and _near_polyline(path, content):
                return link.dependency_id
        return None

    def handle_at(self, point: QPoint) -> tuple[int, str] | None:
        """The bar under ``point`` and what a drag from there does: ``move`` a task not started yet,
        ``resize`` from the right end of an open one, the only handle of a started one, whose body is
        ``fixed`` (it may still be Shift-dragged to link it). None off the bars, on a done one, or
        on a chart that is not edited."""
        row = self.row_at(point)
        rect = self.bar_rect(row) if row is not None and self.editable else None
        content = self._content_point(point)
        if row is None or rect is None or self.rows[row].tone in FIXED_TONES:
            return None
        if not rect.adjusted(-2, -4, EDGE, 4).contains(content):
            return None
        if abs(content.x() - rect.right()) <= EDGE:
            return row, "resize"
        return row, "move" if self.rows[row].movable else "fixed"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        self.setFocus()
        if not self.editable or event.button() != Qt.MouseButton.LeftButton:
            return
        handle = self.handle_at(point)
        if handle is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._drag = _Drag("link", handle[0], point, point)
        elif handle is not None and handle[1] != "fixed":
            self._drag = _Drag(handle[1], handle[0], point, point)
        elif handle is not None:  # a drag there would do nothing: say why, and where the handle is
            self.notice.emit(self.tr("已开始的任务不能改开始时间，只能从右端调整工期"))
        else:
            self.selected_link = self.link_at(point)
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            self._drag.current = point
            self.viewport().update()
            return
        handle = self.handle_at(point)
        cursor = {"resize": Qt.CursorShape.SizeHorCursor, "move": Qt.CursorShape.OpenHandCursor}
        self.viewport().setCursor(
            cursor.get(handle[1], Qt.CursorShape.ArrowCursor) if handle else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        self.viewport().update()
        point = event.position().toPoint()
        item = self.rows[drag.row]
        dx = point.x() - drag.origin.x()
        minutes = self.scale.snap_minutes()
        if drag.mode == "move" and abs(dx) >= 3 and item.start is not None:
            self.move_requested.emit(
                item.key, snap(self.scale.instant(self.scale.x(item.start) + dx), minutes)
            )
        elif drag.mode == "resize" and abs(dx) >= 3 and item.finish is not None:
            self.resize_requested.emit(
                item.key, snap(self.scale.instant(self.scale.x(item.finish) + dx), minutes)
            )
        elif drag.mode == "link":
            target = self.row_at(point)
            if target is not None and target != drag.row and self.rows[target].key is not None:
                self.link_requested.emit(item.key, self.rows[target].key)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().toPoint())
        if row is not None and self.rows[row].key is not None:
            self.row_activated.emit(self.rows[row].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_link is not None:
            link, self.selected_link = self.selected_link, None
            self.unlink_requested.emit(link)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.set_pixels_per_hour(self.scale.pixels_per_hour * factor, event.position().x())
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            point = event.pos()
            instant = self.scale.instant(point.x() + self.horizontalScrollBar().value())
            band = day_bands(self.calendar, self.scale, instant.date(), instant.date())[0]
            row = self.row_at(point)
            text = message_text(band.tooltip())
            for window in self.windows:
                if window.start <= instant < window.finish:
                    span = f"{window.start:%m-%d %H:%M} → {window.finish:%m-%d %H:%M}"
                    text = (
                        self.tr("⚠ 风险窗口：{title}（{span}）").format(title=window.title, span=span)
                        + "\n"
                        + text
                    )
            if row is not None and self.rows[row].start is not None:
                text = self.bar_tip(row) + "\n" + text
            QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    def bar_tip(self, row: int) -> str:
        """What the tooltip says of the bar of ``row`` (above the day's and the window's lines)."""
        item = self.rows[row]
        assert item.start is not None and item.finish is not None
        lines = [f"{item.title}", f"{item.start:%m-%d %H:%M} → {item.finish:%m-%d %H:%M}"]
        if item.tone is Tone.CANCELLED:
            lines.insert(0, self.tr("已取消：结案时未办完，不计入预计完成与关键路径"))
        elif self.editable and not item.movable and item.tone is not Tone.DONE:
            lines.insert(0, self.tr("已开始：不能移动，可拖动右端调整工期"))
        if item.risk_windows:
            lines.insert(
                0, self.tr("⚠ 计划跨越风险窗口：{titles}").format(titles="、".join(item.risk_windows))
            )
        return "\n".join(lines)


def paint_cancelled_bar(painter: QPainter, rect: QRectF) -> None:
    """A task dropped when its case closed: grey, hatched and struck through, in the chart and the legend."""
    grey = BAR_COLOURS[Tone.CANCELLED]
    painter.setPen(QPen(grey, 1))
    painter.setBrush(QBrush(grey.lighter(140), Qt.BrushStyle.BDiagPattern))
    painter.drawRoundedRect(rect, 3, 3)
    painter.drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()))


def paint_diamond(painter: QPainter, centre: QPointF, colour: QColor) -> None:
    """A milestone's mark."""
    size = 7
    painter.setPen(QPen(colour.darker(130), 1))
    painter.setBrush(colour)
    painter.drawPolygon(
        QPolygonF(
            [
                centre + QPointF(0, -size),
                centre + QPointF(size, 0),
                centre + QPointF(0, size),
                centre + QPointF(-size, 0),
            ]
        )
    )


def _near_polyline(path: QPainterPath, point: QPointF, tolerance: float = 4.0) -> bool:
    """Whether ``point`` lies within ``tolerance`` pixels of the path's straight segments."""
    corners = [path.elementAt(n) for n in range(path.elementCount())]
    for a, b in zip(corners, corners[1:], strict=False):
        ax, ay, bx, by = a.x, a.y, b.x, b.y
        length = (bx - ax) ** 2 + (by - ay) ** 2
        t = (
            0.0
            if length == 0
            else max(0.0, min(1.0, ((point.x() - ax) * (bx - ax) + (point.y() - ay) * (by - ay)) / length))
        )
        if (point.x() - ax - t * (bx - ax)) ** 2 + (point.y() - ay - t * (by - ay)) ** 2 <= tolerance**2:
            return True
    return False


def _holiday_runs(bands: list[DayBand]) -> list[list[DayBand]]:
    """Days off of one holiday side by side, as one run each; each make-up working day alone."""
    runs: list[list[DayBand]] = []
    for band in bands:
        if band.makeup:
            runs.append([band])
        elif band.holiday and not band.working:
            previous = runs[-1][-1] if runs else None
            if (
                previous
                and not previous.makeup
                and previous.holiday == band.holiday
                and previous.day == band.day - timedelta(days=1)
            ):
                runs[-1].append(band)
            else:
                runs.append([band])
    return runs
