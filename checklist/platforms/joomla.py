"""Joomla: its default menu module's class and ?start=N lists."""

from checklist.platforms.family import Family

FAMILY = Family(
    name="joomla",
    title="จูมล่า · Joomla",
    regions={"nav": frozenset({"mainmenu"})},
    page_params=frozenset({"start"}),
)
