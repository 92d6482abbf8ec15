/**
 * The time's-up chime, made with the Web Audio API (no audio file): three
 * soft bell notes falling G5 – E5 – C5, each a sine with a quiet octave
 * partial, a 10 ms attack and a long exponential fade. About 2 seconds in
 * all, and quiet: it tells, it does not alarm.
 */

/** One note: frequency (Hz) and start (seconds after the chime starts). */
export interface ChimeNote {
  readonly frequency: number;
  readonly offset: number;
}

/** The notes of the chime. */
export const CHIME_NOTES: readonly ChimeNote[] = [
  { frequency: 783.99, offset: 0 },
  { frequency: 659.25, offset: 0.28 },
  { frequency: 523.25, offset: 0.56 },
];

/** How long each note rings (s), its peak level, and the octave partial's share. */
const RING_S = 1.6;
const PEAK = 0.22;
const PARTIAL = 0.18;
/** Exponential ramps cannot reach 0. */
const SILENT = 0.0001;

function note(context: BaseAudioContext, out: AudioNode, frequency: number, at: number): void {
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(SILENT, at);
  envelope.gain.exponentialRampToValueAtTime(PEAK, at + 0.01);
  envelope.gain.exponentialRampToValueAtTime(SILENT, at + RING_S);
  envelope.connect(out);
  for (const [multiple, level] of [
    [1, 1],
    [2, PARTIAL],
  ] as const) {
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency * multiple, at);
    const mix = context.createGain();
    mix.gain.setValueAtTime(level, at);
    oscillator.connect(mix).connect(envelope);
    oscillator.start(at);
    oscillator.stop(at + RING_S + 0.05);
  }
}

/** Schedules the chime on `context`, starting `delay` seconds from now. */
export function scheduleChime(context: BaseAudioContext, delay = 0.02): void {
  const start = context.currentTime + delay;
  for (const { frequency, offset } of CHIME_NOTES) note(context, context.destination, frequency, start + offset);
}
