"""Today, the home screen, and the welcome of an empty book."""
