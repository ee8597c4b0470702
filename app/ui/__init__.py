"""Widgets and windows. They render what the core and the player say; they compute nothing."""
