"""The program's windows: the main window around the canvas, its dialogs, autosave, start-up.

``launch.run(files, qt_args)`` starts the program; ``main_window.MainWindow``
is one map's window; ``windows`` keeps the list of open windows and opens maps
into them.
"""
