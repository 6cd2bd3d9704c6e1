"""When an audit adds a crawl process: the machine's idle CPU and free memory, and the rule.

Under real latency a site's crawl is mostly waiting (2 requests in flight per host, answers in
~0.6–4 s), so an audit's throughput is the number of sites crawled at once, and one process
of 32 sites uses a fraction of a core (README "Scaling"). A process is capped at 32 sites to
stay under 300 MB; more sites at once means more processes. Started with one per core, the
audit adds one while agencies are still waiting, the CPU is mostly idle and memory is free,
up to a few per core: fast answers (CPU-bound) keep one per core, slow ones get more.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Headroom:
    idle_cpu: float  # share of all cores idle since the last sample, 0..1
    available_mb: float  # MemAvailable


@dataclass(frozen=True)
class GrowthRule:
    min_idle_cpu: float = (
        0.5  # keep half the machine for the other crawl processes' peaks (and others)
    )
    process_mb: float = 300.0  # a crawl process's ceiling at 32 sites (measured peak ~200 MB)
    reserve_mb: float = 1024.0  # memory left to everything else
    processes_per_core: int = 4
    interval_seconds: float = 20.0  # between samples: a new process needs a few s to fill its slots

    def grow(
        self, headroom: Headroom, processes: int, cores: int, waiting: int, slots: int
    ) -> bool:
        """One more process? Only while at least a full process's share of agencies waits."""
        return (
            waiting >= slots
            and processes < self.processes_per_core * max(1, cores)
            and headroom.idle_cpu >= self.min_idle_cpu
            and headroom.available_mb >= self.reserve_mb + self.process_mb
        )


class CpuSampler:
    """Idle share of the machine's CPU between calls, from /proc/stat (Linux); None elsewhere."""

    def __init__(
        self, stat: Path = Path("/proc/stat"), meminfo: Path = Path("/proc/meminfo")
    ) -> None:
        self.stat, self.meminfo = stat, meminfo
        self._last = self._times()

    def _times(self) -> tuple[int, int] | None:
        try:
            fields = [int(x) for x in self.stat.read_text().split("\n", 1)[0].split()[1:]]
        except (OSError, ValueError):
            return None
        return sum(fields), fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait

    def sample(self) -> Headroom | None:
        now, last = self._times(), self._last
        self._last = now
        if now is None or last is None or now[0] <= last[0]:
            return None
        try:
            mem = next(
                line
                for line in self.meminfo.read_text().splitlines()
                if line.startswith("MemAvailable:")
            )
        except (OSError, StopIteration):
            return None
        return Headroom((now[1] - last[1]) / (now[0] - last[0]), int(mem.split()[1]) / 1024)
