"""Consistency of the client's materials (材料预审): one name, one credit code, valid dates.

The seed's failures come from near-identical names (有限公司 on a patent, 有限责任公司 on the
licence), a code copied wrongly, a document that expires before the work is done. Names are
compared exactly, apart from spaces and the width of brackets, which people type either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.chinese_format import format_date_long

_BRACKETS = str.maketrans({"(": "（", ")": "）"})


@dataclass(frozen=True)
class DocumentFacts:
    """What a clerk reads off one document of the client's materials."""

    title: str  # e.g. 营业执照, 专利证书, 公司章程
    company_name: str = ""
    credit_code: str = ""
    issued_on: date | None = None
    expires_on: date | None = None


def _same_name(text: str) -> str:
    return "".join(text.split()).translate(_BRACKETS)


def consistency_problems(
    company_name: str, credit_code: str, documents: list[DocumentFacts], today: date, needed_until: date
) -> list[str]:
    """Every inconsistency, one Chinese sentence each, in document order.

    ``needed_until`` is the hard deadline: a document that expires before then will fail the work.
    """
    problems = []
    for doc in documents:
        where = f"《{doc.title}》"
        if doc.company_name and _same_name(doc.company_name) != _same_name(company_name):
            problems.append(
                f"{where}上的名称“{doc.company_name}”与客户名称“{company_name}”不一致，必须逐字相同"
            )
        if doc.credit_code and "".join(doc.credit_code.split()).upper() != credit_code:
            problems.append(f"{where}上的统一社会信用代码 {doc.credit_code} 与客户的 {credit_code} 不一致")
        if doc.issued_on and doc.issued_on > today:
            problems.append(f"{where}的签发日期 {format_date_long(doc.issued_on)} 晚于今天，日期有误")
        if doc.expires_on and doc.expires_on < today:
            problems.append(f"{where}已于 {format_date_long(doc.expires_on)} 过期")
        elif doc.expires_on and doc.expires_on < needed_until:
            problems.append(
                f"{where}将于 {format_date_long(doc.expires_on)} 到期，早于办理截止时间，请先续期或更换"
            )
        if doc.issued_on and doc.expires_on and doc.expires_on < doc.issued_on:
            problems.append(f"{where}的到期日早于签发日，日期有误")
    return problems
