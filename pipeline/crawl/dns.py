"""A resolver that answers some host names from the configuration ([crawl.hosts]).

Used to crawl local mirrors and, in tests, fixture outlets with realistic names
(minskherald.test) served on 127.0.0.1, so the domain rules are exercised for real.
With hosts_only, every other name fails at once: nothing can reach the internet
(an address written as such needs no lookup; the address checks of spiders/safety.py
decide whether it may be asked).
"""

from __future__ import annotations

import ipaddress
from fnmatch import fnmatch

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError


class HostsResolver(CachingThreadedResolver):
    def __init__(self, reactor, cache_size: int, timeout: float, hosts: dict[str, str], only: bool):
        super().__init__(reactor, cache_size, timeout)
        self.hosts = {pattern.lower(): address for pattern, address in hosts.items()}
        self.only = only

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        return cls(
            reactor,
            settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0,
            settings.getfloat("DNS_TIMEOUT"),
            settings.getdict("NEWSMON_HOSTS"),
            settings.getbool("NEWSMON_HOSTS_ONLY"),
        )

    def getHostByName(self, name: str, timeout=()):
        try:
            return defer.succeed(str(ipaddress.ip_address(name)))  # an address needs no lookup
        except ValueError:
            pass
        for pattern, address in self.hosts.items():
            if fnmatch(name.lower(), pattern):
                return defer.succeed(address)
        if self.only:
            return defer.fail(DNSLookupError(f"{name}: not in [crawl.hosts] and hosts_only is set"))
        return super().getHostByName(name, timeout)
