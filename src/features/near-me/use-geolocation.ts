/**
 * The browser's position, asked for once per click, with a time limit. Failures are told apart
 * (refused, unavailable, too slow, unsupported) so that each gets its own plain message.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type GeolocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type GeolocationState = { status: 'idle' } | { status: 'locating' } | { status: 'failed'; failure: GeolocationFailure };

const OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 10_000, maximumAge: 5 * 60_000 };

export function useGeolocation(onPosition: (lat: number, lon: number) => void) {
  const [state, setState] = useState<GeolocationState>({ status: 'idle' });
  const request = useRef(0);
  useEffect(() => () => void (request.current += 1), []);

  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      setState({ status: 'failed', failure: 'unsupported' });
      return;
    }
    const id = ++request.current;
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (id !== request.current) return;
        setState({ status: 'idle' });
        onPosition(position.coords.latitude, position.coords.longitude);
      },
      (error) => {
        if (id !== request.current) return;
        const failure = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        setState({ status: 'failed', failure });
      },
      OPTIONS,
    );
  }, [onPosition]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, locate, reset };
}
