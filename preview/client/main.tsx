/*
 * The preview's browser code: finds the web part placeholders the page server wrote (as SharePoint's canvas
 * does), and renders each web part's real component in its own root with its own services, its properties
 * as an editor set them, and its section's theme variant.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { WebPartRoot } from '../../src/components/WebPartRoot';
import type { SectionBackground, WebPartType } from '../pages';
import { previewServices } from './previewServices';
import { sectionTheme } from './sectionTheme';
import { teamsTheme, teamsThemeName } from '../../src/components/teamsTheme';
import { webPartElement } from './webParts';

interface PreviewData {
  persona: string;
  dataSiteUrl: string;
  graphUrl: string;
  /** Set when the page stands for a Teams tab: the web parts take Teams' theme instead of the section's. */
  teamsTheme?: string;
}

const PERSONA_KEY = 'wellbeing-preview-persona';

function readData(): PreviewData {
  const element = document.getElementById('preview-data');
  return JSON.parse(element ? element.textContent || '{}' : '{}') as PreviewData;
}

/** Another person is now using this browser: what the last one left in session storage is not theirs. */
function forgetOtherPersonsSession(persona: string): void {
  if (sessionStorage.getItem(PERSONA_KEY) !== persona) {
    sessionStorage.clear();
    sessionStorage.setItem(PERSONA_KEY, persona);
  }
}

function mount(): void {
  const data = readData();
  forgetOtherPersonsSession(data.persona);
  // SharePoint loads the icon font from its CDN; the preview serves the same files itself.
  initializeIcons('/_preview/icons/', { disableWarnings: true });
  document.querySelectorAll<HTMLElement>('[data-web-part]').forEach((host) => {
    const type = host.dataset.webPart as WebPartType;
    const properties = JSON.parse(host.dataset.properties || '{}') as Record<string, unknown>;
    const background = (host.dataset.background || 'none') as SectionBackground;
    const dataSiteUrl = typeof properties.dataSiteUrl === 'string' && properties.dataSiteUrl ? properties.dataSiteUrl : data.dataSiteUrl;
    const services = previewServices(dataSiteUrl, data.graphUrl);
    ReactDom.render(
      <WebPartRoot services={services} theme={data.teamsTheme ? teamsTheme(teamsThemeName(data.teamsTheme)) : sectionTheme(background)} title={typeof properties.title === 'string' ? properties.title : ''}>
        {webPartElement(type, properties, window.location)}
      </WebPartRoot>,
      host
    );
  });
}

mount();
