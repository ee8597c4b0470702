"""The pure layer: catalogue model, YAML loading and validation, breath patterns, timelines.

Nothing in this package may import PySide6 (``tests/test_layers.py`` enforces it), so the
timing logic can be tested, benchmarked and printed without a display.
"""
