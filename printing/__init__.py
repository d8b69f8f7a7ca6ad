"""Printed paper: one module per document, all built on printing.base (ReportLab platypus)."""
