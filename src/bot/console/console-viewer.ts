import type { Viewer } from '../../domain/tools/define-tool.js';

/** Whoever runs the CLI or the console owns the machine and the database: an admin who sees every cost center. */
export const consoleViewer: Viewer = { displayName: 'console', role: 'admin', costCenterScope: '*' };
