"""The alert stage: what to say about new releases (plan) and its delivery to every target (notify)."""
