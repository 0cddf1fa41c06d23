"""The pipeline's rules: which company a submission belongs to, and when a lead is late.

A lead is a company (``Organization``). When an inquiry, material request or
onboarding request arrives, it is attached to the organisation it most likely
belongs to, in this order: a contact with the same email address; then the same
company email domain (never a free-mail domain, which says nothing about the
company); then the same company name once spelling differences are folded away
(full-width/half-width, 株式会社/(株)/Co., Ltd. and spacing). Otherwise a new lead is
created.
"""

from __future__ import annotations

import datetime
import re
import secrets
import unicodedata

import jpholiday

# Free-mail providers: an address there says nothing about the company.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.co.jp",
        "yahoo.com",
        "ymail.com",
        "outlook.com",
        "outlook.jp",
        "hotmail.com",
        "hotmail.co.jp",
        "live.com",
        "live.jp",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "docomo.ne.jp",
        "ezweb.ne.jp",
        "au.com",
        "softbank.ne.jp",
        "i.softbank.jp",
        "nifty.com",
        "biglobe.ne.jp",
        "so-net.ne.jp",
        "ocn.ne.jp",
        "naver.com",
        "qq.com",
        "163.com",
        "126.com",
    }
)

# Legal-form words that differ between spellings of one company's name.
_LEGAL_FORMS = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|"
    r"特定非営利活動法人|\(株\)|\(有\)|\(同\)|㈱|㈲|"
    r"\b(?:co\.?,?\s*ltd\.?|company\s+limited|co\.?|ltd\.?|limited|inc\.?|"
    r"incorporated|corp\.?|corporation|llc|k\.?k\.?|g\.?k\.?)(?=\W|$)",
    re.IGNORECASE,
)


def normalise_company_name(name: str) -> str:
    """A company name with width, case, legal form, spacing and punctuation folded."""
    folded = unicodedata.normalize("NFKC", name or "").lower()
    folded = _LEGAL_FORMS.sub(" ", folded)
    return re.sub(r"[\W_]+", "", folded)


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].lower().strip() if "@" in (email or "") else ""


def company_domain(email: str) -> str:
    """The email's domain when it can identify a company; "" for free-mail."""
    domain = email_domain(email)
    return "" if domain in FREE_MAIL_DOMAINS else domain


def is_business_day(day: datetime.date) -> bool:
    """Monday to Friday, except Japanese public holidays."""
    return day.weekday() < 5 and not jpholiday.is_holiday(day)


def business_days_before(day: datetime.date, count: int) -> datetime.date:
    """The date ``count`` business days before ``day``."""
    while count > 0:
        day -= datetime.timedelta(days=1)
        count -= is_business_day(day)
    return day


# Enrolment codes are read aloud and typed from paper: no 0/O, 1/I/L.
ENROLMENT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
ENROLMENT_CODE_LENGTH = 8


def new_enrolment_code() -> str:
    """A random code for a member company (31^8, about 8.5e11: not guessable by trying)."""
    return "".join(secrets.choice(ENROLMENT_ALPHABET) for _ in range(ENROLMENT_CODE_LENGTH))


def normalise_enrolment_code(text: str) -> str:
    """A code as typed or pasted (full-width, lower case, spaces, hyphens) in the form
    it is stored; "" when it cannot be one."""
    folded = re.sub(r"[\s\-‐‑–—ー－]+", "", unicodedata.normalize("NFKC", text or "")).upper()
    if len(folded) == ENROLMENT_CODE_LENGTH and all(c in ENROLMENT_ALPHABET for c in folded):
        return folded
    return ""
