"""The announcer speaks calls one at a time, in order, and stays silent without sound."""

from __future__ import annotations

import io
import logging
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from conq_desktop.announce import all_fragments
from conq_desktop.views.display import announcer as announcer_module
from conq_desktop.views.display.announcer import Announcer, FragmentCache, MediaPlayback, _Warnings

SOUNDS = Path(__file__).resolve().parents[3] / "resources" / "sounds"
CALLS = [("А-001", 1), ("Б-002", 2), ("А-003", 3)]


class FakePlayback:
    """Records what it is asked to play; the test says when each call has been heard."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[Path], Callable[[], None]]] = []
        self.finished = 0
        self.stopped = 0

    @property
    def playing(self) -> int:
        return len(self.calls) - self.finished

    def play(self, files: Sequence[Path], done: Callable[[], None]) -> None:
        assert self.playing == 0, "a call was started while another was playing"
        self.calls.append((list(files), done))

    def finish(self) -> None:
        done = self.calls[self.finished][1]
        self.finished += 1
        done()

    def stop(self) -> None:
        self.stopped += 1


def record(announcer: Announcer) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    announcer.started.connect(lambda number: events.append(("started", number)))
    announcer.finished.connect(lambda number: events.append(("finished", number)))
    return events


def one_at_a_time(numbers: list[str]) -> list[tuple[str, str]]:
    return [event for number in numbers for event in (("started", number), ("finished", number))]


def write_wav(path: Path, seconds: float, rate: int = 22050, channels: int = 1) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x00\x00" * channels * round(rate * seconds))


@pytest.fixture
def quiet_sounds(tmp_path: Path) -> Path:
    """A sounds folder of very short silent fragments: quick to play, never heard."""
    folder = tmp_path / "sounds"
    for name in all_fragments():
        write_wav(folder / name, 0.01)
    return folder


@pytest.fixture
def no_audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(announcer_module, "audio_outputs_available", lambda: False)


@pytest.fixture
def audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend there is a speaker. Without a real one, Qt's player plays to nowhere in
    real time; with one, the quiet sounds are silent."""
    monkeypatch.setattr(announcer_module, "audio_outputs_available", lambda: True)


# --- the queue, with a fake playback --------------------------------------------------


def test_calls_are_played_one_at_a_time_in_order(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    events = record(announcer)
    for number, window in CALLS:
        announcer.announce(number, window)

    assert events == []  # started from the event loop, not inside announce()
    qtbot.waitUntil(lambda: len(playback.calls) == 1)
    assert events == [("started", "А-001")]
    assert announcer.is_busy() and announcer.pending() == 2

    for played in range(1, 4):
        qtbot.wait(20)  # time for a wrong second start to show
        assert playback.playing == 1 and len(playback.calls) == played
        with qtbot.waitSignal(announcer.finished, timeout=1000) as finished:
            playback.finish()
        assert finished.args == [CALLS[played - 1][0]]
        if played < 3:
            qtbot.waitUntil(lambda n=played: len(playback.calls) == n + 1)

    assert events == one_at_a_time(["А-001", "Б-002", "А-003"])
    assert not announcer.is_busy() and announcer.pending() == 0


def test_the_files_of_a_call_are_handed_over_in_order(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    announcer.announce("А-015", 3)
    qtbot.waitUntil(lambda: len(playback.calls) == 1)
    files = playback.calls[0][0]
    assert files[0] == SOUNDS / "chime.wav"
    assert SOUNDS / "ky/ord_3.wav" in files
    assert files[-1] == SOUNDS / "ru/num_3.wav"
    assert all(path.is_file() for path in files)


def test_a_call_made_while_one_plays_waits_and_a_recall_is_said_again(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    events = record(announcer)
    announcer.announce("А-001", 1)
    qtbot.waitUntil(lambda: len(playback.calls) == 1)

    announcer.announce("Б-002", 2)
    announcer.announce("А-001", 1)  # recalled while its first announcement is playing
    qtbot.wait(20)
    assert len(playback.calls) == 1 and announcer.pending() == 2

    for count in (2, 3):
        playback.finish()
        qtbot.waitUntil(lambda count=count: len(playback.calls) == count)
    playback.finish()
    qtbot.waitUntil(lambda: len(events) == 6)
    assert events == one_at_a_time(["А-001", "Б-002", "А-001"])


def test_a_late_or_repeated_done_is_ignored(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    events = record(announcer)
    announcer.announce("А-001", 1)
    announcer.announce("Б-002", 2)
    qtbot.waitUntil(lambda: len(playback.calls) == 1)
    first_done = playback.calls[0][1]
    playback.finish()
    qtbot.waitUntil(lambda: len(playback.calls) == 2)
    first_done()  # again, while the second plays
    assert events == [("started", "А-001"), ("finished", "А-001"), ("started", "Б-002")]
    playback.finish()
    assert events[-1] == ("finished", "Б-002")


def test_calls_queued_from_a_finished_slot_follow(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    events = record(announcer)
    announcer.finished.connect(
        lambda number: announcer.announce("В-009", 9) if number == "А-001" else None
    )
    announcer.announce("А-001", 1)
    qtbot.waitUntil(lambda: len(playback.calls) == 1)
    playback.finish()
    qtbot.waitUntil(lambda: len(playback.calls) == 2)
    playback.finish()
    assert events == one_at_a_time(["А-001", "В-009"])


def test_clear_drops_the_waiting_calls_only(qtbot: QtBot) -> None:
    playback = FakePlayback()
    announcer = Announcer(sounds=SOUNDS, playback=playback)
    events = record(announcer)
    for number, window in CALLS:
        announcer.announce(number, window)
    qtbot.waitUntil(lambda: len(playback.calls) == 1)
    announcer.clear()
    playback.finish()
    qtbot.wait(20)
    assert events == one_at_a_time(["А-001"])
    assert len(playback.calls) == 1


def test_a_playback_that_raises_does_not_stop_the_queue(qtbot: QtBot) -> None:
    class Broken(FakePlayback):
        def play(self, files: Sequence[Path], done: Callable[[], None]) -> None:
            raise RuntimeError("no sound today")

    announcer = Announcer(sounds=SOUNDS, playback=Broken())
    events = record(announcer)
    for number, window in CALLS:
        announcer.announce(number, window)
    qtbot.waitUntil(lambda: len(events) == 6)
    assert events == one_at_a_time([number for number, _ in CALLS])


def test_missing_files_are_left_out_with_one_warning(
    qtbot: QtBot, quiet_sounds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (quiet_sounds / "chime.wav").unlink()
    playback = FakePlayback()
    announcer = Announcer(sounds=quiet_sounds, playback=playback)
    with caplog.at_level(logging.WARNING):
        announcer.announce("А-001", 1)
        announcer.announce("А-002", 2)
        qtbot.waitUntil(lambda: len(playback.calls) == 1)
        playback.finish()
        qtbot.waitUntil(lambda: len(playback.calls) == 2)
    for files, _ in playback.calls:
        assert quiet_sounds / "chime.wav" not in files
        assert files[0] == quiet_sounds / "pause_short.wav"
    assert sum("chime.wav" in record.getMessage() for record in caplog.records) == 1


def test_an_unknown_language_fails_at_once() -> None:
    with pytest.raises(ValueError):
        Announcer(sounds=SOUNDS, languages=("ky", "xx"), playback=FakePlayback())


# --- without sound --------------------------------------------------------------------


def test_without_an_audio_device_calls_finish_silently_in_order(
    qtbot: QtBot, no_audio_device: None, caplog: pytest.LogCaptureFixture
) -> None:
    announcer = Announcer(sounds=SOUNDS)  # the real playback
    events = record(announcer)
    with caplog.at_level(logging.WARNING):
        for number, window in CALLS:
            announcer.announce(number, window)
        qtbot.waitUntil(lambda: len(events) == 6, timeout=2000)
        announcer.announce("Б-002", 2)
        qtbot.waitUntil(lambda: len(events) == 8, timeout=2000)
    assert events == one_at_a_time(["А-001", "Б-002", "А-003", "Б-002"])
    warnings = [r for r in caplog.records if "no audio output" in r.getMessage()]
    assert len(warnings) == 1


def test_this_machine_without_a_device_stays_silent(qtbot: QtBot) -> None:
    """Nothing pretended: on a machine without sound (CI) this is the real fallback."""
    if announcer_module.audio_outputs_available():
        pytest.skip("this machine has an audio output")
    announcer = Announcer(sounds=SOUNDS)
    events = record(announcer)
    announcer.announce("А-015", 3)
    announcer.announce("Д-101", 12)
    qtbot.waitUntil(lambda: len(events) == 4, timeout=2000)
    assert events == one_at_a_time(["А-015", "Д-101"])


def test_without_sounds_folder_calls_still_finish(qtbot: QtBot, tmp_path: Path) -> None:
    announcer = Announcer(sounds=tmp_path / "nowhere", playback=None)
    events = record(announcer)
    announcer.announce("А-001", 1)
    qtbot.waitUntil(lambda: len(events) == 2, timeout=2000)
    assert events == one_at_a_time(["А-001"])


# --- with QMediaPlayer ----------------------------------------------------------------


def test_media_playback_plays_calls_in_order(
    qtbot: QtBot, audio_device: None, quiet_sounds: Path
) -> None:
    playback = MediaPlayback()
    announcer = Announcer(sounds=quiet_sounds, playback=playback)
    events = record(announcer)
    for number, window in CALLS:
        announcer.announce(number, window)
    qtbot.waitUntil(lambda: len(events) == 6, timeout=20_000)
    assert events == one_at_a_time([number for number, _ in CALLS])
    assert not playback.failed


def test_a_failing_sound_system_goes_silent_with_one_warning(
    qtbot: QtBot, audio_device: None, quiet_sounds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    playback = MediaPlayback()
    announcer = Announcer(sounds=quiet_sounds, playback=playback)
    events = record(announcer)
    with caplog.at_level(logging.WARNING):
        announcer.announce("А-001", 1)
        qtbot.waitUntil(lambda: events == [("started", "А-001")])
        player = playback.findChild(QMediaPlayer)
        assert player is not None
        with qtbot.waitSignal(announcer.finished, timeout=1000):
            player.errorOccurred.emit(QMediaPlayer.Error.ResourceError, "device gone")
        assert playback.failed
        announcer.announce("Б-002", 2)
        announcer.announce("В-003", 3)
        qtbot.waitUntil(lambda: len(events) == 6, timeout=1000)
    assert events == one_at_a_time(["А-001", "Б-002", "В-003"])
    warnings = [r for r in caplog.records if "sound system failed" in r.getMessage()]
    assert len(warnings) == 1 and "device gone" in warnings[0].getMessage()

    playback._outputs_changed()  # a speaker is plugged in: sound is tried again
    assert not playback.failed


def test_a_stuck_player_is_given_up(
    qtbot: QtBot,
    audio_device: None,
    quiet_sounds: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(announcer_module, "STUCK_AFTER_MS", 0)
    monkeypatch.setattr(announcer_module, "TAIL_SECONDS", 0.0)
    playback = MediaPlayback()
    monkeypatch.setattr(QMediaPlayer, "play", lambda self: None)  # never gets going
    announcer = Announcer(sounds=quiet_sounds, playback=playback)
    events = record(announcer)
    with caplog.at_level(logging.WARNING):
        announcer.announce("А-001", 1)
        qtbot.waitUntil(lambda: len(events) == 2, timeout=3000)
    assert playback.failed
    assert any("did not finish" in r.getMessage() for r in caplog.records)


# --- joining fragments ----------------------------------------------------------------


def test_fragments_of_one_format_are_joined_into_one_wav(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.wav", tmp_path / "b.wav", tmp_path / "c.wav"
    write_wav(first, 0.1)
    write_wav(second, 0.2)
    write_wav(other, 0.1, rate=44100, channels=2)
    (tmp_path / "bad.wav").write_bytes(b"not a wav file")

    cache = FragmentCache(_Warnings())
    segments = cache.segments([first, second, tmp_path / "bad.wav", other, first], 0.3)
    assert [s.format for s in segments] == [(1, 2, 22050), (2, 2, 44100), (1, 2, 22050)]
    assert [round(s.seconds, 3) for s in segments] == [0.3, 0.1, 0.4]  # tail on the last
    with wave.open(io.BytesIO(segments[0].wav_bytes()), "rb") as wav:
        assert (wav.getnchannels(), wav.getframerate()) == (1, 22050)
        assert wav.getnframes() == round(22050 * 0.1) + round(22050 * 0.2)


def test_the_real_announcement_is_one_segment_of_a_few_seconds() -> None:
    announcer = Announcer(sounds=SOUNDS, playback=FakePlayback())
    segments = FragmentCache(_Warnings()).segments(announcer.files("А-015", 3))
    assert len(segments) == 1
    assert 5.0 <= segments[0].seconds <= 10.0
