"""``audit verify`` and ``audit seal``: checking the hash-chained history and pinning it
(the command line's side of conq_desktop.engine.audit). Both only read; neither needs
a PIN."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from conq_desktop.cli import render
from conq_desktop.cli.commands import Context
from conq_desktop.engine.audit import ChainReport, Seal, current_seal, verify_chain
from conq_desktop.i18n import _, translate


def audit_verify(args: argparse.Namespace, ctx: Context) -> Any:
    seal = Seal.parse(args.seal) if args.seal is not None else None
    report = VerifyReport(
        verify_chain(ctx.db(), from_day=args.from_day, to_day=args.to_day, seal=seal)
    )
    if report.chain.intact:
        return report
    # A broken chain: the report on stdout for scripts (--json), one line on stderr.
    error = report.chain.error()
    if ctx.as_json:
        render.print_json(report.as_json())
    print(f"conq-desktop: {error.message()}", file=sys.stderr)
    return error.exit_code


def audit_seal(args: argparse.Namespace, ctx: Context) -> Any:
    return SealReport(current_seal(ctx.db()))


@dataclass(frozen=True)
class VerifyReport:
    chain: ChainReport

    def as_text(self) -> str:
        chain = self.chain
        lines = [
            translate(
                _("The history is intact: {count} events checked, from the first to event {seq}."),
                count=chain.checked,
                seq=chain.last_seq,
            ),
            translate(
                _("Last event checked: {seq}, hash {hash}."),
                seq=chain.last_seq,
                hash=chain.last_hash,
            ),
        ]
        if chain.from_day is not None or chain.to_day is not None:
            days = _days(chain)
            if chain.in_range:
                lines.append(
                    translate(
                        _("Events of {days}: {count} (events {first} to {last})."),
                        days=days,
                        count=chain.in_range,
                        first=chain.first_in_range,
                        last=chain.last_in_range,
                    )
                )
            else:
                lines.append(translate(_("There are no events on {days}."), days=days))
        if chain.seal is not None:
            lines.append(
                translate(
                    _("The seal of event {seq} holds: the history up to it was not rewritten."),
                    seq=chain.seal.seq,
                )
            )
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        chain = self.chain
        problem = chain.problem
        return {
            "intact": chain.intact,
            "centre_id": chain.centre_id,
            "checked": chain.checked,
            "last_seq": chain.last_seq,
            "last_hash": chain.last_hash,
            "from": chain.from_day.isoformat() if chain.from_day else None,
            "to": chain.to_day.isoformat() if chain.to_day else None,
            "in_range": chain.in_range,
            "first_in_range": chain.first_in_range,
            "last_in_range": chain.last_in_range,
            "seal": chain.seal.payload if chain.seal else None,
            "problem": (
                {
                    "seq": problem.seq,
                    "kind": problem.kind,
                    "message": problem.message.translate(),
                }
                if problem
                else None
            ),
        }


def _days(chain: ChainReport) -> str:
    first = chain.from_day.isoformat() if chain.from_day else "…"
    last = chain.to_day.isoformat() if chain.to_day else "…"
    return first if first == last else f"{first} – {last}"


@dataclass(frozen=True)
class SealReport:
    seal: Seal

    def as_text(self) -> str:
        return self.seal.payload

    def as_json(self) -> dict[str, Any]:
        return {
            "payload": self.seal.payload,
            "centre_id": self.seal.centre_id,
            "seq": self.seal.seq,
            "hash": self.seal.hash,
        }
