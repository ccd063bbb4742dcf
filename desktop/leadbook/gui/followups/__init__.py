"""Planning, logging and cadences of follow-ups."""
