"""Deliverables in the app: preview (QtPdf), edit before printing, print, sign on screen, the person's documents."""
