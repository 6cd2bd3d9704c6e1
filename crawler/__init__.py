"""OIT Watch, the crawl engine (Scrapy): the spider, its middlewares and pipelines, the crawl process,
and the store it writes and evaluates from. What a Scrapyd node runs; the application is ``oit``."""

__version__ = "0.1.0"
