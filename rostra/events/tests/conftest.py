"""The events fixtures live in rostra/events/testing.py (shared with rostra.assembly)."""
