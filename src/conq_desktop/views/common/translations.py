"""Qt translations for the windows.

One ``QTranslator`` per language is loaded from ``resources/i18n/<lang>.qm`` (compiled
from the ``.ts`` files by scripts/compile_translations.py). All of them answer
``conq_desktop.i18n.translate()``, because the hall display shows Kyrgyz and Russian at
once; the one for the current UI language is also installed in the application, with
Qt's own ``qtbase_<lang>.qm`` so standard dialog buttons match. ``set_ui_language()``
swaps them at run time and Qt sends every widget a ``LanguageChange`` event.

Without the ``.qm`` files (the compile script never ran) the windows still show
translated text: ``conq_desktop.i18n`` reads the ``.ts`` files itself.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from conq_desktop import i18n
from conq_desktop.i18n.tsfile import CONTEXT
from conq_desktop.shipped import find_resource

log = logging.getLogger(__name__)

# Loaded once per process; kept here so Python owns them (no Qt parent to outlive).
_translators: dict[str, QTranslator] = {}
_qt_translators: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []
_loaded = False
_ui_language: str | None = None


def install_translations(app: QCoreApplication, lang: str | None = None) -> None:
    """Load the translators (first call only), let ``translate()`` use them and install
    the ones for ``lang`` (default: the current language) in ``app``."""
    global _loaded
    if not _loaded:
        for code in i18n.LANGUAGES:
            translator = _load(code)
            if translator is not None:
                _translators[code] = translator
        _loaded = True
        if len(_translators) < len(i18n.LANGUAGES):
            log.warning(
                "compiled translations not used for %s; run scripts/compile_translations.py "
                "(the .ts files are read meanwhile)",
                ", ".join(code for code in i18n.LANGUAGES if code not in _translators),
            )
    if _translators:
        i18n.set_lookup(qt_lookup)
    _install(app, lang or i18n.current_language())


def set_ui_language(lang: str) -> None:
    """Switch the whole program to ``lang``: texts translated without an explicit
    language, and the translators installed in the application (Qt then sends
    ``LanguageChange`` to every widget)."""
    i18n.set_language(lang)  # rejects an unknown language
    app = QCoreApplication.instance()
    if app is None:
        return  # no application yet: install_translations() will use the language
    if not _loaded:
        install_translations(app, lang)
    else:
        _install(app, lang)


def ui_language() -> str | None:
    """The language whose translators are installed in the application, if any."""
    return _ui_language


def qt_lookup(message: str, lang: str) -> str | None:
    """The i18n lookup: ``message`` from the translator of ``lang``; None if there is no
    translator for it or no translation (i18n then reads the ``.ts`` file)."""
    translator = _translators.get(lang)
    if translator is None:
        return None
    return translator.translate(CONTEXT, message) or None


def remove_translations() -> None:
    """Uninstall the translators and give ``translate()`` back to the ``.ts`` reader;
    the next ``install_translations()`` loads the files again (tests use this)."""
    global _loaded, _ui_language
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if i18n.get_lookup() is qt_lookup:
        i18n.set_lookup(None)
    _translators.clear()
    _qt_translators.clear()
    _loaded = False
    _ui_language = None


def _install(app: QCoreApplication, lang: str) -> None:
    global _ui_language
    wanted = [t for t in (_qt_translator(lang), _translators.get(lang)) if t is not None]
    if wanted == _installed:
        _ui_language = lang
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in wanted:
        if app.installTranslator(translator):
            _installed.append(translator)
    _ui_language = lang


def _load(lang: str) -> QTranslator | None:
    qm = find_resource(f"i18n/{lang}.qm")  # a missing .qm is expected: no error
    if qm is None:
        return None
    # In a checkout an edited .ts may not be compiled yet, and its text is the current
    # one. (A frozen build copies both files, so their times say nothing there.)
    ts = None if getattr(sys, "frozen", False) else i18n.ts_path(lang)
    if ts is not None and qm.stat().st_mtime < ts.stat().st_mtime:
        log.warning("%s is older than %s; using the .ts until it is compiled", qm, ts)
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        log.warning("cannot load the compiled translation %s", qm)
        return None
    return translator


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own texts (dialog buttons, context menus) in ``lang``, if Qt ships them."""
    if lang not in _qt_translators:
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        path = folder / f"qtbase_{lang}.qm"
        translator: QTranslator | None = QTranslator()
        if not (path.is_file() and translator.load(str(path))):
            log.debug("no Qt translation %s", path)
            translator = None
        _qt_translators[lang] = translator
    return _qt_translators[lang]
