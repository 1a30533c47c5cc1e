import { useCallback, useEffect, useState } from 'react';

/**
 * After a form was refused for its own mistakes: moves keyboard focus to the
 * first field marked `aria-invalid` (once the page shows the marks), so a
 * keyboard or screen-reader user lands where the work is. Call the returned
 * function on each refused attempt.
 */
export function useFocusFirstInvalid(): () => void {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
  }, [attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}
