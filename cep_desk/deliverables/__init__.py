"""Printed deliverables (issue 5): easy-to-read PDFs drawn with reportlab from plain
dataclasses (``data.py``), never from the store. No Qt here.

Rules: /work/shared/design/DELIVERABLES.md — each one is checked by a test on
the produced PDF.
"""
