"""The vendor CMSs of Thai local government and schools (webabt, assystemth and alike):
top and side menus, visitor counters, statistics and event calendars beside the content,
Thai path pagination (/หน้า/2)."""

from checklist.platforms.family import Family

FAMILY = Family(
    name="thai-vendors",
    title="ระบบเว็บสำเร็จรูปของ อปท. · Thai local-government vendor CMSs",
    regions={
        "nav": frozenset({"topmenu", "sidemenu"}),
        "aside": frozenset({"counter", "stat", "calendar", "popular"}),
    },
    page_path_words=frozenset({"หน้า"}),
)
