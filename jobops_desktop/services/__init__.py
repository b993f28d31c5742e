"""Qt-free application services: what the UI and the command line call."""
