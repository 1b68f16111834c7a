"""The main window and the tools docked around it."""
