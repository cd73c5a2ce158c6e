export { WorkspaceContext, useWorkspace, previousPeriod, type Workspace } from './workspace-context.js';
export { WorkspaceLoader, type WorkspaceLoaderProps } from './workspace-loader.js';
