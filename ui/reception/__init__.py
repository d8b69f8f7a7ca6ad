"""业务接待 Reception's widgets and dialogs: one module per tab or dialog (the page is ui/reception/page.py)."""
