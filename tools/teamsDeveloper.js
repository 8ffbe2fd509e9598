/*
 * Sync to Teams builds the Teams app manifest from package-solution.json's `developer` section, and Teams refuses
 * an app whose website, privacy or terms of use address is missing or not https (Microsoft docs: "Deployment
 * options for SharePoint Framework solutions for Microsoft Teams" and the Teams app manifest schema, where
 * developer.websiteUrl, privacyUrl and termsOfUseUrl are required https URLs). The council sets its own pages there;
 * this says in words what is wrong, for the solution test and the package check alike.
 */
'use strict';

const REQUIRED_URLS = ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'];

/** @param {Record<string, unknown> | undefined} developer @returns {string[]} */
function developerProblems(developer) {
  if (!developer) return ['package-solution.json has no "developer" section: Sync to Teams needs one'];
  const problems = [];
  if (typeof developer.name !== 'string' || developer.name.trim() === '') {
    problems.push('developer.name is empty: Teams shows it as who publishes the app (the council\'s name)');
  }
  for (const key of REQUIRED_URLS) {
    const value = developer[key];
    let url;
    try {
      url = typeof value === 'string' ? new URL(value) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || url.hostname === '') {
      problems.push(`developer.${key} must be the https address of the council's page (it is ${JSON.stringify(value ?? null)})`);
    }
  }
  return problems;
}

module.exports = { developerProblems, REQUIRED_URLS };
