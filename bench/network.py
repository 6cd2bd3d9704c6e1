"""Network profiles for the province benchmark: how long answers take and how sites misbehave.

``realistic`` is an ASSUMPTION about the Thai public web until real crawls measure it (README
"Scaling" says so): per-answer latency log-normal with median 600 ms and p95 4 s; 3 % of sites
with some answers that hang until the crawler's timeout; 2 % of sites down (connection
refused); 5xx on 1 % of answers; PDFs of 1–10 MB delivered at about 1 MB/s per connection;
a few sites with thousands of pages. ``flat`` is the older loopback profile (each answer waits
1–4 × a base latency; 3 % dead, 3 % ten times slower, 2 % answering 503 to everything).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkProfile:
    name: str
    median_ms: float = 600.0  # log-normal latency per answer ...
    p95_ms: float = 4000.0  # ... with this 95th percentile
    dead_sites: float = 0.02  # refuse every connection
    hanging_sites: float = 0.03  # some answers never come (the client's timeout ends them)
    hanging_answers: float = 0.1  # share of a hanging site's answers that hang
    error_answers: float = 0.01  # 503 on this share of all answers
    big_sites: float = 0.03  # thousands of pages
    pdf_mb: tuple[float, float] = (1.0, 10.0)  # size of a site's PDFs (uniform)
    pdf_rate_mb_s: float = 1.0  # per connection

    @property
    def sigma(self) -> float:
        return math.log(self.p95_ms / self.median_ms) / 1.6449  # z of the 95th percentile

    def latency(self, rng: random.Random) -> float:
        """Seconds one answer waits before its first byte."""
        return rng.lognormvariate(math.log(self.median_ms / 1000), self.sigma)

    def site_mode(self, roll: float) -> str:
        """The mode of a site from a uniform roll: ok | dead | hanging | big."""
        edges = (
            ("dead", self.dead_sites),
            ("hanging", self.hanging_sites),
            ("big", self.big_sites),
        )
        for mode, share in edges:
            if roll < share:
                return mode
            roll -= share
        return "ok"


REALISTIC = NetworkProfile("realistic")
PROFILES = {"realistic": REALISTIC}
