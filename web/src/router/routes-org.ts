import type { RouteRecordRaw } from 'vue-router';

// Filled by the organisation pages.
export const orgRoutes: RouteRecordRaw[] = [];
