"""conq-desktop: an electronic queue for public service centres.

The package splits like Anki's: ``models`` and ``engine`` are the Qt-free core that
every window, the command line and the tests share; ``views`` holds the Qt windows.
"""

__version__ = "0.1.0"
