"""Messages read in Chinese as they are, and keep their template and parameters for a translation."""

from datetime import date, datetime

from app.domain.message import Message
from app.domain.vocabulary import StaffRole


def test_a_message_is_its_chinese_text_with_the_parameters_filled_in():
    message = Message("不能超过 {limit} 个字", limit=200)
    assert message == "不能超过 200 个字"
    assert message.template == "不能超过 {limit} 个字"
    assert message.params == {"limit": 200}


def test_parameters_read_as_chinese_words_days_moments_and_lists():
    message = Message(
        "{role}于 {day}（{at}）通知了{roles}：{inner}",
        role=StaffRole.MANAGER,
        day=date(2026, 11, 23),
        at=datetime(2026, 11, 23, 15, 0),
        roles=(StaffRole.FRONT_DESK, StaffRole.COMPLIANCE),
        inner=Message("第 {n} 项", n=2),
    )
    assert message == "主管于 2026年11月23日（星期一）（2026-11-23 15:00）通知了前台、合规复核：第 2 项"
    assert message.params["role"] is StaffRole.MANAGER
