// Mail that loads on first use (issue 17): the web parts' first views never send mail, so Graph and the mail
// service are in their own chunk, fetched when a notification or a copy is first sent. A chunk that fails to
// arrive (the network dropped) is that send's failure, as a StoreResult, and the next send asks for it again.
import type { Alert } from '../../domain/alert';
import type { Organisation } from '../../domain/organisation';
import { attempt, StoreResult } from '../store/storeErrors';
import type { IMailService, Notification } from './IMailService';

export function lazyMail(load: () => Promise<IMailService>): IMailService {
  let loading: Promise<IMailService> | undefined;
  const mail = (): Promise<IMailService> => {
    loading =
      loading ??
      load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
  const send = async (work: (service: IMailService) => Promise<StoreResult<void>>): Promise<StoreResult<void>> => {
    const service = await attempt(mail);
    return service.ok ? work(service.value) : service;
  };
  return {
    notify: (notification: Notification) => send((service) => service.notify(notification)),
    sendAlertCopy: (to: string, alert: Alert, confirmLink: string | undefined, organisation: Organisation) =>
      send((service) => service.sendAlertCopy(to, alert, confirmLink, organisation))
  };
}
