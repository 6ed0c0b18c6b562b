"""The State Council's notice of next year's holidays (国务院办公厅关于 2027 年部分节假日安排的通知),
read from its text the week it is published, long before any library carries the year.

The standard form, one numbered line per holiday::

    二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
    2月14日（周六）、2月28日（周六）上班。

Ranges within and across months, single days, lists of make-up working days, weekday remarks in
parentheses, full- and half-width digits and punctuation. The text is checked against itself: a
holiday's 共N天 must equal the days its range gives, a weekday remark must match its date, and a
line that cannot be read is named, never skipped. Pure: the use case stores what this returns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from html.parser import HTMLParser

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum
from app.domain.working_calendar import HOLIDAY_NAMES, ArrangedDay, OfficialYear, statutory_days

#: The holidays a notice may name (抗战胜利纪念日 was a one-off of 2015).
HOLIDAYS = tuple(HOLIDAY_NAMES.values())
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("messages", "星期一"),
    QT_TRANSLATE_NOOP("messages", "星期二"),
    QT_TRANSLATE_NOOP("messages", "星期三"),
    QT_TRANSLATE_NOOP("messages", "星期四"),
    QT_TRANSLATE_NOOP("messages", "星期五"),
    QT_TRANSLATE_NOOP("messages", "星期六"),
    QT_TRANSLATE_NOOP("messages", "星期日"),
)
_ITEM = re.compile(r"^([一二三四五六七八九十]+)、([^:]*):(.*)$")
_TITLE = re.compile(r"(?:国务院办公厅)?关于(\d{4})年(?:部分)?节假日安排的通知")
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?")
_MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_COUNT = re.compile(r"共?(\d+)天")
_RANGE_SEPARATORS = frozenset({"至", "到", "-", "~"})
_LIST_SEPARATORS = frozenset({"、", ",", "和", "及"})
#: Clauses that add nothing to the days: a day off that is not made up, a day off next to a weekend.
_PLAIN_CLAUSES = frozenset({"", "调休", "不调休", "与周末连休"})


class LineKind(LabelledEnum):
    TITLE = "title", QT_TRANSLATE_NOOP("vocabulary", "标题")  # gives the year
    ARRANGEMENT = "arrangement", QT_TRANSLATE_NOOP("vocabulary", "放假安排")  # a holiday's days
    TEXT = "text", QT_TRANSLATE_NOOP("vocabulary", "正文")  # addressees, preamble, closing, signature
    # Looks like an arrangement but cannot be read: the notice is refused.
    UNREADABLE = "unreadable", QT_TRANSLATE_NOOP("vocabulary", "无法识别")


@dataclass(frozen=True)
class NoticeLine:
    number: int  # counted from 1 in the text as given
    text: str  # as given
    kind: LineKind
    holidays: tuple[str, ...] = ()
    days: tuple[ArrangedDay, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class HolidayNotice:
    """What a notice's text says, with every problem found; refused when there is any."""

    year: int | None
    title: str
    text: str  # as given, kept as the source of the office's data
    lines: tuple[NoticeLine, ...]
    problems: tuple[str, ...]  # each naming its line

    @property
    def days(self) -> tuple[ArrangedDay, ...]:
        return tuple(sorted((d for line in self.lines for d in line.days), key=lambda d: d.day))

    def official_year(self) -> OfficialYear:
        """The year as the calendar takes it (only for a notice without problems)."""
        if self.year is None or self.problems:
            raise ValueError("a notice with problems is not a year's arrangement")
        return OfficialYear(self.year, self.title, self.days)


class _Unreadable(ValueError):
    """Part of a line cannot be read (its message the first argument)."""


def _plain(text: str) -> str:
    """Full-width digits and punctuation as half-width, dashes as ``-``, no spaces: one form to read."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text.translate(str.maketrans("—–〜", "--~")))


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's non-empty lines with their numbers; a line holding several numbered items (a notice
    pasted as one paragraph) is split before each, under the same number."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for piece in re.split(r"(?<=[。.])\s*(?=[一二三四五六七八九十]+、)", line):
            if piece.strip():
                found.append((number, piece.strip()))
    return found


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _Unreadable(
            Message(QT_TRANSLATE_NOOP("messages", "没有{month}月{day}日这一天"), month=month, day=day)
        ) from None


def _remark_problems(day: date, remark: str) -> list[str]:
    problems: list[str] = []
    for part in filter(None, re.split(r"[、,]", remark)):
        weekday = _WEEKDAY.fullmatch(part)
        if weekday:
            stated = _WEEKDAYS.index(weekday.group(1).replace("天", "日"))
            if stated != day.weekday():
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{month}月{day}日是{weekday}，通知写的是“{stated}”"),
                        month=day.month,
                        day=day.day,
                        weekday=_WEEKDAY_NAMES[day.weekday()],
                        stated=part,
                    )
                )
        elif not (part.startswith("农历") or part == "除夕"):
            problems.append(Message(QT_TRANSLATE_NOOP("messages", "无法识别括注“{remark}”"), remark=part))
    return problems


def _dates(text: str, year: int, separators: frozenset[str]) -> tuple[list[date], list[str]]:
    """The dates of a range or a list (a date without year or month takes the one before it's);
    with the problems of their remarks."""
    days: list[date] = []
    problems: list[str] = []
    position, month = 0, None
    for match in _DATE.finditer(text):
        gap = text[position : match.start()]
        if (gap not in separators) if days else gap:  # dates joined by separators, nothing before
            raise _Unreadable(Message(QT_TRANSLATE_NOOP("messages", "无法识别“{text}”"), text=gap or text))
        given_year, given_month, given_day, remark = match.groups()
        year = int(given_year) if given_year else year
        month = int(given_month) if given_month else month
        if month is None:
            raise _Unreadable(
                Message(QT_TRANSLATE_NOOP("messages", "“{text}”没有写月份"), text=match.group(0))
            )
        days.append(_day(year, month, int(given_day)))
        problems += _remark_problems(days[-1], remark or "")
        position = match.end()
    if not days or position != len(text):
        raise _Unreadable(
            Message(QT_TRANSLATE_NOOP("messages", "无法识别“{text}”"), text=text[position:] or text)
        )
    return days, problems


def _days_off(sentence: str, year: int) -> tuple[list[date], list[str]]:
    """``2月15日(…)至23日(…)放假调休,共9天`` → the days and the problems found."""
    span, _, rest = sentence.partition("放假")
    ends, problems = _dates(span, year, _RANGE_SEPARATORS)
    if len(ends) > 2:
        raise _Unreadable(Message(QT_TRANSLATE_NOOP("messages", "“{text}”不是一个日期或一段日期"), text=span))
    first, last = ends[0], ends[-1]
    if last < first:
        raise _Unreadable(
            Message(
                QT_TRANSLATE_NOOP("messages", "{month}月{day}日早于{first_month}月{first_day}日"),
                month=last.month,
                day=last.day,
                first_month=first.month,
                first_day=first.day,
            )
        )
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    count = None
    for clause in rest.removeprefix("调休").split(","):
        stated = _COUNT.fullmatch(clause)
        if stated:
            count = int(stated.group(1))
        elif clause not in _PLAIN_CLAUSES:
            raise _Unreadable(Message(QT_TRANSLATE_NOOP("messages", "无法识别“{text}”"), text=clause))
    if count is not None and count != len(days):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "写明共{count}天，但{first_month}月{first_day}日至{month}月{day}日是{days}天"
                ),
                count=count,
                first_month=first.month,
                first_day=first.day,
                month=last.month,
                day=last.day,
                days=len(days),
            )
        )
    return days, problems


def _holiday_of(day: date, names: list[str]) -> str:
    """A day off of a line naming two holidays (国庆节、中秋节) belongs to the one whose own day it is."""
    own = statutory_days(day.year).get(day)
    return own if own in names else names[0]


def _arrangement(number: int, text: str, year: int) -> NoticeLine:
    """One numbered line: ``二、春节：…放假调休，共9天。…上班。``"""
    item = _ITEM.match(_plain(text))
    if item is None:
        return NoticeLine(
            number,
            text,
            LineKind.UNREADABLE,
            problems=(QT_TRANSLATE_NOOP("messages", "不是“一、元旦：……”的格式"),),
        )
    names = [name for name in re.split(r"[、,]", item.group(2)) if name]
    problems: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("messages", "未知的节日“{name}”（应为{holidays}）"),
            name=name,
            holidays=HOLIDAYS,
        )
        for name in names
        if name not in HOLIDAYS
    ]
    if not names:
        problems.append(QT_TRANSLATE_NOOP("messages", "没有写节日名称"))
    if problems:
        return NoticeLine(number, text, LineKind.UNREADABLE, tuple(names), problems=tuple(problems))
    days: list[ArrangedDay] = []
    try:
        for sentence in filter(None, re.split(r"[。;]", item.group(3))):
            if "放假" in sentence:
                off, found = _days_off(sentence, year)
                days += [ArrangedDay(day, False, _holiday_of(day, names)) for day in off]
            elif sentence.endswith("上班"):
                working, found = _dates(sentence.removesuffix("上班"), year, _LIST_SEPARATORS)
                found += [
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{month}月{day}日是{weekday}，本来就上班，不是调休上班日"
                        ),
                        month=day.month,
                        day=day.day,
                        weekday=_WEEKDAY_NAMES[day.weekday()],
                    )
                    for day in working
                    if day.weekday() < 5
                ]
                days += [ArrangedDay(day, True, names[0]) for day in working]
            elif sentence.startswith("鼓励") or sentence in _PLAIN_CLAUSES:
                found = []  # advice to employers (鼓励…安排职工休息): shown, arranges nothing
            else:
                raise _Unreadable(Message(QT_TRANSLATE_NOOP("messages", "无法识别“{text}”"), text=sentence))
            problems += found
    except _Unreadable as error:
        return NoticeLine(number, text, LineKind.UNREADABLE, tuple(names), problems=(error.args[0],))
    if not any(not d.working for d in days):
        problems.append(QT_TRANSLATE_NOOP("messages", "没有写放假日期"))
    problems += [
        Message(QT_TRANSLATE_NOOP("messages", "{day} 不在 {year} 年前后"), day=d.day.isoformat(), year=year)
        for d in days
        if abs(d.day.year - year) > 1
    ]
    return NoticeLine(number, text, LineKind.ARRANGEMENT, tuple(names), tuple(days), tuple(problems))


def _year_of(lines: list[tuple[int, str]]) -> tuple[int | None, str]:
    """The year and the title: from the title (…关于2027年部分节假日安排的通知), else the preamble."""
    for _number, text in lines:
        title = _TITLE.search(_plain(text))
        if title:
            return int(title.group(1)), title.group(0)
    for _number, text in lines:
        preamble = re.search(r"现将(\d{4})年", _plain(text))
        if preamble:
            return int(preamble.group(1)), ""
    return None, ""


def read_notice(text: str) -> HolidayNotice:
    """Read a notice's text (HTML is taken as its text); never raises: the problems are listed."""
    source = notice_text(text)
    lines = _lines(source)
    year, title = _year_of(lines)
    if year is None:
        problem = QT_TRANSLATE_NOOP(
            "messages", "找不到通知的年份：请连同标题“国务院办公厅关于 XXXX 年部分节假日安排的通知”一起粘贴"
        )
        return HolidayNotice(None, "", source, tuple(NoticeLine(n, t, LineKind.TEXT) for n, t in lines),
                             (problem,))  # fmt: skip
    title = title or f"{year}年部分节假日安排（未含通知标题）"
    read: list[NoticeLine] = []
    for number, text_line in lines:
        plain = _plain(text_line)
        if title in plain:
            read.append(NoticeLine(number, text_line, LineKind.TITLE))
        elif re.match(r"[一二三四五六七八九十]+、", plain):
            read.append(_arrangement(number, text_line, year))
        elif _MONTH_DAY.search(plain) and re.search("放假|上班|调休|休息", plain):
            problem = QT_TRANSLATE_NOOP("messages", "有放假或上班的日期，但不是“一、元旦：……”的格式")
            read.append(NoticeLine(number, text_line, LineKind.UNREADABLE, problems=(problem,)))
        else:
            read.append(NoticeLine(number, text_line, LineKind.TEXT))
    problems: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("messages", "第 {line} 行（{excerpt}）：{problem}"),
            line=line.number,
            excerpt=_excerpt(line.text),
            problem=problem,
        )
        for line in read
        for problem in line.problems
    ]
    seen: dict[date, int] = {}
    for line in read:
        for d in line.days:
            if d.day in seen:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "第 {line} 行（{excerpt}）：{month}月{day}日已在第 {first} 行出现"
                        ),
                        line=line.number,
                        excerpt=_excerpt(line.text),
                        month=d.day.month,
                        day=d.day.day,
                        first=seen[d.day],
                    )
                )
            seen.setdefault(d.day, line.number)
    if not any(line.kind is LineKind.ARRANGEMENT for line in read) and not problems:
        problems.append(
            QT_TRANSLATE_NOOP("messages", "没有找到放假安排：应有“一、元旦：1月1日放假……”这样的条目")
        )
    return HolidayNotice(year, title, source, tuple(read), tuple(problems))


def _excerpt(text: str) -> str:
    """The start of a line, enough to find it: the item up to its colon, or the first 16 characters."""
    head = re.split("[:：]", text, maxsplit=1)[0]
    return head if len(head) <= 16 else head[:16] + "…"


class _TextOfHtml(HTMLParser):
    """The text of a saved web page, a line per paragraph, without scripts and styles."""

    _BLOCKS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data.replace("\n", " "))


def notice_text(content: str) -> str:
    """The notice's text from what was pasted or opened: plain text as it is, a web page's text."""
    if not re.search(r"<(html|body|p|div|br)\b", content, re.IGNORECASE):
        return content
    parser = _TextOfHtml()
    parser.feed(content)
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines() if line.strip())
