"""Material consistency: the seed's near-identical names, wrong codes, expired documents."""

from datetime import date

from app.domain.material_consistency import DocumentFacts, consistency_problems

NAME = "上海华信科技有限责任公司"
CODE = "91310115MA1K3YJ2X0"
TODAY, DEADLINE = date(2026, 11, 23), date(2026, 12, 4)


def _check(*documents):
    return consistency_problems(NAME, CODE, list(documents), TODAY, DEADLINE)


def test_consistent_materials_pass():
    assert (
        _check(
            DocumentFacts("营业执照", NAME, CODE, date(2019, 3, 1)),
            DocumentFacts("专利证书", "上海华信科技 有限责任公司", "9131 0115ma1k3yj2x0", date(2022, 5, 6)),
            DocumentFacts("食品经营许可证", NAME, expires_on=date(2027, 6, 30)),
        )
        == []
    )


def test_youxian_gongsi_against_youxian_zeren_gongsi_is_a_mismatch():
    problems = _check(DocumentFacts("专利证书", "上海华信科技有限公司"))
    assert problems == [
        "《专利证书》上的名称“上海华信科技有限公司”与客户名称“上海华信科技有限责任公司”不一致，必须逐字相同"
    ]


def test_brackets_of_either_width_are_the_same_name():
    statute = DocumentFacts("章程", "华信科技(上海)有限公司")
    assert consistency_problems("华信科技（上海）有限公司", CODE, [statute], TODAY, DEADLINE) == []


def test_a_different_credit_code_is_reported():
    assert (
        "统一社会信用代码 91310115MA1K3YJ2X1 与客户的"
        in _check(DocumentFacts("税务登记表", credit_code="91310115MA1K3YJ2X1"))[0]
    )


def test_dates_expired_expiring_and_impossible():
    problems = _check(
        DocumentFacts("食品经营许可证", expires_on=date(2026, 11, 1)),
        DocumentFacts("房屋租赁合同", expires_on=date(2026, 11, 30)),
        DocumentFacts("授权委托书", issued_on=date(2026, 12, 1)),
        DocumentFacts("审计报告", issued_on=date(2026, 5, 1), expires_on=date(2026, 4, 1)),
    )
    assert problems[0] == "《食品经营许可证》已于 2026年11月1日（星期日） 过期"
    assert "将于 2026年11月30日（星期一） 到期，早于办理截止时间" in problems[1]
    assert "签发日期 2026年12月1日（星期二） 晚于今天" in problems[2]
    assert problems[3:] == [
        "《审计报告》已于 2026年4月1日（星期三） 过期",
        "《审计报告》的到期日早于签发日，日期有误",
    ]
