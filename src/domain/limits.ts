// Field limits shared by validation (domain) and the list schema (schema/), so the form
// refuses exactly what SharePoint would refuse. Single-line text in SharePoint holds 255.

export const TEXT_LINE_MAX = 255;

export const ALERT_LIMITS = {
  workerName: 255,
  role: 255,
  team: 255,
  managerResponse: 2000,
  details: 5000,
  actionTaken: 3000,
  whatNeedsToHappen: 3000,
  nextPersonInLine: 255
} as const;

export const DISCUSSION_LIMITS = {
  summary: 8000,
  agreedActions: 4000
} as const;

export const SUMMARY_LIMITS = {
  concernsAndActionsNeeded: 6000,
  actionsAgreed: 4000,
  followUpOutcome: 4000
} as const;

export const THEME_REPORT_LIMITS = {
  commentary: 6000
} as const;

export const NETWORK_THEME_LIMITS = {
  note: 1000
} as const;
