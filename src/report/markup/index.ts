export { escapeHtml, html, trusted, type SafeHtml } from './escape.js';
