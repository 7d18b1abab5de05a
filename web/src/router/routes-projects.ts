import type { RouteRecordRaw } from 'vue-router';

// Filled by the project pages.
export const projectRoutes: RouteRecordRaw[] = [];
