"""Reading the State Council's holiday notice: the 2025 and 2026 notices as published reproduce
chinesecalendar on every day of their year, in any width of digits and punctuation, pasted or saved
as a web page; a notice that contradicts itself or has a line that cannot be read is refused, the
line named."""

import re
from datetime import date, timedelta

import pytest

from app.domain.holiday_notice import LineKind, notice_text, read_notice
from app.domain.working_calendar import (
    DayInfo,
    OfficialYear,
    WorkingCalendar,
    library_differences,
    official_year_days,
    statutory_day_info,
)
from tests.helpers import HOLIDAY_NOTICES

NOTICE_2026 = (HOLIDAY_NOTICES / "2026.txt").read_text(encoding="utf-8")
#: Full-width forms of the digits and of the ASCII punctuation a notice uses.
FULL_WIDTH = str.maketrans("0123456789():,;", "０１２３４５６７８９（）：，；")
HALF_WIDTH = str.maketrans("（）：，；　", "():,; ")


def _state(info: DayInfo) -> tuple:
    return info.working, info.holiday, info.makeup


@pytest.mark.parametrize("year", [2025, 2026])
def test_each_published_notice_agrees_with_chinesecalendar_on_every_day_of_its_year(year):
    notice = read_notice((HOLIDAY_NOTICES / f"{year}.txt").read_text(encoding="utf-8"))
    assert notice.problems == () and notice.year == year
    assert notice.title == f"国务院办公厅关于{year}年部分节假日安排的通知"
    official = notice.official_year()
    calendar = WorkingCalendar(official=[official])
    days = official_year_days(official)
    assert len(days) == 365
    assert [_state(calendar.day(d)) for d in days] == [_state(statutory_day_info(d)) for d in days]
    assert library_differences(official) == []
    assert (
        not calendar.is_estimated(date(year, 2, 1)) and calendar.day(date(year, 2, 1)).source == notice.title
    )


def test_the_2026_notice_lists_every_day_off_and_make_up_day_with_its_holiday():
    notice = read_notice(NOTICE_2026)
    kinds = [line.kind for line in notice.lines]
    assert kinds.count(LineKind.ARRANGEMENT) == 7 and kinds[0] is LineKind.TITLE
    spring = notice.lines[kinds.index(LineKind.ARRANGEMENT) + 1]
    assert spring.holidays == ("春节",)
    assert [(d.day, d.working) for d in spring.days if d.working] == [
        (date(2026, 2, 14), True),
        (date(2026, 2, 28), True),
    ]
    off = [d for d in notice.days if not d.working]
    working = [d for d in notice.days if d.working]
    assert (len(off), len(working)) == (33, 6)
    assert all(d.holiday == "国庆节" for d in notice.days if d.day.month == 10)


def test_a_line_naming_two_holidays_gives_each_its_own_day():
    notice = read_notice((HOLIDAY_NOTICES / "2025.txt").read_text(encoding="utf-8"))
    names = {d.day: d.holiday for d in notice.days}
    assert names[date(2025, 10, 6)] == "中秋节"  # 八月十五
    assert names[date(2025, 10, 5)] == names[date(2025, 9, 28)] == "国庆节"


@pytest.mark.parametrize(
    "variant",
    [
        lambda text: text.translate(FULL_WIDTH),
        lambda text: text.translate(HALF_WIDTH),
        lambda text: re.sub(r"\n\s*(?=[一二三四五六七]、)", "", text),  # the items as one paragraph
        lambda text: text.replace("日", " 日 ").replace("月", " 月 "),  # spaced out by a PDF reader
        lambda text: text.replace("至", "—").replace("周", "星期"),
    ],
    ids=["full-width", "half-width", "one-paragraph", "spaced", "dash-and-星期"],
)
def test_the_notice_reads_the_same_in_any_width_and_layout(variant):
    assert read_notice(variant(NOTICE_2026)).days == read_notice(NOTICE_2026).days
    assert read_notice(variant(NOTICE_2026)).problems == ()


def test_a_saved_web_page_is_read_as_its_text():
    paragraphs = "".join(f"<p>{line}</p>\n" for line in NOTICE_2026.splitlines())
    page = (
        "<html><head><title>国务院办公厅关于2026年部分节假日安排的通知_政府信息公开</title>"
        "<style>p { margin: 0 }</style><script>var d = '1月1日放假';</script></head>"
        f"<body><div class='pages_content'>{paragraphs.replace('、', '&#12289;')}</div></body></html>"
    )
    notice = read_notice(page)
    assert notice.problems == () and notice.days == read_notice(NOTICE_2026).days
    assert "<p>" not in notice.text and "var d" not in notice.text
    assert notice_text("一、元旦：1月1日放假。") == "一、元旦：1月1日放假。"  # plain text as it is


def _with(old: str, new: str) -> str:
    assert old in NOTICE_2026
    return NOTICE_2026.replace(old, new)


MALFORMED = [
    ("放假调休，共9天", "放假调休，共8天", "第 6 行（二、春节）：写明共8天，但2月15日至2月23日是9天"),
    ("1月1日（周四）", "1月1日（周五）", "第 5 行（一、元旦）：1月1日是星期四，通知写的是“周五”"),
    (
        "2月28日（周六）上班",
        "2月28日（周六）补班",
        "第 6 行（二、春节）：无法识别“2月14日(周六)、2月28日(周六)补班”",
    ),
    ("三、清明节：", "三、清明节 ", "第 7 行（三、清明节 4月4日（周六）至6…）：不是“一、元旦：……”的格式"),
    ("五、端午节：", "端午节：", "第 9 行（端午节）：有放假或上班的日期，但不是“一、元旦：……”的格式"),
    ("六、中秋节", "六、仲秋节", "第 10 行（六、仲秋节）：未知的节日“仲秋节”"),
    ("六、中秋节", "六、", "第 10 行（六、）：没有写节日名称"),
    ("9月25日（周五）至27日", "9月25日（周五）至28日", "但9月25日至9月28日是4天"),
    ("5月9日（周六）上班", "5月8日（周五）上班", "5月8日是星期五，本来就上班，不是调休上班日"),
    ("5月9日（周六）上班", "10月10日（周六）上班", "第 11 行（七、国庆节）：10月10日已在第 8 行出现"),
    ("4月4日（周六）至6日", "4月4日（周六）至2日", "4月2日早于4月4日"),
    ("6月19日", "6月31日", "没有6月31日这一天"),
    ("6月19日", "19日", "“19日(周五)”没有写月份"),
    ("9月25日（周五）", "9月25日（暂定）", "无法识别括注“暂定”"),
    ("至21日（周日）放假", "至20日至21日（周日）放假", "不是一个日期或一段日期"),
    ("放假，共3天。\n　　六", "放假，约3天。\n　　六", "无法识别“约3天”"),
    ("6月19日", "约6月19日", "无法识别“约”"),
    ("9月20日（周日）、", "9月20日（周日）以及", "无法识别“以及”"),
    ("4月4日（周六）至6日（周一）放假，共3天。", "4月5日（周日）上班。", "没有写放假日期"),
    ("1月4日（周日）上班", "1月4日（周日）上班。另行通知", "无法识别“另行通知”"),
    ("1月4日（周日）上班", "1月4日（周日）等上班", "无法识别“等”"),
    ("9月20日（周日）", "2029年9月23日（周日）", "2029-09-23 不在 2026 年前后"),
]


@pytest.mark.parametrize(("old", "new", "problem"), MALFORMED, ids=[problem for *_, problem in MALFORMED])
def test_a_notice_that_contradicts_itself_or_cannot_be_read_is_refused_naming_the_line(old, new, problem):
    notice = read_notice(_with(old, new))
    assert any(problem in found for found in notice.problems), notice.problems
    with pytest.raises(ValueError, match="problems"):
        notice.official_year()


def test_an_unreadable_line_is_shown_with_the_others_never_skipped():
    notice = read_notice(_with("五、端午节：", "端午节："))
    line = next(line for line in notice.lines if line.number == 9)
    assert line.kind is LineKind.UNREADABLE and line.kind.label == "无法识别"
    assert [line.number for line in notice.lines] == [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]


def test_a_notice_without_its_year_or_without_arrangements_is_refused():
    headless = "\n".join(line for line in NOTICE_2026.splitlines() if "2026" not in line)
    assert read_notice(headless).problems[0].startswith("找不到通知的年份")
    assert read_notice(headless).year is None
    body = "\n".join(
        line for line in NOTICE_2026.splitlines() if "、" not in line[:4] and "、" not in line[2:4]
    )
    assert read_notice(body).problems == ("没有找到放假安排：应有“一、元旦：1月1日放假……”这样的条目",)


def test_a_notice_pasted_without_its_title_takes_the_year_from_the_preamble():
    notice = read_notice(NOTICE_2026.split("\n", 1)[1])
    assert notice.problems == () and notice.year == 2026
    assert notice.title == "2026年部分节假日安排（未含通知标题）"


def test_the_older_forms_are_read_too():
    text = (
        "国务院办公厅关于2019年部分节假日安排的通知\n"
        "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。\n"
        "二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。"
        "鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月4日）休息。\n"
        "三、清明节：4月5日放假，与周末连休。\n"
        "四、端午节：6月7日放假1天，不调休。"
    )
    notice = read_notice(text)
    assert notice.problems == ()
    assert {date(2018, 12, 30), date(2018, 12, 29), date(2019, 4, 5), date(2019, 6, 7)} <= {
        d.day for d in notice.days
    }
    calendar = WorkingCalendar(official=[notice.official_year()])
    assert calendar.day(date(2018, 12, 29)).makeup  # arranged in the year before
    assert calendar.day(date(2019, 3, 2)) == DayInfo(date(2019, 3, 2), False, source=notice.title)


def test_a_long_unreadable_line_is_named_by_its_start():
    notice = read_notice(_with("五、端午节：", "五、端午节放假安排如下我们还不知道具体日期"))
    assert any(p.startswith("第 9 行（五、端午节放假安排如下我们还不知…）") for p in notice.problems)


def test_chinesecalendar_differences_are_found_day_by_day():
    doctored = read_notice(_with("10月10日（周六）上班", "10月10日（周六）上班。"))
    assert doctored.problems == ()
    changed = read_notice(_with("、10月10日（周六）上班", "上班")).official_year()
    differences = library_differences(changed)
    assert [(ours.day, ours.working, library.working) for ours, library in differences] == [
        (date(2026, 10, 10), False, True)
    ]
    assert (
        library_differences(OfficialYear(2031, "示例", ())) == []
    )  # no library data for the year: nothing to compare


def test_every_day_of_a_notice_year_falls_to_the_weekend_rule_unless_listed():
    official = read_notice(NOTICE_2026).official_year()
    calendar = WorkingCalendar(official=[official])
    listed = {d.day for d in official.days}
    plain = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    assert all(calendar.day(d).working == (d.weekday() < 5) for d in plain if d not in listed)
