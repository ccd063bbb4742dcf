"""Talking to the server through the ``caldav`` library: the client (TLS verification always on, a
self-signed certificate trusted only by the fingerprint the user confirmed), discovery of the
calendars from a URL, a host or an e-mail address, and a count of the requests sent."""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..core.frozen import FrozenRecord
from ..platform.paths import data_dir

TIMEOUT_SECONDS = 20
CERTIFICATES = "sync-certificates"  # the certificates the user trusted, in the data folder


class FoundCalendar(FrozenRecord):
    name: str
    url: str


class UntrustedCertificate(Exception):
    """The server's certificate is signed by no authority this machine knows; the user may trust it
    by its fingerprint (``certificate_of``, ``trust_certificate``)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of a certificate as people compare it: "AB:CD:..."."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def certificate_of(url: str, timeout: float = TIMEOUT_SECONDS) -> tuple[str, str]:
    """The certificate a server shows (PEM) and its fingerprint, read without trusting it, to show
    the user before they decide."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=timeout)
    return pem, fingerprint_of(ssl.PEM_cert_to_DER_cert(pem))


def _certificate_file(fingerprint: str) -> Path:
    return data_dir() / CERTIFICATES / (fingerprint.replace(":", "").lower() + ".pem")


def trust_certificate(pem: str) -> str:
    """Keep a certificate the user confirmed; its fingerprint goes in the account. Only that very
    certificate is trusted, for that server's name: verification stays on."""
    fingerprint = fingerprint_of(ssl.PEM_cert_to_DER_cert(pem))
    path = _certificate_file(fingerprint)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    from ..interop.files import write_atomically  # noqa: PLC0415

    write_atomically(path, pem.encode("ascii"))
    return fingerprint


def _verify(fingerprint: str) -> bool | str:
    if not fingerprint:
        return True
    path = _certificate_file(fingerprint)
    if not path.exists():
        return True  # the trusted certificate is gone: verify as usual (and fail, and ask again)
    return str(path)


def is_certificate_problem(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def client(
    url: str,
    user: str,
    password: str,
    *,
    fingerprint: str = "",
    auth_type: str = "",
    timeout: float = TIMEOUT_SECONDS,
    discover: bool = False,
) -> Any:
    """A caldav client (not yet connected) that counts its requests in ``requests_sent``. With
    ``discover``, a host or an e-mail address is looked up as RFC 6764 says (DNS, then
    ``/.well-known/caldav``), over TLS only."""
    import caldav  # noqa: PLC0415 - loaded only when sync runs

    dav = caldav.DAVClient(  # type: ignore[operator]  # caldav names its classes lazily
        url=url,
        username=user,
        password=password,
        timeout=timeout,
        ssl_verify_cert=_verify(fingerprint),
        auth_type=auth_type or None,
        enable_rfc6764=discover,
        require_tls=True,
    )
    dav.requests_sent = 0
    send = dav.session.request

    def counted(*args: Any, **kwargs: Any) -> Any:
        dav.requests_sent += 1
        return send(*args, **kwargs)

    dav.session.request = counted
    return dav


def auth_type_of(dav: Any) -> str:
    """The scheme the server asked for ("basic", "digest"), learned from its first 401: the account
    keeps it, so later syncs send the password at once instead of being refused first."""
    name = type(getattr(dav, "auth", None)).__name__.lower()
    return next((kind for kind in ("digest", "basic", "bearer") if kind in name), "")


def _server_url(server: str) -> tuple[str, bool]:
    """The URL to start from, and whether to look it up (RFC 6764) first."""
    server = server.strip()
    if "://" in server:
        return server, False
    if "@" in server:
        return server, True  # an e-mail address: its domain is looked up
    return server, True


def principal_of(dav: Any) -> Any:
    """The user's principal; a server root that is not the DAV root is tried at /.well-known/caldav."""
    from caldav.lib import error  # noqa: PLC0415

    try:
        return dav.principal()
    except (error.NotFoundError, error.PropfindError):
        parts = urlsplit(str(dav.url))
        if parts.path not in ("", "/"):
            raise
        dav.url = dav.url.join("/.well-known/caldav")
        return dav.principal()


def discover(server: str, user: str, password: str, *, fingerprint: str = "") -> tuple[Any, Any, list[FoundCalendar]]:
    """Connect and list the user's calendars (principal, calendar-home-set, its calendars)."""
    url, look_up = _server_url(server)
    dav = client(url, user, password, fingerprint=fingerprint, discover=look_up)
    principal = principal_of(dav)
    found = [FoundCalendar(cal.get_display_name() or _last_part(str(cal.url)), str(cal.url))
             for cal in principal.calendars()]  # fmt: skip
    return dav, principal, found


def calendar_for(principal: Any, found: list[FoundCalendar], name: str) -> FoundCalendar:
    """The calendar of that name, made when there is none (with its name; events only)."""
    for calendar in found:
        if calendar.name.casefold() == name.casefold():
            return calendar
    made = principal.make_calendar(name=name, supported_calendar_component_set=["VEVENT"])
    return FoundCalendar(name, str(made.url))


def _last_part(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]
