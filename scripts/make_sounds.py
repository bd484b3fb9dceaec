"""Make the hall display's announcement sounds in resources/sounds/.

A call is announced as a chime, then in Kyrgyz, then in Russian, put together from short
WAV fragments (which fragment means what: src/conq_desktop/announce.py and
resources/sounds/README.md). This script synthesises the chime with plain arithmetic and
every spoken fragment with espeak-ng (``apt-get install espeak-ng``), then brings them all
to one format: 22050 Hz, mono, 16-bit PCM, leading and trailing silence trimmed, the same
loudness.

Regenerate everything (overwrites the folder's fragments):

    .venv/bin/python scripts/make_sounds.py

Only make the files that are missing (keeps recorded voices):

    .venv/bin/python scripts/make_sounds.py --missing

Recorded voices: a centre can replace any fragment with a recording of a real voice under
the same name; ``--list`` prints every name with its text (Kyrgyz 15 is ``ky/num_10.wav``
"он" then ``ky/num_5.wav`` "беш"). Record each as a WAV file (PCM, any rate, mono or
stereo), put them in a folder with the same layout (``ky/…``, ``ru/…``) and run

    .venv/bin/python scripts/make_sounds.py --import /path/to/recordings

which converts, trims and levels them into resources/sounds/ (for the best resampling,
convert to 22050 Hz first, e.g. ``sox in.wav -r 22050 -c 1 -b 16 out.wav``). Say each
word as in the middle of a sentence, except the ends of the phrases: ``ky/to_window`` and
the Russian numbers (the window's number ends the Russian phrase).

Check the result, or hear one announcement put together into a single file:

    .venv/bin/python scripts/make_sounds.py --check
    .venv/bin/python scripts/make_sounds.py --example А-015 3 /tmp/announce_example.wav
"""

from __future__ import annotations

import argparse
import array
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SOUNDS = ROOT / "resources" / "sounds"

RATE = 22050
# espeak-ng words per minute: unhurried, while a call such as А-015 to window 3 still
# takes under 9 seconds in both languages (the Kyrgyz voice is slower at one setting).
SPEED = {"ky": 160, "ru": 150}
FULL_SCALE = 32767

# What each fragment says. Words that do not end a phrase are synthesised with a trailing
# comma, so espeak-ng gives them the tone of a phrase that goes on; the others with a full
# stop. Text in [[…]] is espeak-ng phonemes, where the spelling is read wrongly.
KY_TEXTS = {
    "ticket": "номерлүү талон",
    "to_window": "терезеге келиңиз",
    "letter_a": "а",
    "letter_be": "бэ",
    "letter_ve": "вэ",
    "letter_ge": "гэ",
    "letter_de": "дэ",
    "letter_ye": "йе",
    "letter_zhe": "жэ",
    "letter_ze": "зэ",
    "letter_i": "и",
    "letter_ka": "ка",
    "letter_el": "эл",
    "letter_em": "эм",
    "letter_en": "эн",
    "letter_eng": "эң",
    "letter_o": "о",
    "letter_oe": "ө",
    "letter_pe": "пэ",
    "letter_er": "эр",
    "letter_es": "эс",
    "letter_te": "тэ",
    "letter_u": "у",
    "letter_ue": "ү",
    "letter_ef": "эф",
    "letter_ha": "ха",
    "letter_tse": "цэ",
    "letter_che": "чэ",
    "letter_sha": "ша",
    "letter_shcha": "шча",
    "letter_e": "э",
    "letter_yu": "ю",
    "letter_ya": "я",
    "letter_latin_j": "жей",
    "letter_latin_q": "[[kj'u]]",
    "letter_latin_w": "дабл ю",
    "num_0": "нөл",
    "num_1": "бир",
    "num_2": "эки",
    "num_3": "үч",
    "num_4": "төрт",
    "num_5": "беш",
    "num_6": "алты",
    "num_7": "жети",
    "num_8": "сегиз",
    "num_9": "тогуз",
    "num_10": "он",
    "num_20": "жыйырма",
    "num_30": "отуз",
    "num_40": "кырк",
    "num_50": "элүү",
    "num_60": "алтымыш",
    "num_70": "жетимиш",
    "num_80": "сексен",
    "num_90": "токсон",
    "num_100": "жүз",
    "num_1000": "миң",
    "ord_1": "биринчи",
    "ord_2": "экинчи",
    "ord_3": "үчүнчү",
    "ord_4": "төртүнчү",
    "ord_5": "бешинчи",
    "ord_6": "алтынчы",
    "ord_7": "жетинчи",
    "ord_8": "сегизинчи",
    "ord_9": "тогузунчу",
    "ord_10": "онунчу",
    "ord_20": "жыйырманчы",
    "ord_30": "отузунчу",
    "ord_40": "кыркынчы",
    "ord_50": "элүүнчү",
    "ord_60": "алтымышынчы",
    "ord_70": "жетимишинчи",
    "ord_80": "сексенинчи",
    "ord_90": "токсонунчу",
    "ord_100": "жүзүнчү",
    "ord_1000": "миңинчи",
}

RU_TEXTS = {
    "ticket": "талон",
    # espeak-ng reads the preposition "к" on its own as the letter "ка", and a lone vowel
    # as a clipped conjunction: those are given as phonemes, the vowels lengthened.
    "to_window": "пройдите [[kVkn'u]] номер",
    "letter_a": "[['A:]]",
    "letter_be": "бэ",
    "letter_ve": "вэ",
    "letter_ge": "гэ",
    "letter_de": "дэ",
    "letter_ye": "е",
    "letter_zhe": "жэ",
    "letter_ze": "зэ",
    "letter_i": "[['i:]]",
    "letter_ka": "ка",
    "letter_el": "[['e:l;]]",
    "letter_em": "эм",
    "letter_en": "эн",
    "letter_o": "[['o:]]",
    "letter_pe": "пэ",
    "letter_er": "эр",
    "letter_es": "эс",
    "letter_te": "тэ",
    "letter_u": "[['u:]]",
    "letter_ef": "эф",
    "letter_ha": "ха",
    "letter_tse": "цэ",
    "letter_che": "че",
    "letter_sha": "ша",
    "letter_shcha": "ща",
    "letter_e": "[['e:]]",
    "letter_yu": "ю",
    "letter_ya": "я",
    "letter_latin_j": "джей",
    "letter_latin_q": "кью",
    "letter_latin_w": "дабл ю",
    "num_0": "ноль",
    "num_1": "один",
    "num_2": "два",
    "num_3": "три",
    "num_4": "четыре",
    "num_5": "пять",
    "num_6": "шесть",
    "num_7": "семь",
    "num_8": "восемь",
    "num_9": "девять",
    "num_10": "десять",
    "num_11": "одиннадцать",
    "num_12": "двенадцать",
    "num_13": "тринадцать",
    "num_14": "четырнадцать",
    "num_15": "пятнадцать",
    "num_16": "шестнадцать",
    "num_17": "семнадцать",
    "num_18": "восемнадцать",
    "num_19": "девятнадцать",
    "num_20": "двадцать",
    "num_30": "тридцать",
    "num_40": "сорок",
    "num_50": "пятьдесят",
    "num_60": "шестьдесят",
    "num_70": "семьдесят",
    "num_80": "восемьдесят",
    "num_90": "девяносто",
    "num_100": "сто",
    "num_200": "двести",
    "num_300": "триста",
    "num_400": "четыреста",
    "num_500": "пятьсот",
    "num_600": "шестьсот",
    "num_700": "семьсот",
    "num_800": "восемьсот",
    "num_900": "девятьсот",
    "num_1000": "тысяча",
    "num_1000_few": "тысячи",
    "num_1000_many": "тысяч",
    "num_1_f": "одна",
    "num_2_f": "две",
}

# Fragments that end a phrase get the falling tone of a full stop. The Russian phrase ends
# with the window's number, and the same files say the ticket number, so all Russian
# numbers fall.
KY_FINAL = {"to_window"}
RU_FINAL = {name for name in RU_TEXTS if name.startswith("num_")}

TEXTS = {"ky": KY_TEXTS, "ru": RU_TEXTS}
FINAL = {"ky": KY_FINAL, "ru": RU_FINAL}

PAUSES = {"pause_short.wav": 0.15, "pause_long.wav": 0.45}

# Levelling: speech to an RMS of -20 dBFS, never above -1 dBFS peak; the chime peaks at
# -6 dBFS so that it does not drown the voice.
SPEECH_RMS = 0.10
PEAK_LIMIT = 0.89
CHIME_PEAK = 0.5


# --- samples --------------------------------------------------------------------------


def read_wav(path: Path) -> tuple[list[float], int]:
    """A PCM WAV file as mono floats in -1..1, and its sample rate."""
    with wave.open(str(path), "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    if width == 1:
        values = [(byte - 128) / 128 for byte in raw]
    elif width == 2:
        pcm = array.array("h", raw)
        if sys.byteorder == "big":
            pcm.byteswap()
        values = [v / 32768 for v in pcm]
    elif width in (3, 4):
        values = [
            int.from_bytes(raw[i : i + width], "little", signed=True) / (1 << (8 * width - 1))
            for i in range(0, len(raw), width)
        ]
    else:
        raise ValueError(f"{path}: {8 * width}-bit samples are not supported")
    if channels > 1:
        values = [sum(values[i : i + channels]) / channels for i in range(0, len(values), channels)]
    return values, rate


def write_wav(path: Path, samples: list[float]) -> None:
    """Write 22050 Hz mono 16-bit PCM."""
    pcm = array.array("h", (round(max(-1.0, min(1.0, s)) * FULL_SCALE) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())


def resample(samples: list[float], rate: int) -> list[float]:
    """Bring samples to RATE: a moving average against aliasing when going down, then
    linear interpolation. Plain but enough for speech; sox does better."""
    if rate == RATE or not samples:
        return samples
    step = rate / RATE
    width = max(1, round(step))
    if width > 1:
        total, smoothed = 0.0, []
        for i, value in enumerate(samples):
            total += value
            if i >= width:
                total -= samples[i - width]
            smoothed.append(total / min(i + 1, width))
        samples = smoothed
    out = []
    last = len(samples) - 1
    for i in range(int(len(samples) / step)):
        position = i * step
        left = min(int(position), last)
        right = min(left + 1, last)
        fraction = position - left
        out.append(samples[left] * (1 - fraction) + samples[right] * fraction)
    return out


def _window_rms(samples: list[float], size: int) -> list[float]:
    return [
        math.sqrt(sum(v * v for v in samples[i : i + size]) / len(samples[i : i + size]))
        for i in range(0, len(samples), size)
    ]


def trim_and_level(samples: list[float]) -> list[float]:
    """Cut leading and trailing silence (keeping a short margin), set the loudness of the
    speech to SPEECH_RMS and smooth both ends so that nothing clicks."""
    size = RATE // 100  # 10 ms windows
    levels = _window_rms(samples, size)
    if not levels or max(levels) == 0:
        return []
    threshold = max(max(levels) * 0.03, 0.002)  # about -30 dB below the loudest part
    loud = [i for i, level in enumerate(levels) if level >= threshold]
    start = max(0, loud[0] * size - RATE * 10 // 1000)
    end = min(len(samples), (loud[-1] + 1) * size + RATE * 30 // 1000)
    samples = samples[start:end]

    speech = [levels[i] for i in loud]
    rms = math.sqrt(sum(level * level for level in speech) / len(speech))
    peak = max(abs(v) for v in samples)
    gain = min(SPEECH_RMS / rms, PEAK_LIMIT / peak)
    samples = [v * gain for v in samples]
    return fade(samples, 0.005, 0.010)


def fade(samples: list[float], fade_in: float, fade_out: float) -> list[float]:
    """Raised-cosine fades of the given lengths in seconds at both ends."""
    samples = list(samples)
    n_in, n_out = int(RATE * fade_in), int(RATE * fade_out)
    for i in range(min(n_in, len(samples))):
        samples[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    for i in range(min(n_out, len(samples))):
        samples[-1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)
    return samples


def duration(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


# --- the chime ------------------------------------------------------------------------


def chime() -> list[float]:
    """A soft two-tone "ding-dong" (E5 then C5) of about one second: each note a
    fundamental with a few bell-like partials, a quick attack and an exponential decay."""
    length = 1.0
    notes = [(0.0, 659.25), (0.4, 523.25)]
    # (frequency ratio, amplitude, decay time in seconds)
    partials = [(1.0, 1.0, 0.42), (2.0, 0.28, 0.22), (3.0, 0.08, 0.12), (2.76, 0.06, 0.08)]
    out = [0.0] * int(RATE * length)
    for onset, frequency in notes:
        first = int(RATE * onset)
        for i in range(first, len(out)):
            t = (i - first) / RATE
            attack = min(1.0, t / 0.008)
            out[i] += attack * sum(
                amplitude * math.exp(-t / decay) * math.sin(2 * math.pi * frequency * ratio * t)
                for ratio, amplitude, decay in partials
            )
    peak = max(abs(v) for v in out)
    out = [v * CHIME_PEAK / peak for v in out]
    return fade(out, 0.004, 0.15)


# --- espeak-ng ------------------------------------------------------------------------


def espeak(language: str, text: str, final: bool) -> list[float]:
    """Synthesise text; returns the samples at RATE."""
    text += "." if final else ","
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.wav"
        subprocess.run(
            ["espeak-ng", "-v", language, "-s", str(SPEED[language]), "-z", "-w", str(path), text],
            check=True,
            capture_output=True,
        )
        samples, rate = read_wav(path)
    return resample(samples, rate)


def speech(language: str, text: str, final: bool) -> list[float]:
    return trim_and_level(espeak(language, text, final))


def silence(seconds: float) -> list[float]:
    return [0.0] * round(RATE * seconds)


def _announce() -> ModuleType:
    sys.path.insert(0, str(ROOT / "src"))
    import conq_desktop.announce as announce

    return announce


def expected_names() -> list[str]:
    return _announce().all_fragments()


def check_texts() -> None:
    """The texts here and the names announce.py asks for must match one for one."""
    spoken = {f"{lang}/{name}.wav" for lang, texts in TEXTS.items() for name in texts}
    wanted = set(expected_names())
    made = spoken | {"chime.wav", *PAUSES}
    if made != wanted:
        raise SystemExit(
            f"make_sounds: texts and announce.py disagree: "
            f"missing {sorted(wanted - made)}, unused {sorted(made - wanted)}"
        )


def generate(missing_only: bool) -> None:
    if shutil.which("espeak-ng") is None:
        raise SystemExit("make_sounds: espeak-ng is not installed (apt-get install espeak-ng)")
    check_texts()
    jobs: dict[str, Callable[[], list[float]]] = {"chime.wav": chime}
    for name, seconds in PAUSES.items():
        jobs[name] = partial(silence, seconds)
    for language, texts in TEXTS.items():
        for name, text in texts.items():
            final = name in FINAL[language]
            jobs[f"{language}/{name}.wav"] = partial(speech, language, text, final)
    made = 0
    for name, make in jobs.items():
        target = SOUNDS / name
        if missing_only and target.exists():
            continue
        samples = make()
        if not samples:
            raise SystemExit(f"make_sounds: {name} came out silent")
        write_wav(target, samples)
        made += 1
    print(f"make_sounds: wrote {made} files to {SOUNDS.relative_to(ROOT)}")


def import_recordings(folder: Path) -> None:
    wanted = set(expected_names())
    taken = 0
    for path in sorted(folder.rglob("*.wav")):
        name = path.relative_to(folder).as_posix()
        if name not in wanted:
            print(f"make_sounds: skipped {name}: not a fragment name")
            continue
        try:
            samples, rate = read_wav(path)
        except (OSError, EOFError, ValueError, wave.Error) as exc:
            print(f"make_sounds: skipped {name}: {exc} (PCM WAV files only)")
            continue
        samples = resample(samples, rate)
        if name not in PAUSES and name != "chime.wav":
            samples = trim_and_level(samples)
        if not samples:
            print(f"make_sounds: skipped {name}: silent")
            continue
        write_wav(SOUNDS / name, samples)
        taken += 1
    print(f"make_sounds: took {taken} recordings into {SOUNDS.relative_to(ROOT)}")


def check() -> int:
    """Report missing files and files not in the fragment format; 1 if any."""
    problems = []
    total_bytes, total_seconds = 0, 0.0
    names = expected_names()
    for name in names:
        path = SOUNDS / name
        if not path.exists():
            problems.append(f"missing: {name}")
            continue
        with wave.open(str(path), "rb") as wav:
            params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
            frames = wav.getnframes()
        if params != (1, 2, RATE):
            problems.append(f"{name}: {params[0]} channels, {8 * params[1]} bit, {params[2]} Hz")
        if frames == 0:
            problems.append(f"{name}: empty")
        total_bytes += path.stat().st_size
        total_seconds += frames / RATE
    print(
        f"make_sounds: {len(names)} fragments, {total_bytes / 1e6:.2f} MB, "
        f"{total_seconds:.1f} s of sound"
    )
    for problem in problems:
        print(f"make_sounds: {problem}")
    return 1 if problems else 0


def example(number: str, window: int, output: Path) -> None:
    """Join the fragments of one announcement into a single WAV file."""
    fragments = _announce().announcement_fragments(number, window)
    samples: list[float] = []
    for name in fragments:
        part, rate = read_wav(SOUNDS / name)
        samples += resample(part, rate)
    write_wav(output, samples)
    print(" ".join(fragments))
    print(f"make_sounds: {output}: {len(samples) / RATE:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--missing", action="store_true", help="only make missing files")
    action.add_argument("--import", dest="recordings", type=Path, help="take recorded voices")
    action.add_argument("--check", action="store_true", help="check the files' format")
    action.add_argument("--list", action="store_true", help="print every fragment's text")
    action.add_argument(
        "--example", nargs=3, metavar=("NUMBER", "WINDOW", "OUT"), help="join one announcement"
    )
    args = parser.parse_args(argv)
    if args.recordings:
        import_recordings(args.recordings)
        return check()
    if args.check:
        return check()
    if args.list:
        for language, texts in TEXTS.items():
            for name, text in texts.items():
                print(f"{language}/{name}.wav\t{text}")
        return 0
    if args.example:
        number, window, output = args.example
        example(number, int(window), Path(output))
        return 0
    generate(missing_only=args.missing)
    return check()


if __name__ == "__main__":
    sys.exit(main())
