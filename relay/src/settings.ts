// The relay's settings, from the Function App's application settings (relay/infra/main.bicep sets every one).

import { DEFAULT_MAX_DELAY_SECONDS } from './submit';

export interface RelaySettings {
  /** The council's tenant id. */
  tenantId: string;
  /** The relay's app registration: its client id and Application ID URI (the token's audience). */
  clientId: string;
  appIdUri: string;
  /** The data site (its absolute URL). */
  siteUrl: string;
  /** The queue service of the relay's storage account, and the queue. */
  queueServiceUri: string;
  queueName: string;
  /** The longest hold before the write, seconds (0 writes at once). */
  maxDelaySeconds: number;
  /** A user-assigned managed identity's client id (absent: the system-assigned identity). */
  managedIdentityClientId?: string;
}

export function settingsFrom(env: Readonly<Record<string, string | undefined>>): RelaySettings {
  const need = (name: string): string => {
    const value = env[name];
    if (value === undefined || value.trim() === '') throw new Error(`The relay needs the setting ${name}`);
    return value.trim();
  };
  const delay = env.RELAY_MAX_DELAY_SECONDS === undefined || env.RELAY_MAX_DELAY_SECONDS === '' ? DEFAULT_MAX_DELAY_SECONDS : Number(env.RELAY_MAX_DELAY_SECONDS);
  if (!Number.isInteger(delay) || delay < 0 || delay > 7 * 24 * 3600) throw new Error('RELAY_MAX_DELAY_SECONDS must be a whole number of seconds');
  const clientId = need('RELAY_CLIENT_ID');
  return {
    tenantId: need('RELAY_TENANT_ID'),
    clientId,
    appIdUri: env.RELAY_APP_ID_URI?.trim() || `api://${clientId}`,
    siteUrl: need('RELAY_SITE_URL').replace(/\/$/, ''),
    queueServiceUri: need('RelayQueue__queueServiceUri'),
    queueName: env.RELAY_QUEUE_NAME?.trim() || 'anonymous-alerts',
    maxDelaySeconds: delay,
    ...(env.AZURE_CLIENT_ID ? { managedIdentityClientId: env.AZURE_CLIENT_ID } : {})
  };
}
