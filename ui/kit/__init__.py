"""The one UI kit every station uses: formatters, the message line, shortcuts, table set-up, colours,
the station header, lazy list models, dialogs' base, background tasks, fitting to the screen."""
