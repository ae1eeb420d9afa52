#!/usr/bin/env python3
"""Writes the session cue sounds (step, tick, halfway, switch, finish) as WAV files.

The sounds are synthesised rather than recorded so that their licence is ours and anyone can
change them: edit a recipe below and run `python3 make_sounds.py` (standard library only). The
output is deterministic, so re-running it without changes leaves the files byte-for-byte equal.

Every sound is a sum of sine partials. Each note fades in over a few milliseconds (a sudden start
clicks), decays exponentially like a struck chime, and the whole file fades out at its end so the
last sample is silent. Files are normalised to about -6 dBFS: clearly audible next to speech but
never startling, and leaving headroom for the mixer.
"""

import math
import os
import struct
import wave

RATE = 22050  # enough for these partials (all well under 11 kHz) and half the size of 44.1 kHz
PEAK_DBFS = -6.0
ATTACK_SECONDS = 0.008
END_FADE_SECONDS = 0.030

HERE = os.path.dirname(os.path.abspath(__file__))


def note_frequency(name):
    """Equal-tempered frequency of a note such as 'A4' or 'C#5' (A4 = 440 Hz)."""
    semitones = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    letter, rest = name[0], name[1:]
    offset = semitones[letter]
    if rest.startswith("#"):
        offset, rest = offset + 1, rest[1:]
    elif rest.startswith("b"):
        offset, rest = offset - 1, rest[1:]
    octave = int(rest)
    return 440.0 * 2.0 ** ((offset + 12 * (octave - 4)) / 12.0)


# Partials as (frequency ratio, relative amplitude, decay time factor). A soft chime: a strong
# fundamental, a quiet octave and a faint twelfth; the upper partials die away faster, which is
# what makes a struck tone sound round rather than buzzy.
CHIME = [(1.0, 1.0, 1.0), (2.0, 0.18, 0.55), (3.0, 0.06, 0.35)]
# Warmer: more second harmonic, less of the third, and an octave-below partial for body.
WARM = [(0.5, 0.22, 1.1), (1.0, 1.0, 1.0), (2.0, 0.25, 0.6), (3.0, 0.04, 0.4)]
# Bell-like: the slightly inharmonic ratios of a small bell (hum, prime, tierce-ish, nominal).
BELL = [(1.0, 1.0, 1.0), (2.0, 0.30, 0.6), (2.76, 0.16, 0.45), (5.40, 0.05, 0.25)]
# A soft wooden tick: a short low-mid tone with an inharmonic overtone, both gone in ~0.1 s.
TICK = [(1.0, 1.0, 1.0), (2.32, 0.35, 0.5)]


def render(duration, notes):
    """Mixes notes into a float buffer of `duration` seconds.

    notes: list of (start seconds, frequency Hz, amplitude, decay seconds, partials).
    """
    length = int(round(duration * RATE))
    buffer = [0.0] * length
    for start, frequency, amplitude, decay, partials in notes:
        first = int(round(start * RATE))
        for ratio, weight, decay_factor in partials:
            partial_frequency = frequency * ratio
            if partial_frequency >= RATE / 2 * 0.9:
                continue  # would alias; never the case with the recipes below
            tau = decay * decay_factor
            step = 2.0 * math.pi * partial_frequency / RATE
            for i in range(first, length):
                t = (i - first) / RATE
                envelope = math.exp(-t / tau)
                if t < ATTACK_SECONDS:
                    # Raised cosine: no corner at the start, so no click.
                    envelope *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_SECONDS)
                buffer[i] += amplitude * weight * envelope * math.sin(step * (i - first))
    fade = int(round(END_FADE_SECONDS * RATE))
    for k in range(fade):
        buffer[length - 1 - k] *= 0.5 - 0.5 * math.cos(math.pi * k / fade)
    return buffer


def write_wav(name, samples):
    peak = max(abs(s) for s in samples)
    gain = (10.0 ** (PEAK_DBFS / 20.0)) / peak
    frames = b"".join(
        struct.pack("<h", max(-32767, min(32767, int(round(s * gain * 32767))))) for s in samples
    )
    path = os.path.join(HERE, name)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(f"{name}: {len(samples) / RATE:.3f} s, {os.path.getsize(path)} bytes")


def main():
    # A step begins: two notes a fourth apart, rising, like a soft doorbell.
    write_wav("step.wav", render(0.6, [
        (0.00, note_frequency("E5"), 0.8, 0.16, CHIME),
        (0.14, note_frequency("A5"), 1.0, 0.18, CHIME),
    ]))
    # 3-2-1: short and quiet enough to repeat three times without becoming a nag.
    write_wav("tick.wav", render(0.12, [
        (0.00, 1100.0, 1.0, 0.025, TICK),
    ]))
    # Halfway: one bell stroke, distinct from the two-note step chime.
    write_wav("halfway.wav", render(0.5, [
        (0.00, note_frequency("G5"), 1.0, 0.16, BELL),
    ]))
    # Switch legs: a rising major arpeggio says "something new starts".
    write_wav("switch.wav", render(0.9, [
        (0.00, note_frequency("C5"), 0.8, 0.20, CHIME),
        (0.18, note_frequency("E5"), 0.85, 0.20, CHIME),
        (0.36, note_frequency("G5"), 1.0, 0.22, CHIME),
    ]))
    # Finished: the same triad falling home to the tonic, lower and longer, so it sounds settled.
    write_wav("finish.wav", render(1.4, [
        (0.00, note_frequency("G5"), 0.75, 0.22, WARM),
        (0.22, note_frequency("E5"), 0.85, 0.25, WARM),
        (0.44, note_frequency("C5"), 1.0, 0.36, WARM),
    ]))


if __name__ == "__main__":
    main()
