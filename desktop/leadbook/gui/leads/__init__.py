"""The lead list, its table model, the lead panel and the lead dialog."""
