export { ReviewPage } from './review-page.js';
