"""Scrapy settings: polite defaults for government sites. Per-agency budgets are set by the worker."""

import os

from crawler import __version__

BOT_NAME = "oit-watch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and where to complain: agencies must be able to identify the crawler.
CONTACT_URL = os.environ.get("OIT_CONTACT_URL", "https://github.com/oit-watch/oit-watch")
USER_AGENT = f"OITWatch/{__version__} (+{CONTACT_URL}; ITA/OIT public-disclosure audit)"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # the spider sets a download slot per host:port
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
DOWNLOAD_TIMEOUT = 20
DNS_TIMEOUT = 10
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # larger bodies are cut and recorded as too-large
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 8
METAREFRESH_ENABLED = True
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("OIT_LOG_LEVEL", "ERROR")
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
DEPTH_PRIORITY = 0
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ScopeMiddleware": 50,
    "crawler.middlewares.ThaiEncodingMiddleware": 560,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
    "crawler.pipelines.ProgressPipeline": 800,
}
EXTENSIONS = {
    "crawler.extensions.CrawlOutcomeExtension": 500,
}

# Set per crawl by crawler.worker.
OIT_DB = None
OIT_CRAWL_ID = None
OIT_PROGRESS = False
