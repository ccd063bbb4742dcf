"""The month and week calendar."""
