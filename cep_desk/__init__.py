"""CEP Desk: an offline workbench for career counsellors (Conseil en évolution professionnelle)."""

__version__ = "0.1.0"
