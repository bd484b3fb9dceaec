"""Which sound fragments announce a call, and that they are all there."""

from __future__ import annotations

import array
import math
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from conq_desktop.announce import (
    CHIME,
    LATIN,
    LETTERS,
    PAUSE_LONG,
    PAUSE_SHORT,
    all_fragments,
    announcement_fragments,
    ky_number,
    ky_ordinal,
    ru_number,
    sounds_dir,
)
from conq_desktop.i18n import PUBLIC_LANGUAGES

SOUNDS = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def ky(*words: str) -> list[str]:
    return [f"ky/{word}.wav" for word in words]


def ru(*words: str) -> list[str]:
    return [f"ru/{word}.wav" for word in words]


def phrases(fragments: list[str]) -> tuple[list[str], list[str]]:
    """Split an announcement into its Kyrgyz and Russian parts (pauses dropped)."""
    assert fragments[:2] == [CHIME, PAUSE_SHORT]
    cut = fragments.index(PAUSE_LONG)
    kyrgyz = [name for name in fragments[2:cut] if name != PAUSE_SHORT]
    russian = [name for name in fragments[cut + 1 :] if name != PAUSE_SHORT]
    return kyrgyz, russian


def test_a015_to_window_3() -> None:
    # ky: А он беш номерлүү талон, үчүнчү терезеге келиңиз.
    # ru: Талон А пятнадцать, пройдите к окну номер три.
    assert announcement_fragments("А-015", 3) == [
        CHIME,
        PAUSE_SHORT,
        *ky("letter_a", "num_10", "num_5", "ticket"),
        PAUSE_SHORT,
        *ky("ord_3", "to_window"),
        PAUSE_LONG,
        *ru("ticket", "letter_a", "num_15"),
        PAUSE_SHORT,
        *ru("to_window", "num_3"),
    ]


def test_d101_to_window_12() -> None:
    kyrgyz, russian = phrases(announcement_fragments("Д-101", 12))
    # Дэ жүз бир номерлүү талон, он экинчи терезеге келиңиз.
    assert kyrgyz == ky("letter_de", "num_100", "num_1", "ticket", "num_10", "ord_2", "to_window")
    # Талон Дэ сто один, пройдите к окну номер двенадцать.
    assert russian == ru("ticket", "letter_de", "num_100", "num_1", "to_window", "num_12")


@pytest.mark.parametrize(
    ("n", "kyrgyz", "russian"),
    [
        (0, ["num_0"], ["num_0"]),
        (1, ["num_1"], ["num_1"]),
        (7, ["num_7"], ["num_7"]),
        (10, ["num_10"], ["num_10"]),
        (11, ["num_10", "num_1"], ["num_11"]),
        (19, ["num_10", "num_9"], ["num_19"]),
        (20, ["num_20"], ["num_20"]),
        (21, ["num_20", "num_1"], ["num_20", "num_1"]),
        (40, ["num_40"], ["num_40"]),
        (99, ["num_90", "num_9"], ["num_90", "num_9"]),
        (100, ["num_100"], ["num_100"]),
        (101, ["num_100", "num_1"], ["num_100", "num_1"]),
        (110, ["num_100", "num_10"], ["num_100", "num_10"]),
        (115, ["num_100", "num_10", "num_5"], ["num_100", "num_15"]),
        (120, ["num_100", "num_20"], ["num_100", "num_20"]),
        (200, ["num_2", "num_100"], ["num_200"]),
        (305, ["num_3", "num_100", "num_5"], ["num_300", "num_5"]),
        (999, ["num_9", "num_100", "num_90", "num_9"], ["num_900", "num_90", "num_9"]),
        (1000, ["num_1000"], ["num_1000"]),
        (1001, ["num_1000", "num_1"], ["num_1000", "num_1"]),
        (2015, ["num_2", "num_1000", "num_10", "num_5"], ["num_2_f", "num_1000_few", "num_15"]),
        (5000, ["num_5", "num_1000"], ["num_5", "num_1000_many"]),
        (11000, ["num_10", "num_1", "num_1000"], ["num_11", "num_1000_many"]),
        (21000, ["num_20", "num_1", "num_1000"], ["num_20", "num_1_f", "num_1000"]),
        (
            104_000,
            ["num_100", "num_4", "num_1000"],
            ["num_100", "num_4", "num_1000_few"],
        ),
        (
            999_999,
            ["num_9", "num_100", "num_90", "num_9", "num_1000", "num_9", "num_100", "num_90",
             "num_9"],
            ["num_900", "num_90", "num_9", "num_1000_many", "num_900", "num_90", "num_9"],
        ),
        # Longer numbers digit by digit.
        (1_000_001, ["num_1", *["num_0"] * 5, "num_1"], ["num_1", *["num_0"] * 5, "num_1"]),
    ],
)  # fmt: skip
def test_numbers(n: int, kyrgyz: list[str], russian: list[str]) -> None:
    assert ky_number(n) == kyrgyz
    assert ru_number(n) == russian


@pytest.mark.parametrize(
    ("window", "ordinal"),
    [
        (1, ["ord_1"]),  # биринчи
        (3, ["ord_3"]),  # үчүнчү
        (9, ["ord_9"]),  # тогузунчу
        (10, ["ord_10"]),  # онунчу
        (11, ["num_10", "ord_1"]),  # он биринчи
        (20, ["ord_20"]),  # жыйырманчы
        (21, ["num_20", "ord_1"]),  # жыйырма биринчи
        (50, ["ord_50"]),  # элүүнчү
        (99, ["num_90", "ord_9"]),  # токсон тогузунчу
        (100, ["ord_100"]),  # жүзүнчү
        (101, ["num_100", "ord_1"]),  # жүз биринчи
        (300, ["num_3", "ord_100"]),  # үч жүзүнчү
        (1000, ["ord_1000"]),  # миңинчи
    ],
)
def test_kyrgyz_window_ordinals(window: int, ordinal: list[str]) -> None:
    assert ky_ordinal(window) == ordinal
    kyrgyz, _ = phrases(announcement_fragments("А-001", window))
    assert kyrgyz[-len(ordinal) - 1 :] == [*ky(*ordinal), "ky/to_window.wav"]


@pytest.mark.parametrize("window", range(1, 100))
def test_every_window_from_1_to_99(window: int) -> None:
    fragments = announcement_fragments("А-015", window)
    kyrgyz, russian = phrases(fragments)
    assert kyrgyz[:4] == ky("letter_a", "num_10", "num_5", "ticket")
    assert kyrgyz[4:] == [*ky(*ky_ordinal(window)), "ky/to_window.wav"]
    assert russian[:3] == ru("ticket", "letter_a", "num_15")
    assert russian[3:] == ["ru/to_window.wav", *ru(*ru_number(window))]
    assert len(russian[4:]) == (1 if window < 20 or window % 10 == 0 else 2)
    for name in fragments:
        assert (SOUNDS / name).is_file(), name


def test_every_ticket_number_from_1_to_999_has_its_files() -> None:
    for n in range(1, 1000):
        fragments = announcement_fragments(f"Б-{n:03d}", 7)
        kyrgyz, russian = phrases(fragments)
        assert kyrgyz[:-2] == ["ky/letter_be.wav", *ky(*ky_number(n)), "ky/ticket.wav"]
        assert russian[:-2] == ["ru/ticket.wav", "ru/letter_be.wav", *ru(*ru_number(n))]
        for name in fragments:
            assert (SOUNDS / name).is_file(), name


def test_leading_zeros_are_not_said() -> None:
    assert announcement_fragments("А-001", 1) == announcement_fragments("А-1", 1)
    kyrgyz, russian = phrases(announcement_fragments("А-000", 1))
    assert kyrgyz[:3] == ky("letter_a", "num_0", "ticket")
    assert russian[:3] == ru("ticket", "letter_a", "num_0")


@pytest.mark.parametrize("letter", sorted(LETTERS))
def test_every_letter_is_said_in_both_languages(letter: str) -> None:
    kyrgyz, russian = phrases(announcement_fragments(f"{letter}-005", 2))
    assert kyrgyz[0] == f"ky/letter_{LETTERS[letter]}.wav"
    assert russian[1].endswith(f"/letter_{LETTERS[letter]}.wav")
    assert (SOUNDS / kyrgyz[0]).is_file()
    assert (SOUNDS / russian[1]).is_file()


def test_kyrgyz_letters_in_the_russian_phrase_use_the_kyrgyz_fragment() -> None:
    for letter, key in (("Ң", "eng"), ("Ө", "oe"), ("Ү", "ue")):
        _, russian = phrases(announcement_fragments(f"{letter}-005", 2))
        assert russian[1] == f"ky/letter_{key}.wav"
    _, russian = phrases(announcement_fragments("Ж-005", 2))
    assert russian[1] == "ru/letter_zhe.wav"


def test_latin_letters_read_as_the_cyrillic_they_look_or_sound_like() -> None:
    assert announcement_fragments("A-015", 3) == announcement_fragments("А-015", 3)
    assert announcement_fragments("P-015", 3) == announcement_fragments("Р-015", 3)  # эр
    assert announcement_fragments("D-015", 3) == announcement_fragments("Д-015", 3)
    for latin in LATIN:
        assert announcement_fragments(f"{latin}-1", 1) == announcement_fragments(
            f"{LATIN[latin]}-1", 1
        )
    kyrgyz, russian = phrases(announcement_fragments("W-001", 1))
    assert kyrgyz[0] == "ky/letter_latin_w.wav"
    assert russian[1] == "ru/letter_latin_w.wav"


def test_lower_case_is_read_like_upper_case() -> None:
    assert announcement_fragments("д-101", 12) == announcement_fragments("Д-101", 12)
    assert announcement_fragments("a-1", 2) == announcement_fragments("А-1", 2)


def test_several_letters_and_no_dash() -> None:
    kyrgyz, russian = phrases(announcement_fragments("ВП015", 4))
    assert kyrgyz[:5] == ky("letter_ve", "letter_pe", "num_10", "num_5", "ticket")
    assert russian[:4] == ru("ticket", "letter_ve", "letter_pe", "num_15")


@pytest.mark.parametrize("number", ["Ё-015", "Ъ-015", "★-015", "#015", " 015 ", "Ё★-0-1-5"])
def test_unknown_letters_are_left_out(number: str) -> None:
    kyrgyz, russian = phrases(announcement_fragments(number, 3))
    digits = [name for name in kyrgyz if "/num_" in name]
    assert "ky/letter_" not in " ".join(kyrgyz)
    assert "ru/letter_" not in " ".join(russian)
    if number == "Ё★-0-1-5":  # separate digits are separate numbers
        assert digits == ky("num_0", "num_1", "num_5")
    else:
        assert kyrgyz[:3] == ky("num_10", "num_5", "ticket")
        assert russian[:2] == ru("ticket", "num_15")


@pytest.mark.parametrize("number", ["", "-", "★", "Ё-Ъ"])
def test_nothing_sayable_announces_the_window_only(number: str) -> None:
    assert announcement_fragments(number, 3) == [
        CHIME,
        PAUSE_SHORT,
        *ky("ord_3", "to_window"),
        PAUSE_LONG,
        *ru("to_window", "num_3"),
    ]


@pytest.mark.parametrize("window", [0, -1, 1_000_000])
def test_a_window_that_cannot_be_said_is_left_out(window: int) -> None:
    assert announcement_fragments("А-015", window) == [
        CHIME,
        PAUSE_SHORT,
        *ky("letter_a", "num_10", "num_5", "ticket"),
        PAUSE_LONG,
        *ru("ticket", "letter_a", "num_15"),
    ]


def test_one_language_or_the_other_order() -> None:
    assert announcement_fragments("А-015", 3, ("ru",)) == [
        CHIME,
        PAUSE_SHORT,
        *ru("ticket", "letter_a", "num_15"),
        PAUSE_SHORT,
        *ru("to_window", "num_3"),
    ]
    both = announcement_fragments("А-015", 3, ("ru", "ky"))
    assert both[2] == "ru/ticket.wav"
    assert both[both.index(PAUSE_LONG) + 1] == "ky/letter_a.wav"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en"):
        announcement_fragments("А-015", 3, ("ky", "en"))
    with pytest.raises(ValueError, match="en"):
        all_fragments(("en",))


def test_ordinals_only_for_positive_numbers() -> None:
    with pytest.raises(ValueError):
        ky_ordinal(0)


# --- the sound files ------------------------------------------------------------------


def test_the_sounds_folder_holds_exactly_the_fragments() -> None:
    on_disk = sorted(p.relative_to(SOUNDS).as_posix() for p in SOUNDS.rglob("*.wav"))
    assert on_disk == all_fragments(PUBLIC_LANGUAGES)
    assert sounds_dir().resolve() == SOUNDS.resolve()


def _samples(path: Path) -> tuple[tuple[int, int, int], array.array]:
    with wave.open(str(path), "rb") as wav:
        params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        data = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return params, data


def test_fragments_are_22050_hz_mono_16_bit_and_not_silent() -> None:
    total = 0
    for name in all_fragments():
        path = SOUNDS / name
        params, data = _samples(path)
        assert params == (1, 2, 22050), name
        total += path.stat().st_size
        seconds = len(data) / 22050
        if name.startswith("pause_"):
            assert 0.1 <= seconds <= 1.0 and max(data) == 0, name
            continue
        rms = math.sqrt(sum(v * v for v in data) / len(data)) / 32768
        assert 0.1 <= seconds <= 2.0, (name, seconds)
        assert rms > 0.03, (name, rms)  # speech, not silence
        assert max(abs(v) for v in data) < 32767, name  # not clipped
        # Trimmed: sound within 30 ms of the start and 50 ms of the end.
        assert max(abs(v) for v in data[:661]) > 100, name
        assert max(abs(v) for v in data[-1102:]) > 100, name
    assert total < 5_000_000


def test_the_whole_announcement_lasts_a_few_seconds() -> None:
    seconds = 0.0
    for name in announcement_fragments("А-015", 3):
        with wave.open(str(SOUNDS / name), "rb") as wav:
            seconds += wav.getnframes() / wav.getframerate()
    assert 5.0 <= seconds <= 10.0


def test_the_module_does_not_load_qt() -> None:
    probe = (
        "import sys, conq_desktop.announce as a; a.announcement_fragments('А-1', 1); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
