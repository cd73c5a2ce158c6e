export { NarrativePage } from './narrative-page.js';
export { OmissionsPage } from './omissions-page.js';
export { FrameworkSelect, useFramework, useCanWrite } from './framework-select.js';
