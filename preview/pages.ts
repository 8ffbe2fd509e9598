/*
 * The pages of the local preview: stand-ins for the council's real SharePoint pages, each hosting web parts
 * the way a modern page does (sections of columns, the web part's properties set as an editor would set
 * them, a section background on one). Text blocks are what page editors would type; the web parts are the
 * real components.
 */
import { CasesList, NetworkThemesList, PublishedThemesList, RetentionLogList, SettingsLogList } from '../src/schema/lists';

export type WebPartType = 'raiseConcern' | 'signposting' | 'triageBoard' | 'wellbeingThemes';

/** SharePoint section backgrounds (each gives the web parts in it a theme variant). */
export type SectionBackground = 'none' | 'neutral' | 'soft' | 'strong';

export type Block =
  | { kind: 'text'; html: string }
  | { kind: 'webPart'; webPart: WebPartType; title: string; properties: Record<string, unknown> };

export interface Column {
  /** Twelfths of the page width (SharePoint's one, two, three columns and one-third layouts). */
  span: 4 | 6 | 8 | 12;
  blocks: Block[];
}

export interface Section {
  background?: SectionBackground;
  columns: Column[];
}

export interface PreviewPage {
  path: string;
  site: string;
  title: string;
  /** In the top navigation, in this order. */
  nav?: string;
  /**
   * The page sits on a restricted site: only people who can read this list can open it (as on SharePoint,
   * where the site's permissions match the lists it shows). Everyone else gets SharePoint's "access required".
   */
  restrictedTo?: string;
  sections: Section[];
}

export const DATA_SITE_PATH = '/sites/wellbeing';
export const HOME_PATH = '/sites/intranet/SitePages/Home.aspx';
export const WELLBEING_PATH = '/sites/peopleservices/SitePages/Wellbeing.aspx';
export const NEUTRAL_PATH = '/sites/intranet/SitePages/Weather-and-travel.aspx';
export const INBOX_PATH = '/_preview/inbox';

/** Every web part reads the one data site (its property), whatever site its page is on. */
function dataSite(origin: string): { dataSiteUrl: string } {
  return { dataSiteUrl: `${origin}${DATA_SITE_PATH}` };
}

function signposting(origin: string, pageContext: string): Block {
  return {
    kind: 'webPart',
    webPart: 'signposting',
    title: 'Wellbeing signposting',
    properties: { ...dataSite(origin), pageContext, raiseConcernPageUrl: `${origin}${WELLBEING_PATH}` }
  };
}

const text = (html: string): Block => ({ kind: 'text', html });

export function previewPages(origin: string): PreviewPage[] {
  return [
    {
      path: HOME_PATH,
      site: 'Intranet',
      title: 'Intranet home',
      nav: 'Home',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Welcome to the intranet</h2><p>News, policies and help for everyone who works for the council.</p>' +
                    `<ul><li><a href="${WELLBEING_PATH}">Wellbeing at work</a></li>` +
                    '<li><a href="/sites/peopleservices/SitePages/Induction.aspx">Induction for new starters</a></li>' +
                    '<li><a href="/sites/peopleservices/SitePages/Supervision.aspx">Supervision</a></li>' +
                    '<li><a href="/sites/peopleservices/SitePages/Whistleblowing.aspx">Whistleblowing</a></li>' +
                    '<li><a href="/sites/equality/SitePages/Equality-networks.aspx">Staff equality networks</a></li></ul>'
                )
              ]
            }
          ]
        }
      ]
    },
    {
      path: WELLBEING_PATH,
      site: 'People services',
      title: 'Wellbeing at work',
      nav: 'Wellbeing',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Wellbeing at work</h2><p>If something is affecting your wellbeing at work, you can talk to an ' +
                    'independent Principal Social Worker or Advanced Practitioner. They will contact you within 48 hours.</p>'
                )
              ]
            }
          ]
        },
        {
          columns: [
            {
              span: 8,
              blocks: [{ kind: 'webPart', webPart: 'raiseConcern', title: 'Raise a wellbeing concern', properties: { ...dataSite(origin), exitPageUrl: NEUTRAL_PATH, whistleblowingPageUrl: '/sites/peopleservices/SitePages/Whistleblowing.aspx' } }]
            },
            { span: 4, blocks: [signposting(origin, 'general')] }
          ]
        }
      ]
    },
    {
      path: '/sites/peopleservices/SitePages/Induction.aspx',
      site: 'People services',
      title: 'Induction for new starters',
      nav: 'Induction',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Your first weeks</h2><p>Welcome to the council. This page walks you through your induction: ' +
                    'your equipment, your mandatory training and who to ask for help.</p>'
                )
              ]
            }
          ]
        },
        { background: 'soft', columns: [{ span: 12, blocks: [signposting(origin, 'induction')] }] }
      ]
    },
    {
      path: '/sites/peopleservices/SitePages/Supervision.aspx',
      site: 'People services',
      title: 'Supervision',
      nav: 'Supervision',
      sections: [
        {
          columns: [
            {
              span: 6,
              blocks: [
                text(
                  '<h2>Supervision</h2><p>Supervision is a regular, protected time with your supervisor to reflect on ' +
                    'your work, your development and your wellbeing.</p>'
                )
              ]
            },
            { span: 6, blocks: [signposting(origin, 'supervision')] }
          ]
        }
      ]
    },
    {
      path: '/sites/peopleservices/SitePages/Whistleblowing.aspx',
      site: 'People services',
      title: 'Whistleblowing',
      nav: 'Whistleblowing',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Whistleblowing</h2><p>Whistleblowing is raising a concern about wrongdoing, risk or malpractice ' +
                    'at work that affects others or the public. The procedure protects you when you do.</p>'
                ),
                signposting(origin, 'whistleblowing')
              ]
            }
          ]
        }
      ]
    },
    {
      path: '/sites/equality/SitePages/Equality-networks.aspx',
      site: 'Equality, diversity and inclusion',
      title: 'Staff equality networks',
      nav: 'Equality networks',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Staff equality networks</h2><p>The Disabled Workers\' Group, the LGBT+ Staff Network and the ' +
                    'BAME Network and Race Champions are run by staff, for staff.</p>'
                ),
                signposting(origin, 'equalityNetworks')
              ]
            }
          ]
        }
      ]
    },
    {
      path: `${DATA_SITE_PATH}/SitePages/Triage-board.aspx`,
      site: 'Wellbeing triage',
      title: 'Triage board',
      nav: 'Triage board',
      restrictedTo: CasesList.title,
      sections: [
        {
          columns: [
            { span: 12, blocks: [{ kind: 'webPart', webPart: 'triageBoard', title: 'Triage board', properties: dataSite(origin) }] }
          ]
        }
      ]
    },
    {
      // The link in every summary notification (R22: the link only). Not restricted: SharePoint shows each
      // person only the summaries shared with them (R21), and anyone else sees that nothing is.
      path: `${DATA_SITE_PATH}/SitePages/Wellbeing-summary.aspx`,
      site: 'Wellbeing triage',
      title: 'Wellbeing summaries',
      nav: 'Summaries',
      sections: [
        {
          columns: [
            { span: 12, blocks: [{ kind: 'webPart', webPart: 'triageBoard', title: 'Wellbeing summaries', properties: { ...dataSite(origin), view: 'summaries' } }] }
          ]
        }
      ]
    },
    {
      // R23: the data site's owners delete records past their retention period. Triage may open it (they read
      // the deletion log) but SharePoint refuses them the deletion (R17).
      path: `${DATA_SITE_PATH}/SitePages/Records-retention.aspx`,
      site: 'Wellbeing triage',
      title: 'Records past their retention period',
      nav: 'Retention',
      restrictedTo: RetentionLogList.title,
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                { kind: 'webPart', webPart: 'triageBoard', title: 'Records past their retention period', properties: { ...dataSite(origin), view: 'retention' } }
              ]
            }
          ]
        }
      ]
    },
    {
      // Issue 18: the data site's owners keep the settings and read the site check. Triage may open it (they read
      // the settings and the change log) but only the owners can save.
      path: `${DATA_SITE_PATH}/SitePages/Site-settings.aspx`,
      site: 'Wellbeing triage',
      title: 'Site settings',
      nav: 'Settings',
      restrictedTo: SettingsLogList.title,
      sections: [
        {
          columns: [
            { span: 12, blocks: [{ kind: 'webPart', webPart: 'triageBoard', title: 'Site settings', properties: { ...dataSite(origin), view: 'settings' } }] }
          ]
        }
      ]
    },
    {
      // Issue 18: the data site's owners add, rename and retire service areas, teams and office bases. On the
      // restricted site like the board (triage may open it; SharePoint refuses them the save).
      path: `${DATA_SITE_PATH}/SitePages/Organisation.aspx`,
      site: 'Wellbeing triage',
      title: 'Service areas, teams and office bases',
      nav: 'Organisation',
      restrictedTo: CasesList.title,
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                { kind: 'webPart', webPart: 'triageBoard', title: 'Service areas, teams and office bases', properties: { ...dataSite(origin), view: 'organisation' } }
              ]
            }
          ]
        }
      ]
    },
    {
      path: `${DATA_SITE_PATH}/SitePages/Wellbeing-themes-publish.aspx`,
      site: 'Wellbeing triage',
      title: 'Publish wellbeing themes',
      nav: 'Publish themes',
      restrictedTo: CasesList.title,
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                {
                  kind: 'webPart',
                  webPart: 'wellbeingThemes',
                  title: 'Wellbeing themes',
                  properties: { ...dataSite(origin), view: 'publish' }
                }
              ]
            }
          ]
        }
      ]
    },
    {
      path: '/sites/equality/SitePages/Network-themes.aspx',
      site: 'Equality, diversity and inclusion',
      title: 'Network themes',
      nav: 'Network themes',
      restrictedTo: NetworkThemesList.title,
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Themes from the networks</h2><p>Network representatives: record here the themes people have ' +
                    'raised with you, so the Principal Social Worker and Advanced Practitioners can include them in the ' +
                    'quarterly report. Never include names.</p>'
                ),
                {
                  kind: 'webPart',
                  webPart: 'wellbeingThemes',
                  title: 'Wellbeing themes',
                  properties: { ...dataSite(origin), view: 'networkThemes' }
                }
              ]
            }
          ]
        }
      ]
    },
    {
      path: '/sites/smt/SitePages/Wellbeing-themes.aspx',
      site: 'Senior management team',
      title: 'Wellbeing themes',
      nav: 'Wellbeing themes',
      restrictedTo: PublishedThemesList.title,
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                { kind: 'webPart', webPart: 'wellbeingThemes', title: 'Wellbeing themes', properties: { ...dataSite(origin), view: 'published' } }
              ]
            }
          ]
        }
      ]
    },
    {
      path: NEUTRAL_PATH,
      site: 'Intranet',
      title: 'Weather and travel',
      sections: [
        {
          columns: [
            {
              span: 12,
              blocks: [
                text(
                  '<h2>Weather and travel</h2><p>Roadworks on the ring road continue this week. Gritting teams are ' +
                    'ready for frost overnight. Check before you travel to a site visit.</p>'
                )
              ]
            }
          ]
        }
      ]
    }
  ];
}
