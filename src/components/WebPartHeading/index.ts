export { WebPartHeading, WebPartTitleContext } from './WebPartHeading';
export type { IWebPartHeadingProps } from './WebPartHeading';
