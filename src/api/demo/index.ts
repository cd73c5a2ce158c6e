export { loadDemo, type DemoLoaded, type DemoSignIn } from './load-demo.js';
export { DEMO_ORGANISATION, DEMO_USERS, DEMO_SITES, DEMO_FILES } from './demo-organisation.js';
