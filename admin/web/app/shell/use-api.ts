import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api-client.ts';

/** What {@link useApiGet} gives a page. */
export interface Loaded<T> {
  data: T | undefined;
  /** The last error (ApiError, NetworkError), shown with <ErrorAlert>. */
  error: unknown;
  loading: boolean;
  /** Loads again (after a write). */
  reload(): Promise<void>;
}

/**
 * GETs `path` (again whenever it changes; nothing while it is null) and
 * keeps the answer:
 *
 *   const layers = useApiGet<{ layers: Layer[] }>('/api/layers');
 *   if (layers.error) return <ErrorAlert error={layers.error} />;
 */
export function useApiGet<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(path !== null);
  const latest = useRef(path);
  latest.current = path;

  const load = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    try {
      const answer = await api.get<T>(path);
      if (latest.current !== path) return;
      setData(answer);
      setError(undefined);
    } catch (err) {
      if (latest.current === path) setError(err);
    } finally {
      if (latest.current === path) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, loading, reload: load };
}

/** What {@link useAction} gives a page. */
export interface Action<A extends unknown[], R> {
  /** Runs the write; resolves to its result, or undefined after an error (then in `error`). */
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  clearError(): void;
}

/**
 * A write (POST, PUT, ...) with its busy state and error, so a button can be
 * disabled while it runs and the error shown next to it:
 *
 *   const publish = useAction(() => api.post(`/api/layers/${slug}/tiles/${key}/publish`));
 *   <button disabled={publish.busy} onClick={() => publish.run()}>...</button>
 *   <ErrorAlert error={publish.error} />
 */
export function useAction<A extends unknown[], R>(write: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const writeRef = useRef(write);
  writeRef.current = write;
  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      return await writeRef.current(...args);
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, clearError };
}
