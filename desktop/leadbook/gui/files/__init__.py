"""Import, export and the self-updating calendar file."""
