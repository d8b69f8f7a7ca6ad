"""The workshop station's widgets and dialogs (车间调度); the page itself is ui/workshop/page.py."""
