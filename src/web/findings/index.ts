export { FindingsPage } from './findings-page.js';
export { FindingCard, type FindingCardProps } from './finding-card.js';
export { useOpenFact } from './use-open-fact.js';
