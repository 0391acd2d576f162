import type { Viewer } from '#kit/viewer.ts';

export const adminViewer: Viewer = { subject: 'staff-1', roles: ['admin'], scopes: [], clientId: 'test-suite', channel: 'test' };
export const analystViewer: Viewer = { subject: 'analyst-1', roles: ['analyst'], scopes: [], clientId: 'test-suite', channel: 'test' };
export const anonymousViewer: Viewer = { subject: null, roles: [], scopes: [], clientId: 'anonymous', channel: 'test' };
export const customerViewer = (subject: string): Viewer => ({ subject, roles: ['customer'], scopes: [], clientId: 'web', channel: 'web' });
