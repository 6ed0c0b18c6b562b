"""Consistency of the client's materials (材料预审): one name, one credit code, valid dates.

The seed's failures come from near-identical names (有限公司 on a patent, 有限责任公司 on the
licence), a code copied wrongly, a document that expires before the work is done. Names are
compared exactly, apart from spaces and the width of brackets, which people type either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

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
    problems: list[str] = []
    for doc in documents:
        where = f"《{doc.title}》"
        if doc.company_name and _same_name(doc.company_name) != _same_name(company_name):
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{where}上的名称“{company_name}”与客户名称“{client_name}”不一致，必须逐字相同",
                    ),
                    where=where,
                    company_name=doc.company_name,
                    client_name=company_name,
                )
            )
        if doc.credit_code and "".join(doc.credit_code.split()).upper() != credit_code:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where}上的统一社会信用代码 {credit_code} 与客户的 {client_code} 不一致"
                    ),
                    where=where,
                    credit_code=doc.credit_code,
                    client_code=credit_code,
                )
            )
        if doc.issued_on and doc.issued_on > today:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}的签发日期 {issued_on} 晚于今天，日期有误"),
                    where=where,
                    issued_on=doc.issued_on,
                )
            )
        if doc.expires_on and doc.expires_on < today:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}已于 {expires_on} 过期"),
                    where=where,
                    expires_on=doc.expires_on,
                )
            )
        elif doc.expires_on and doc.expires_on < needed_until:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where}将于 {expires_on} 到期，早于办理截止时间，请先续期或更换"
                    ),
                    where=where,
                    expires_on=doc.expires_on,
                )
            )
        if doc.issued_on and doc.expires_on and doc.expires_on < doc.issued_on:
            problems.append(
                Message(QT_TRANSLATE_NOOP("messages", "{where}的到期日早于签发日，日期有误"), where=where)
            )
    return problems
