export { Shell } from './shell.js';
export { OrgPeriodPicker } from './org-period-picker.js';
export { PageNav } from './page-nav.js';
