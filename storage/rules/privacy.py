"""Customers' phone numbers: who sees them whole. One masking rule (138****5678) and the two places
a number can go: a window (phone.unmasked: the roles that call customers) or out of the program on
paper or in a file (phone.export; a list printed without a login, `main.py print`, is always masked)."""
import re

from storage.rules.auth import may


def mask_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 7:
        return phone
    return f"{digits[:3]}****{digits[-4:]}"


def phone_on_screen(user, phone: str) -> str:
    return phone if may(user, "phone.unmasked") else mask_phone(phone)


def phone_on_paper(user, phone: str) -> str:
    return phone if user is not None and may(user, "phone.export") else mask_phone(phone)
