"""newsdigest: clean, summarise and merge news articles about relations between countries."""

__version__ = "0.1.0"
