"""When an audit adds a crawl process (crawler/headroom.py): the rule, and the /proc readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.headroom import CpuSampler, GrowthRule, Headroom

RULE = GrowthRule()
IDLE, BUSY = Headroom(0.8, 8000), Headroom(0.3, 8000)


@pytest.mark.parametrize(
    ("headroom", "processes", "cores", "waiting", "slots", "grow"),
    [
        (IDLE, 2, 2, 100, 32, True),  # slow answers, idle CPU, memory free, a backlog: one more
        (BUSY, 2, 2, 100, 32, False),  # CPU-bound already (or the machine is shared): no
        (Headroom(0.8, 1200), 2, 2, 100, 32, False),  # under 1 GB + 300 MB available: no
        (IDLE, 2, 2, 31, 32, False),  # not a full process's share left: the running ones take it
        (IDLE, 8, 2, 100, 32, False),  # 4 per core at most
        (IDLE, 7, 2, 100, 32, True),
    ],
)
def test_growth_rule(
    headroom: Headroom, processes: int, cores: int, waiting: int, slots: int, grow: bool
) -> None:
    assert RULE.grow(headroom, processes, cores, waiting, slots) is grow


def test_sampler_reads_idle_share_and_available_memory(tmp_path: Path) -> None:
    stat, meminfo = tmp_path / "stat", tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 24000000 kB\nMemAvailable:   2048000 kB\n")
    stat.write_text("cpu  100 0 100 700 100 0 0 0 0 0\ncpu0 1 2 3 4\n")
    sampler = CpuSampler(stat, meminfo)
    stat.write_text("cpu  250 0 150 1000 100 0 0 0 0 0\ncpu0 1 2 3 4\n")  # +500 jiffies, 300 idle
    headroom = sampler.sample()
    assert headroom == Headroom(0.6, 2000.0)
    assert sampler.sample() is None  # no time passed: nothing to say


def test_sampler_without_proc_says_nothing(tmp_path: Path) -> None:
    assert CpuSampler(tmp_path / "none", tmp_path / "none").sample() is None
