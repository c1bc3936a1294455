"""The process stage: article text and dates (trafilatura), then entities and claims (spaCy components and their word logic)."""
