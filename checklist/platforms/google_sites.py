"""Google Sites: one host for many owners; an agency's site is the path under its own prefix
(/view/<name> or /a/<domain>)."""

from checklist.platforms.family import Family

FAMILY = Family(
    name="google-sites",
    title="กูเกิลไซต์ · Google Sites",
    shared_hosts={"sites.google.com": 2},
)
