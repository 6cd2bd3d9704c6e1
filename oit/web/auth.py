"""Accounts, sessions and CSRF tokens for the web app. Storage: oit/web/webstore.py (its own file).

Passwords are hashed with argon2id (argon2-cffi). A session cookie holds a random
token; the database keeps only its SHA-256, so a copy of the database does not
let anyone in. Each session has its own CSRF token, checked on every POST.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from oit.web.webstore import User, WebStore

ROLES = ("auditor", "viewer")  # viewers may log in but never write
MIN_PASSWORD = 8
SESSION_HOURS = 12
_NAME = re.compile(r"^[^\s/\\<>\"'&]{1,64}$")
_hasher = PasswordHasher()
# Verified when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(Exception):
    """Bad user name or password for a new account; the message is for the user."""


def check_new_account(name: str, password: str) -> None:
    if not _NAME.match(name):
        raise AccountError("user name: 1–64 characters, no spaces or quotes / ชื่อผู้ใช้ไม่ถูกต้อง")
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            f"password too short (at least {MIN_PASSWORD} characters) / "
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร"
        )


def add_user(store: WebStore, name: str, password: str, role: str = "auditor") -> bool:
    """Create an account (or reset its password, ending its sessions); True when it is new."""
    check_new_account(name, password)
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)} / บทบาทไม่ถูกต้อง")
    return store.set_user(name, _hasher.hash(password), role)


def authenticate(store: WebStore, name: str, password: str) -> User | None:
    """The user when ``password`` is right and the account enabled, else None (same cost either way)."""
    user = store.user(name) if _NAME.match(name or "") else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        store.rehash(user.name, _hasher.hash(password))
    return user


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_session(store: WebStore, user: str) -> tuple[str, str]:
    """Start a session; returns (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=SESSION_HOURS)
    store.add_session(token_hash(token), user, csrf, expires.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return token, csrf


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))
