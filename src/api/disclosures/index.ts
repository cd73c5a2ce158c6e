export { disclosureRoutes } from './disclosure.routes.js';
