"""大写 amounts: the 零 and 整 rules across the cases letters meet."""

from decimal import Decimal

import pytest

from app.domain.chinese_amount import chinese_integer, rmb_capitals, spoken_amount, yuan_in_capitals


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.50", "人民币伍角整"),
        ("1.05", "人民币壹元零伍分"),
        ("10", "人民币壹拾元整"),
        ("15", "人民币壹拾伍元整"),
        ("100.10", "人民币壹佰元壹角整"),
        ("1005", "人民币壹仟零伍元整"),
        ("1010", "人民币壹仟零壹拾元整"),
        ("12345.6", "人民币壹万贰仟叁佰肆拾伍元陆角整"),
        ("12345.67", "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("100000", "人民币壹拾万元整"),
        ("100500", "人民币壹拾万零伍佰元整"),
        ("1000000", "人民币壹佰万元整"),
        ("1000010", "人民币壹佰万零壹拾元整"),
        ("10000001.01", "人民币壹仟万零壹元零壹分"),
        ("100000000", "人民币壹亿元整"),
        ("100010000", "人民币壹亿零壹万元整"),
        ("230000010.20", "人民币贰亿叁仟万零壹拾元贰角整"),
        ("1000000000.01", "人民币壹拾亿元零壹分"),
        ("100000001", "人民币壹亿零壹元整"),
        ("10100", "人民币壹万零壹佰元整"),
        ("1500000000000", "人民币壹万伍仟亿元整"),
        ("1000100000000", "人民币壹万零壹亿元整"),
    ],
)
def test_capitals(amount: str, capitals: str):
    assert rmb_capitals(Decimal(amount)) == capitals


def test_amounts_round_to_the_fen_and_negative_ones_are_refused():
    assert rmb_capitals(Decimal("0.005")) == "人民币壹分"
    with pytest.raises(ValueError, match="负数"):
        rmb_capitals(Decimal("-1"))


def test_a_form_refuses_amounts_beyond_what_letters_write():
    from app.domain.cost_estimate import parse_amount

    with pytest.raises(ValueError, match="过大"):
        parse_amount("1e16")


def test_whole_yuan_of_zero_are_written_as_a_single_zero():
    assert yuan_in_capitals(0) == "零"
    assert yuan_in_capitals(10_000_001) == "壹仟万零壹"


@pytest.mark.parametrize(
    ("text", "number"),
    [("十二", 12), ("二十", 20), ("一百二", 120), ("一百零五", 105), ("一千二", 1200), ("一千零二", 1002),
     ("三千五百", 3500), ("一千二百五十", 1250), ("一千零", 1000), ("两千五", 2500), ("一万二", 12000),
     ("一万零二百", 10200), ("十万", 100000), ("一千二百万", 12_000_000), ("一亿二", 120_000_000),
     ("壹万贰仟叁佰肆拾伍", 12345), ("二〇二六", 2026), ("七", 7), ("万", 10000)],
)  # fmt: skip
def test_numbers_in_words_as_clerks_type_them(text, number):
    assert chinese_integer(text) == number


@pytest.mark.parametrize("text", ["", "十百", "三千五五", "一千x"])
def test_what_is_not_a_number_in_words_is_refused(text):
    with pytest.raises(ValueError):
        chinese_integer(text)


@pytest.mark.parametrize(
    ("text", "amount"), [("一千二", "1200"), ("1.2万", "12000"), ("12元5角", "12.5"), ("5分", "0.05")]
)
def test_amounts_said_in_words(text, amount):
    assert spoken_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["元", "1.2.3万", "1.2.3元", "十二元五"])
def test_amounts_said_wrongly_are_refused(text):
    with pytest.raises(ValueError):
        spoken_amount(text)
