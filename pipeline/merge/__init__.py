"""The merge stage: wire copies, claims with all their sources, release events, persons across spellings, stored figures."""
