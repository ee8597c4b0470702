"""Breathing Room (Ademruimte): guided back-pain exercises with a breath pacer."""

__version__ = "0.1.0"
APP_ID = "nl.ademruimte.BreathingRoom"
APP_NAME = "breathing-room"
