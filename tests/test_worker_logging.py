"""The crawl process makes no log record that nothing would print (crawler.worker)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from crawler.worker import _quiet_scrapy_debug


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.levels: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.levels.append(record.levelname)


@pytest.fixture
def records() -> Iterator[_Records]:
    scrapy_logger = logging.getLogger("scrapy")
    level, handler = scrapy_logger.level, _Records()
    scrapy_logger.setLevel(logging.DEBUG)  # as Scrapy's configure_logging leaves it
    scrapy_logger.addHandler(handler)
    yield handler
    scrapy_logger.removeHandler(handler)
    scrapy_logger.setLevel(level)


def _log_each_level() -> None:
    engine = logging.getLogger("scrapy.core.engine")
    engine.debug("Crawled (200)")
    engine.info("Spider opened")
    engine.warning("a warning")
    engine.error("an error")


@pytest.mark.parametrize(
    ("log_level", "made"),
    [
        ("ERROR", ["WARNING", "ERROR"]),  # warnings still reach stderr (logging's last resort)
        ("WARNING", ["WARNING", "ERROR"]),
        ("INFO", ["INFO", "WARNING", "ERROR"]),
        ("DEBUG", ["DEBUG", "INFO", "WARNING", "ERROR"]),
        (logging.ERROR, ["WARNING", "ERROR"]),
    ],
)
def test_records_below_the_log_level_and_warning_are_not_made(
    records: _Records, log_level: str | int, made: list[str]
) -> None:
    _quiet_scrapy_debug(log_level)
    _log_each_level()
    assert records.levels == made


def test_an_unknown_level_name_leaves_the_loggers_as_they_are(records: _Records) -> None:
    _quiet_scrapy_debug("LOUD")
    _log_each_level()
    assert records.levels == ["DEBUG", "INFO", "WARNING", "ERROR"]
