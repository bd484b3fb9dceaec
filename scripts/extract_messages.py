"""Collect every message marked with _("…") in src/ and bring the Qt Linguist files
resources/i18n/{ky,ru,en}.ts up to date. Run after adding or changing user-facing text:

    python scripts/extract_messages.py

New messages are added as unfinished with an empty translation (English in en.ts,
where the source is the translation); messages no longer used are dropped; existing
translations, their finished/unfinished state and translator comments are kept.
Messages are sorted by their English text, so the files change only where texts do.
Then translate the unfinished ones (Qt Linguist or a text editor) and compile with
scripts/compile_translations.py; see docs/translations.md.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from conq_desktop.i18n import LANGUAGES
from conq_desktop.i18n.tsfile import TsEntry, read_ts, write_ts

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "conq_desktop"
TRANSLATIONS = ROOT / "resources" / "i18n"
# The language the code is written in: its file is filled in, never unfinished.
SOURCE_LANGUAGE = "en"


def marked_messages(folder: Path = SOURCE) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def update_catalog(path: Path, lang: str, messages: set[str]) -> int:
    """Rewrite ``path`` for exactly ``messages``; returns how many lack a finished
    translation."""
    old = read_ts(path) if path.exists() else {}
    new: dict[str, TsEntry] = {}
    for message in messages:
        entry = old.get(message)
        if lang == SOURCE_LANGUAGE:
            comment = entry.translator_comment if entry else ""
            entry = TsEntry(message, finished=True, translator_comment=comment)
        elif entry is None:
            entry = TsEntry("", finished=False)
        new[message] = entry
    write_ts(path, lang, new)
    return sum(1 for entry in new.values() if not (entry.finished and entry.translation))


def main(folder: Path = TRANSLATIONS) -> int:
    messages = marked_messages()
    for lang in LANGUAGES:
        missing = update_catalog(folder / f"{lang}.ts", lang, messages)
        print(f"{lang}.ts: {len(messages)} messages, {missing} not translated yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
