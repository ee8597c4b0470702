"""Services between the pure core and the widgets: paths, settings, translation, errors."""
