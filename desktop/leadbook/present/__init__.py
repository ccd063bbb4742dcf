"""The words and formats shown for stored things, shared by the GUI and the command line."""
