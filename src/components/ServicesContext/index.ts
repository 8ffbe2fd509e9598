export { ServicesContext, useWellbeingServices } from './ServicesContext';
