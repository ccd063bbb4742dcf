"""The domain in plain Python: no Qt, no SQLite, no wall clock."""
