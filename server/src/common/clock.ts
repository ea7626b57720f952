import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';

/** the instant a call runs "at" (see Clock.at); outside such a call, the real time */
const travel = new AsyncLocalStorage<Date>();

/** The only source of "now" in the server; tests replace it. */
@Injectable()
export class Clock {
  now(): Date {
    const at = travel.getStore();
    return at ? new Date(at.getTime()) : new Date();
  }

  /**
   * Runs `fn` as if it were `at`: every `now()` inside it (and in what it awaits) answers `at`; everything else —
   * other requests, the outbox and digest timers — keeps the real time. For the demo history, which registers its
   * past through the real services at their own times so that clocks, audit and metrics agree.
   */
  at<T>(at: Date, fn: () => Promise<T>): Promise<T> {
    return travel.run(at, fn);
  }
}
