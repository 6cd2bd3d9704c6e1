"""Scrapy settings: polite defaults for government sites. Per-agency budgets are set by the worker."""

import os

from crawler import __version__, render

BOT_NAME = "oit-watch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and where to complain: agencies must be able to identify the crawler.
CONTACT_URL = os.environ.get("OIT_CONTACT_URL", "https://github.com/oit-watch/oit-watch")
USER_AGENT = f"OITWatch/{__version__} (+{CONTACT_URL}; ITA/OIT public-disclosure audit)"

ROBOTSTXT_OBEY = True
# One Scrapy crawler per agency: a few requests taken from the priority queue at a
# time keep the order by priority; at most 2 of them in flight per host:port (the
# spider sets a download slot per host:port; HostConcurrencyMiddleware enforces it).
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
DOWNLOAD_TIMEOUT = 20
DNS_TIMEOUT = 10
DOWNLOAD_MAXSIZE = (
    16 * 1024 * 1024
)  # larger bodies are not read: kept as a document by its link text
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 8
METAREFRESH_ENABLED = True
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 starts, for every crawler (here one per agency), an HTTP server on localhost that
# runs any Python code sent to it with a token, and writes that token to a job file under the
# user's state directory (~/.local/state/scrapy/job_files). An auditor's machine needs no
# remote code execution, and a server per agency cost CPU; files were left behind by every
# crawl that did not end cleanly.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = os.environ.get("OIT_LOG_LEVEL", "ERROR")
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
# Scrapy re-parses the callback's source (inspect + ast) for every response to warn about
# `return value` in generators: its cache misses on bound methods. ~8 % of a crawl's CPU.
WARN_ON_GENERATOR_RETURN_VALUE = False
DEPTH_PRIORITY = 0
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"

DOWNLOADER_MIDDLEWARES = {
    # Never used by a crawl: no site is asked with credentials (each middleware runs per request).
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "crawler.middlewares.ScopeMiddleware": 50,
    "crawler.middlewares.BackoffMiddleware": 555,  # after RetryMiddleware (550)
    "crawler.middlewares.ThaiEncodingMiddleware": 560,
    "crawler.middlewares.HostConcurrencyMiddleware": 950,  # last before the download
}
SPIDER_MIDDLEWARES = {
    # A developer's aid (warns when a callback's requests share a meta dict): per request, for nothing.
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
    "crawler.pipelines.ProgressPipeline": 800,
}
EXTENSIONS = {
    "crawler.extensions.CrawlOutcomeExtension": 500,
}

# Retries wait OIT_RETRY_BACKOFF * 2^(n-1) s, or a 429/503 Retry-After up to
# OIT_RETRY_AFTER_MAX s; a longer Retry-After (maintenance) is not retried at all.
OIT_RETRY_BACKOFF = 1.0
OIT_RETRY_AFTER_MAX = 30.0
# False: the naive full crawl (no priorities, caps or explore share) the benchmark compares with.
OIT_FOCUS = True
# A home page that fails is tried once more as http (after a TLS/connection failure on
# https) or with/without "www." (after a DNS failure); the note says so.
OIT_HOME_FALLBACK = True
# Scrapy does not verify TLS certificates: government sites with broken ones are still
# read, and the problem is recorded (coverage "tls_problem"). Weak ciphers of old
# servers are accepted too (OpenSSL security level 0; we send nothing secret).
DOWNLOADER_CLIENT_TLS_CIPHERS = "DEFAULT:@SECLEVEL=0"

# Pages whose markup says a script builds them are rendered once more by the system
# Chromium through scrapy-playwright (crawler.render); every other request is Scrapy's own.
# At most one browser page at a time per crawl; without Chromium nothing is rendered.
OIT_RENDER_JAVASCRIPT = True
OIT_CHROMIUM = render.find_chromium()
if OIT_CHROMIUM:
    DOWNLOAD_HANDLERS = {"http": render.HANDLER, "https": render.HANDLER}
    PLAYWRIGHT_LAUNCH_OPTIONS = render.launch_options(OIT_CHROMIUM)
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_MAX_CONTEXTS = 1
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 1
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000  # ms
PLAYWRIGHT_ABORT_REQUEST = "crawler.render.abort_request"

# Tests only: hosts the scope rules treat as public, so a loopback test site can stand
# in for a public agency (whose redirects to internal addresses must be refused).
OIT_PUBLIC_HOSTS: list[str] = []

# Site -> server, for sites that share an address (crawler.servers): they share the 2 requests.
# Set by oit.audit for each crawl process.
OIT_SERVERS: dict[str, str] = {}

# Set per crawl by crawler.worker.
OIT_DB = None
OIT_CRAWL_ID = None
OIT_PROGRESS = False
# Set by oit.scrapyd on Scrapyd nodes (no database there): log the crawl outcome.
OIT_LOG_OUTCOME = False

# Items and requests a callback yields are handled one at a time: the pipelines and the
# scheduler are synchronous, and Scrapy's default (100) starts 100 asyncio tasks per
# response for nothing (~6 % of the crawl's CPU).
CONCURRENT_ITEMS = 1
