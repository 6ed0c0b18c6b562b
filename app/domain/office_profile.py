"""The office profile printed on letterheads, and what makes it complete."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields

from app.domain.credit_code import credit_code_problem, normalize_credit_code
from app.domain.phone import phone_problem
from app.domain.text_limits import add_length_problems
from app.domain.vocabulary import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class OfficeProfileData:
    name: str
    address: str = ""
    phone: str = ""
    signatory: str = ""
    seal_text: str = ""
    # 乙方's identity and where the client pays, printed on the confirmation letter.
    credit_code: str = ""
    bank_name: str = ""  # 开户银行
    bank_account: str = ""  # 银行账号

    def stripped(self) -> OfficeProfileData:
        """Each field trimmed; the credit code and account number also without inner spaces, as pasted
        from a bank slip (the code in capitals)."""
        values = {f.name: getattr(self, f.name).strip() for f in fields(self)}
        values["credit_code"] = normalize_credit_code(values["credit_code"])
        values["bank_account"] = normalize_account(values["bank_account"])
        return OfficeProfileData(**values)


def normalize_account(text: str) -> str:
    """A bank account number as kept: full-width digits made plain, spaces and hyphens dropped."""
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("-", "")


#: Longest text each field takes (the database columns' lengths).
FIELD_LIMITS = {
    "name": 200, "address": 300, "phone": 40, "signatory": 60, "seal_text": 200,
    "credit_code": 18, "bank_name": 100, "bank_account": 40,
}  # fmt: skip


def office_profile_problems(profile: OfficeProfileData) -> dict[str, str]:
    """Field name → Chinese message for each field that cannot be saved as typed."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = QT_TRANSLATE_NOOP("messages", "请填写机构名称")
    if profile.phone.strip() and (message := phone_problem(profile.phone)):
        problems["phone"] = message
    code = normalize_credit_code(profile.credit_code)
    if code and (message := credit_code_problem(code)):
        problems["credit_code"] = message
    account = normalize_account(profile.bank_account)
    if account and not (account.isascii() and account.isdigit()):
        problems["bank_account"] = QT_TRANSLATE_NOOP("messages", "银行账号只能包含数字")
    if bool(account) != bool(profile.bank_name.strip()):
        missing = "bank_name" if account else "bank_account"
        problems.setdefault(missing, QT_TRANSLATE_NOOP("messages", "请同时填写开户银行和银行账号"))
    stripped = profile.stripped()
    add_length_problems(
        problems, {name: (getattr(stripped, name), limit) for name, limit in FIELD_LIMITS.items()}
    )
    return problems
