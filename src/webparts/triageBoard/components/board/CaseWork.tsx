// A case is worked in board/case/ (the layout and a component per section); this module keeps the names the
// board and the tests have always imported.
export { CaseWork } from './case/CaseWork';
export type { ICaseWorkProps } from './case/CaseWork';
export { SUMMARY_PAGE_NAME } from './case/ShareSection';
export { happenedAt, localInputValue } from './case/caseTime';
