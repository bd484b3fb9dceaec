"""Speaking the calls on the hall display: a chime, then Kyrgyz, then Russian.

``Announcer.announce(number, window)`` queues a call; calls are spoken one after the
other, never over each other and never cut short, and a call made while another is being
spoken waits for it. A recall is simply announced again. ``started(number)`` and
``finished(number)`` tell the display what is being said.

Which sound files make up a call is decided by ``conq_desktop.announce``. Playing them is
a ``Playback``'s job, kept apart from the queue so the queue can be tested with a fake:

* ``MediaPlayback`` joins the fragments of one call into a single WAV in memory (they
  share one format, so this is just their samples one after another: no gaps between
  words) and plays it with ``QMediaPlayer`` on the default audio output. Playing runs in
  Qt Multimedia's own threads; the GUI thread only starts it and hears when it ends.
* Without an audio output, or when the sound system fails, it stays silent: it logs a
  warning once and reports each call finished at once (through a timer, so the queue
  behaves the same). The display goes on working without sound.

Connect it to the display with ``display.announce.connect(announcer.announce)``.
"""

from __future__ import annotations

import io
import logging
import wave
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from conq_desktop.announce import all_fragments, announcement_fragments, sounds_dir
from conq_desktop.errors import ConqError
from conq_desktop.i18n import PUBLIC_LANGUAGES

log = logging.getLogger(__name__)

# Silence added after each call, so that no sound system can clip the last word.
TAIL_SECONDS = 0.3
# How much longer than its length a call may take before the sound system counts as stuck.
STUCK_AFTER_MS = 4000


class Playback(Protocol):
    """Plays the files of one call in order and then calls ``done`` exactly once, from the
    event loop, also when it cannot play them."""

    def play(self, files: Sequence[Path], done: Callable[[], None]) -> None: ...

    def stop(self) -> None:
        """Drop the call being played; its ``done`` is not called."""


def audio_outputs_available() -> bool:
    return bool(QMediaDevices.audioOutputs())


class _Warnings:
    """Log each kind of trouble once, not at every call."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def warn(self, key: str, message: str, *args: object) -> None:
        if key not in self._seen:
            self._seen.add(key)
            log.warning(message, *args)

    def reset(self) -> None:
        self._seen.clear()


class SilentPlayback(QObject):
    """Plays nothing: reports each call done after ``delay_ms`` (0 = at once)."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._finish)
        self._done: Callable[[], None] | None = None

    def play(self, files: Sequence[Path], done: Callable[[], None]) -> None:
        self._done = done
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._done = None

    def _finish(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            done()


# --- joining fragments ----------------------------------------------------------------

_Format = tuple[int, int, int]  # channels, sample width, rate


class Segment:
    """Fragments of one format joined into one WAV file in memory."""

    def __init__(self, audio_format: _Format) -> None:
        self.format = audio_format
        self.frames: list[bytes] = []
        self.frame_count = 0

    @property
    def seconds(self) -> float:
        return self.frame_count / self.format[2]

    def add_silence(self, seconds: float) -> None:
        channels, width, rate = self.format
        count = round(rate * seconds)
        silent = b"\x80" if width == 1 else b"\x00"
        self.frames.append(silent * (count * channels * width))
        self.frame_count += count

    def wav_bytes(self) -> bytes:
        channels, width, rate = self.format
        out = io.BytesIO()
        with wave.open(out, "wb") as wav:
            wav.setnchannels(channels)
            wav.setsampwidth(width)
            wav.setframerate(rate)
            wav.writeframes(b"".join(self.frames))
        return out.getvalue()


class FragmentCache:
    """Reads fragment files once (again when a file changes) and joins them."""

    def __init__(self, warnings: _Warnings) -> None:
        self._warnings = warnings
        self._cache: dict[Path, tuple[int, _Format, bytes, int]] = {}

    def _read(self, path: Path) -> tuple[_Format, bytes, int] | None:
        try:
            stamp = path.stat().st_mtime_ns
            cached = self._cache.get(path)
            if cached is not None and cached[0] == stamp:
                return cached[1], cached[2], cached[3]
            with wave.open(str(path), "rb") as wav:
                audio_format = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
                count = wav.getnframes()
                frames = wav.readframes(count)
        except (OSError, EOFError, wave.Error) as exc:
            self._warnings.warn(f"file:{path}", "announcement sound %s not used: %s", path, exc)
            return None
        self._cache[path] = (stamp, audio_format, frames, count)
        return audio_format, frames, count

    def segments(self, files: Sequence[Path], tail_seconds: float = 0.0) -> list[Segment]:
        """Consecutive files of the same format as one segment each (normally the whole
        call is one); unreadable files are left out."""
        segments: list[Segment] = []
        for path in files:
            read = self._read(path)
            if read is None:
                continue
            audio_format, frames, count = read
            if not segments or segments[-1].format != audio_format:
                segments.append(Segment(audio_format))
            segments[-1].frames.append(frames)
            segments[-1].frame_count += count
        if segments and tail_seconds:
            segments[-1].add_silence(tail_seconds)
        return segments


# --- QtMultimedia ---------------------------------------------------------------------


class MediaPlayback(QObject):
    """Plays a call through ``QMediaPlayer`` on the default audio output, or stays silent
    when there is none or the sound system fails (until the audio outputs change)."""

    def __init__(self, parent: QObject | None = None, volume: float = 1.0) -> None:
        super().__init__(parent)
        self._warnings = _Warnings()
        self._cache = FragmentCache(self._warnings)
        self._silent = SilentPlayback(self)
        self._volume = volume
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._buffer: QBuffer | None = None
        self._segments: list[Segment] = []
        self._done: Callable[[], None] | None = None
        self._url = QUrl()
        self._serial = 0
        self._failed = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self._fail("it did not finish playing"))
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)

    @property
    def failed(self) -> bool:
        return self._failed

    def play(self, files: Sequence[Path], done: Callable[[], None]) -> None:
        self.stop()
        if not audio_outputs_available():
            self._warnings.warn(
                "no-output", "no audio output device: calls are shown but not announced"
            )
            self._silent.play(files, done)
            return
        if self._failed:
            self._silent.play(files, done)
            return
        self._segments = self._cache.segments(files, TAIL_SECONDS)
        if not self._segments:
            self._silent.play(files, done)
            return
        self._done = done
        try:
            self._ensure_player()
            self._play_next_segment()
        except Exception as exc:  # the display must go on whatever the sound system does
            self._fail(f"{type(exc).__name__}: {exc}")

    def stop(self, *, player: bool = True) -> None:
        self._silent.stop()
        self._done = None
        self._segments = []
        self._watchdog.stop()
        if player and self._player is not None:
            self._player.stop()

    def _ensure_player(self) -> None:
        if self._player is not None:
            return
        self._output = QAudioOutput(QMediaDevices.defaultAudioOutput(), self)
        self._output.setVolume(self._volume)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.errorOccurred.connect(self._error)

    def _play_next_segment(self) -> None:
        if self._done is None or self._player is None:
            return
        if not self._segments:
            self._finish()
            return
        segment = self._segments.pop(0)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(segment.wav_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._serial += 1
        self._url = QUrl(f"announcement-{self._serial}.wav")
        self._player.setSourceDevice(buffer, self._url)
        if self._buffer is not None:  # the player has let go of the previous one
            self._buffer.deleteLater()
        self._buffer = buffer
        self._watchdog.start(round(segment.seconds * 1000) + STUCK_AFTER_MS)
        self._player.play()

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._done is None or self._player is None or self._player.source() != self._url:
            return
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._watchdog.stop()
            # Not from inside the player's own signal: start the next one from the loop.
            QTimer.singleShot(0, self, self._play_next_segment)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail("the sound could not be decoded")

    def _error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError and self._done is not None:
            # Not stopped from inside its own error signal: the player has stopped on its
            # error, and Qt's FFmpeg backend was seen to hang in a stop() from there.
            self._fail(message or str(error), stop_player=False)

    def _fail(self, reason: str, *, stop_player: bool = True) -> None:
        self._warnings.warn(
            "failed", "announcements are silent: the sound system failed (%s)", reason
        )
        self._failed = True
        done = self._done
        self.stop(player=stop_player)
        if done is not None:
            self._silent.play([], done)

    def _finish(self) -> None:
        done, self._done = self._done, None
        self._watchdog.stop()
        if done is not None:
            done()

    def _outputs_changed(self) -> None:
        """A speaker came or went: follow the default output and try sound again."""
        self._failed = False
        self._warnings.reset()
        if self._output is not None:
            self._output.setDevice(QMediaDevices.defaultAudioOutput())


# --- the queue ------------------------------------------------------------------------


class Announcer(QObject):
    """Announces calls one at a time, in the order they were made."""

    started = Signal(str)
    finished = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds: Path | None = None,
        languages: Sequence[str] = PUBLIC_LANGUAGES,
        playback: Playback | None = None,
    ) -> None:
        super().__init__(parent)
        all_fragments(languages)  # an unknown language fails here, not at the first call
        self._languages = tuple(languages)
        if sounds is None:
            try:
                sounds = sounds_dir()
            except ConqError as exc:
                log.warning("calls are not announced: %s", exc)
        self._sounds = sounds
        self._playback: Playback = playback if playback is not None else MediaPlayback(self)
        self._queue: deque[tuple[str, int]] = deque()
        self._current: str | None = None
        self._serial = 0
        self._scheduled = False
        self._missing_warned: set[str] = set()

    @Slot(str, int)
    def announce(self, number: str, window: int) -> None:
        """Queue a call; it is spoken after those already queued."""
        self._queue.append((number, window))
        self._schedule()

    def pending(self) -> int:
        """Calls waiting, not counting the one being spoken."""
        return len(self._queue)

    def is_busy(self) -> bool:
        return self._current is not None

    def clear(self) -> None:
        """Forget the calls waiting; the one being spoken goes on to its end."""
        self._queue.clear()

    def files(self, number: str, window: int) -> list[Path]:
        """The existing sound files for a call, in order."""
        if self._sounds is None:
            return []
        files = []
        for name in announcement_fragments(number, window, self._languages):
            path = self._sounds / name
            if path.is_file():
                files.append(path)
            elif name not in self._missing_warned:
                self._missing_warned.add(name)
                log.warning("announcement sound missing, left out: %s", path)
        return files

    def _schedule(self) -> None:
        if self._current is None and self._queue and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._start_next)

    def _start_next(self) -> None:
        self._scheduled = False
        if self._current is not None or not self._queue:
            return
        number, window = self._queue.popleft()
        self._current = number
        self._serial += 1
        serial = self._serial
        try:
            files = self.files(number, window)
        except Exception:
            log.exception("could not put together the announcement of %s", number)
            files = []
        self.started.emit(number)
        try:
            self._playback.play(files, lambda: self._done(serial))
        except Exception:
            log.exception("could not play the announcement of %s", number)
            QTimer.singleShot(0, self, lambda: self._done(serial))

    def _done(self, serial: int) -> None:
        if serial != self._serial or self._current is None:
            return  # a late or repeated report
        number, self._current = self._current, None
        self.finished.emit(number)
        self._schedule()
