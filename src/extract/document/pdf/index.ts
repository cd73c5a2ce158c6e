export { readPdf, readPdfBytes } from './read-pdf.js';
