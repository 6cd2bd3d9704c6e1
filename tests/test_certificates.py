"""What a browser would reject in a site's certificate (crawler.spiders.agency.certificate_problems)."""

from __future__ import annotations

import datetime as dt
import ipaddress

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crawler.spiders.agency import certificate_problems

_KEY = ec.generate_private_key(ec.SECP256R1())


def _cert(names: list[x509.GeneralName], days: tuple[int, int] = (-1, 30)) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "a.go.th")])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(_KEY.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
    )
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(_KEY, hashes.SHA256())


def test_names_and_wildcards_match_like_a_browser() -> None:
    cert = _cert([x509.DNSName("www.a.go.th"), x509.DNSName("*.a.go.th")])
    assert certificate_problems(cert, "www.a.go.th") == []
    assert certificate_problems(cert, "news.a.go.th") == []
    assert certificate_problems(cert, "x.news.a.go.th") == ["name mismatch"]  # one label only
    assert certificate_problems(cert, "b.go.th") == ["name mismatch"]


def test_ip_addresses_and_no_common_name_fallback() -> None:
    assert (
        certificate_problems(
            _cert([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), "127.0.0.1"
        )
        == []
    )
    assert certificate_problems(_cert([x509.DNSName("a.go.th")]), "127.0.0.1") == ["name mismatch"]
    # The subject's CN says a.go.th, but without subjectAltName browsers reject the name.
    assert certificate_problems(_cert([]), "a.go.th") == ["name mismatch"]


def test_dates_are_problems_too() -> None:
    assert certificate_problems(_cert([x509.DNSName("a.go.th")], days=(-60, -1)), "a.go.th") == [
        "expired"
    ]
    assert certificate_problems(_cert([x509.DNSName("a.go.th")], days=(2, 30)), "a.go.th") == [
        "not yet valid"
    ]
