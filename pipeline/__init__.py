"""The stages of newsmon (crawl storage, and later process, merge, alert) and the CLI."""
