"""Scrapy spiders of newsmon: discovery and fetching only, driven by spiders/outlets.toml."""
