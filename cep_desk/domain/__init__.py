"""Pure-Python domain: entities, reference data and rules.

This package must never import PySide6 (a test checks it): the same rules
serve the window, the command line, the exports and the future sync hub.
"""
