"""The program around the stations: start-up, sign-in, the main window, settings, first run, errors."""
