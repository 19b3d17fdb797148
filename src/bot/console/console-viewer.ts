import type { Viewer } from '../../domain/shared/viewer.js';

/** Whoever runs the CLI or the console owns the machine and the database: an admin who sees every cost center. */
export const consoleViewer: Viewer = { displayName: 'console', role: 'admin', costCenterScope: '*' };
