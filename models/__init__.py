"""The data model of newsmon: record types and the SQLite schema. No I/O beyond SQLite."""
