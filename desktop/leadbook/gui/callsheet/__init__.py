"""The call sheet's print preview."""
