"""The crawl stage: Scrapy settings and middlewares, the page store, outlet health; the spiders themselves are in newsmon.spiders."""
