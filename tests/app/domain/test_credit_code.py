"""Unified social credit codes: valid ones pass, each kind of mistake says where it is."""

import random

import pytest
from stdnum.cn import uscc

from app.domain.credit_code import credit_code_problem, normalize_credit_code, problem_as_typed
from app.sample.office import sample_credit_code


def _with_check(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17)


VALID = [
    _with_check("91310115MA1K3YJ2X"),  # a company registered by market regulation (工商)
    _with_check("12100000400000624"),  # a public institution (机构编制)
    _with_check("Y1440300MA5DXYQ81"),  # letters in positions 1–2, as GB 32100 allows
    _with_check("N2330106123456789"),
]


@pytest.mark.parametrize("code", VALID)
def test_valid_codes_pass(code):
    assert credit_code_problem(code) is None


def test_generated_sample_codes_pass():
    rng = random.Random(3)
    assert all(credit_code_problem(sample_credit_code(rng, "310115")) is None for _ in range(200))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91310115MA1K3IJ2X0", "第 14 位的“I”不允许：统一社会信用代码不使用字母 I、O、S、V、Z"),
        ("91310115MA1K3OJ2X0", "第 14 位的“O”不允许"),
        ("91310115MA1KSYJ2X0", "第 13 位的“S”不允许"),
        ("91310115VA1K3YJ2X0", "第 9 位的“V”不允许"),
        ("91310115MA1K3YJ2Z0", "第 17 位的“Z”不允许"),
        ("9131A115MA1K3YJ2X0", "第 5 位的“A”应为数字"),
        ("91310115MA1K3YJ2X", "应为 18 位，现在是 17 位"),
        ("91310115MA1K3YJ2X0 1", "应为 18 位，现在是 19 位"),  # no cut-off: the whole paste counts
        ("91310115MA1K3YJ2X#", "第 18 位的“#”不是统一社会信用代码使用的字符"),
        ("", "请填写统一社会信用代码"),
    ],
)
def test_mistakes_name_the_character(code, message):
    assert message in credit_code_problem(code)


def test_a_wrong_check_character_asks_for_a_recheck_without_naming_the_right_one():
    code = VALID[0]
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    assert credit_code_problem(wrong) == "统一社会信用代码未通过校验，有字符抄错：请对照营业执照逐位核对"


@pytest.mark.parametrize(
    "pasted",
    [
        "9131 0115ma1k 3yj2 x5",
        " 9131-0115-MA1K-3YJ2-X5 ",
        "９１３１０１１５ＭＡ１Ｋ３ＹＪ２Ｘ５",  # full-width, as a Chinese IME types it
        "9131\u30000115\u3000ma1k—3yj2–x5",  # ideographic spaces and dashes from a document
    ],
)
def test_a_pasted_code_is_normalised_before_it_is_checked(pasted):
    assert normalize_credit_code(pasted) == VALID[0]
    assert credit_code_problem(pasted) is None


def test_while_typed_a_wrong_character_shows_at_once_and_the_length_only_when_whole():
    assert problem_as_typed("") is None and problem_as_typed("9133 01") is None  # still typing
    assert "第 3 位的“I”不允许" in problem_as_typed("91I3")
    assert problem_as_typed("9133 0106 ma2h 3k7p 0b") == credit_code_problem("91330106MA2H3K7P0B")
