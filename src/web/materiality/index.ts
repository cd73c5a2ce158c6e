export { MaterialityPage } from './materiality-page.js';
