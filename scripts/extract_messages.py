"""Collect every message marked with _("…") in src/ and add the missing ones to the
Kyrgyz and Russian catalogs (empty, to be translated). Messages no longer used are
dropped. Run after adding or changing user-facing text:

    python scripts/extract_messages.py
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "conq_desktop"
CATALOGS = SOURCE / "i18n"


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


def main() -> int:
    messages = marked_messages()
    missing = 0
    for lang in ("ky", "ru"):
        path = CATALOGS / f"{lang}.json"
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        new = {message: old.get(message, "") for message in sorted(messages)}
        missing += sum(1 for text in new.values() if not text)
        path.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages, {missing} translations missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
