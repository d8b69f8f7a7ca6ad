"""The 客服回访 station's tabs and dialogs (ui/care/page.py puts them together): follow-up calls
and their dialog, reminders, complaints, warranty claims and old parts, 三包, and the 三包 note the
reception look-up shows."""
