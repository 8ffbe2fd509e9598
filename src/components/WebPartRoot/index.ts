export { WebPartRoot } from './WebPartRoot';
export type { IWebPartRootProps } from './WebPartRoot';
