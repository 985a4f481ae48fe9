import type { Logger } from "pino";
import type { MailTransport } from "../mail/transports/mail-transport.ts";
import { deliverDueEmails } from "../use-cases/mail/deliver-due-emails.ts";
import type { Clock, UnitOfWork } from "../use-cases/ports.ts";

const POLL_INTERVAL_MS = 1000;

/** Polls the outbox and delivers due emails until stopped. */
export function startMailWorker(deps: {
  uow: UnitOfWork;
  clock: Clock;
  transport: MailTransport;
  from: string;
  hostname: string;
  logger: Logger;
}): { stop(): Promise<void>; poke(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const result = await deliverDueEmails(deps);
      if (result.sent + result.failed > 0) deps.logger.info(result, "mail delivery");
    } catch (error) {
      deps.logger.error({ err: error }, "mail worker failed a round; it will try again");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, POLL_INTERVAL_MS);
  };
  running = deps.uow.read.outbox
    .markStaleSendingUncertain(new Date(deps.clock.now().getTime() - 10 * 60 * 1000))
    .then((n) => {
      if (n > 0)
        deps.logger.warn(
          { count: n },
          "emails left mid-send by a previous process are marked uncertain",
        );
    })
    .then(tick)
    .finally(schedule);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      deps.transport.close();
    },
    poke() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      running = running.then(tick).finally(schedule);
    },
  };
}
