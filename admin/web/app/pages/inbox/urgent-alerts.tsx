import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxItem } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

type AudioContextClass = typeof AudioContext;

/** Two short tones, made on the spot with Web Audio (no sound file). */
function playBeep(audio: AudioContext): void {
  const start = audio.currentTime + 0.01;
  for (const offset of [0, 0.25]) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    tone.connect(gain).connect(audio.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.2);
  }
}

/** What {@link useUrgentAlerts} gives the page. */
export interface UrgentAlerts {
  /** Call with every freshly loaded queue: a conversation that became urgent since the last load beeps and is announced. */
  check(items: readonly InboxItem[]): void;
  /** The sentence for the alert region ("New urgent conversation: acute danger"). */
  announcement: string;
  /** Whether sound can play yet (browsers allow it only after the worker interacted with the page). */
  soundOn: boolean;
  /** How many beeps have sounded (shown as `data-beeps`, so tests and support can tell). */
  beeps: number;
  /** Increases with every newly urgent conversation: the banner pulses again. */
  arrivals: number;
}

/**
 * Urgent conversations (a person described a danger: fire, suicidal
 * thoughts, violence, exploitation, being put out tonight): every newly
 * urgent one (also one already held) sounds a short beep and is announced.
 * Browsers only allow sound after the worker has interacted with the page,
 * so the audio is armed by the first click or key press, and a beep due
 * before that plays then.
 */
export function useUrgentAlerts(f: InboxFormat): UrgentAlerts {
  const audio = useRef<AudioContext | null>(null);
  const pending = useRef(false);
  const known = useRef<Set<string> | null>(null);
  const [soundOn, setSoundOn] = useState(false);
  const [beeps, setBeeps] = useState(0);
  const [arrivals, setArrivals] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const beep = useCallback(() => {
    const context = audio.current;
    if (!context || context.state !== 'running') {
      pending.current = true;
      return;
    }
    pending.current = false;
    playBeep(context);
    setBeeps((n) => n + 1);
  }, []);

  useEffect(() => {
    const Context = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
    if (!Context) return undefined;
    const arm = () => {
      audio.current ??= new Context();
      audio.current.resume().then(() => {
        window.removeEventListener('pointerdown', arm, true);
        window.removeEventListener('keydown', arm, true);
        setSoundOn(true);
        if (pending.current) beep();
      }, () => undefined);
    };
    window.addEventListener('pointerdown', arm, true);
    window.addEventListener('keydown', arm, true);
    return () => {
      window.removeEventListener('pointerdown', arm, true);
      window.removeEventListener('keydown', arm, true);
      void audio.current?.close().catch(() => undefined);
      audio.current = null;
    };
  }, [beep]);

  const check = useCallback((items: readonly InboxItem[]) => {
    const urgent = items.filter((item) => item.urgent);
    const fresh = urgent.filter((item) => !known.current || !known.current.has(item.id));
    known.current = new Set(urgent.map((item) => item.id));
    const first = fresh[0];
    if (!first?.urgent) return;
    setAnnouncement(f.t.urgentArrived(f.urgentKind(first.urgent)));
    setArrivals((n) => n + 1);
    beep();
  }, [beep, f]);

  return { check, announcement, soundOn, beeps, arrivals };
}

/**
 * The red banner above everything: the urgent conversations nobody holds
 * yet (at most five), each a button that opens it; and, apart from it, the
 * alert region that is spoken only when one arrives.
 */
export function UrgentBanner({ items, alerts, now, f, onOpen }: {
  items: readonly InboxItem[];
  alerts: UrgentAlerts;
  now: number;
  f: InboxFormat;
  onOpen(id: string): void;
}) {
  const banner = useRef<HTMLElement>(null);
  const waiting = items.filter((item) => item.urgent && item.state === 'waiting');
  useEffect(() => {
    // Restart the pulse for a new arrival (the class is not React's, so a re-render keeps it).
    const element = banner.current;
    if (!element || alerts.arrivals === 0) return;
    element.classList.remove('is-new');
    void element.offsetWidth;
    element.classList.add('is-new');
  }, [alerts.arrivals]);
  return (
    <>
      <section
        ref={banner}
        id="inbox-urgent"
        className="inbox-urgent"
        aria-label={f.t.metaUrgent}
        hidden={waiting.length === 0}
        data-beeps={alerts.beeps}
        data-sound={alerts.soundOn ? 'on' : 'waiting-for-interaction'}
      >
        {waiting.length > 0 ? <p>{f.t.urgentBanner}</p> : null}
        {waiting.slice(0, 5).map((item) => {
          const since = item.waitingSince ? f.t.waitingFor(f.duration(now - Date.parse(item.waitingSince))) : f.state(item.state);
          return (
            <button key={item.id} type="button" data-id={item.id} onClick={() => onOpen(item.id)}>
              {f.t.urgentItem(f.urgentKind(item.urgent ?? ''), f.language(item.language), since)}
            </button>
          );
        })}
        {waiting.length > 0 && !alerts.soundOn ? <p className="inbox-urgent-sound">{f.t.urgentSound}</p> : null}
      </section>
      <p id="inbox-urgent-live" className="visually-hidden" role="alert">{alerts.announcement}</p>
    </>
  );
}
