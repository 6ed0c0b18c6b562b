"""Pure rules: telephone numbers, the office profile (with its credit code and bank account), Chinese
date formats, the word lists."""

from datetime import date, datetime

import pytest

from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.office_profile import OfficeProfileData, normalize_account, office_profile_problems
from app.domain.phone import phone_problem
from app.domain.typed_moment import parse_date
from app.domain.vocabulary import BOARD_STATUSES, CaseStatus, ServiceType, TaskStatus


@pytest.mark.parametrize(
    "number",
    ["13912345678", "139 1234 5678", "+8613912345678", "021-61234567", "0755-8123456", "(010)12345678",
     "021-61234567-801", "021-61234567转801", "400-820-8820"],
)  # fmt: skip
def test_mainland_numbers_are_accepted(number):
    assert phone_problem(number) is None


def test_a_short_mobile_number_says_how_many_digits_it_has():
    assert phone_problem("1391234567") == "手机号码应为 11 位数字，现在是 10 位"


@pytest.mark.parametrize("number", ["55555", "23912345678", "021-123", "abc"])
def test_other_text_is_refused_with_an_example(number):
    assert "如 13912345678" in phone_problem(number)


def test_an_empty_number_is_asked_for():
    assert phone_problem("  ") == "请填写电话号码"


def test_office_profile_needs_a_name_and_a_valid_phone():
    problems = office_profile_problems(OfficeProfileData(name=" ", phone="12"))
    assert problems == {"name": "请填写机构名称", "phone": problems["phone"]}
    assert "电话" in problems["phone"] or "手机" in problems["phone"]


def test_office_profile_phone_is_optional_and_lengths_are_checked():
    assert office_profile_problems(OfficeProfileData(name="明远企业服务")) == {}
    assert office_profile_problems(OfficeProfileData(name="明" * 201)) == {"name": "不能超过 200 个字"}


def test_the_office_credit_code_and_bank_account_are_checked_as_pasted():
    pasted = OfficeProfileData(
        "明远",
        credit_code=" 9131 0115 ma1h 7my8 x8 ",
        bank_name="招商银行",
        bank_account="1219-0988 7610 001",
    )
    assert office_profile_problems(pasted) == {}
    kept = pasted.stripped()
    assert (kept.credit_code, kept.bank_account) == ("91310115MA1H7MY8X8", "121909887610001")
    assert normalize_account("１２１９ ０９８８") == "12190988"  # full-width digits, as some IMEs type


def test_a_wrong_credit_code_or_account_is_refused_under_its_field():
    problems = office_profile_problems(
        OfficeProfileData("明远", credit_code="91310115MA1H7MY8X9", bank_name="招商银行", bank_account="12A4")
    )
    assert set(problems) == {"credit_code", "bank_account"} and "校验" in problems["credit_code"]
    assert problems["bank_account"] == "银行账号只能包含数字"


def test_the_bank_and_the_account_go_together():
    assert office_profile_problems(OfficeProfileData("明远", bank_account="6222")) == {
        "bank_name": "请同时填写开户银行和银行账号"
    }
    assert office_profile_problems(OfficeProfileData("明远", bank_name="招商银行")) == {
        "bank_account": "请同时填写开户银行和银行账号"
    }
    long = OfficeProfileData("明远", bank_name="行" * 101, bank_account="1" * 41)
    assert office_profile_problems(long) == {
        "bank_name": "不能超过 100 个字",
        "bank_account": "不能超过 40 个字",
    }


def test_chinese_date_formats():
    assert format_datetime(datetime(2026, 2, 14, 9, 5)) == "2026-02-14 09:05"
    assert format_date_long(date(2026, 2, 14)) == "2026年2月14日（星期六）"


def test_word_lists_carry_chinese_labels_and_stable_codes():
    assert ServiceType("tax_clearance").label == "清税"
    assert [s.label for s in BOARD_STATUSES] == ["待办", "进行中", "待复核", "受阻", "已完成"]
    assert TaskStatus("cancelled").label == "已取消"  # a closed case's undone task: on no board
    assert [s for s in CaseStatus if s.is_open] == [CaseStatus.INTAKE, CaseStatus.ACCEPTED, CaseStatus.ACTIVE]


@pytest.mark.parametrize(
    "text", ["2026-01-31", "2026/1/31", "2026.1.31", "20260131", "2026年1月31日", " 2026-1-31 "]
)
def test_dates_are_read_the_way_clerks_type_them(text):
    assert parse_date(text) == date(2026, 1, 31)


@pytest.mark.parametrize("text", ["2026-02-30", "31/01/2026", "明天", "2026-13", ""])
def test_a_date_that_does_not_exist_is_refused_in_chinese(text):
    with pytest.raises(ValueError, match="无法识别的日期"):
        parse_date(text)
