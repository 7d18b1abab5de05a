// Who is logged in, their CSRF token, their menu, and the fiscal year they are working on.
import { defineStore } from 'pinia';
import { api, ApiError, setCsrfToken } from '../api/client';
import { fetchMenu, type Menu } from '../api/menu';
import type { FiscalYear, Me } from '../api/types';

interface LoginAnswer { user: Me; csrf_token: string }

const YEAR_KEY = 'jixiao.year';

export const useSession = defineStore('session', {
  state: () => ({
    user: null as Me | null,
    years: [] as FiscalYear[],
    year: Number(localStorage.getItem(YEAR_KEY)) || new Date().getFullYear(),
    loaded: false,
    // The side menu served for the caller's role: also what pages it may open.
    menu: null as Menu | null,
    // Why the person was sent to the login page, shown there.
    notice: '' as string,
  }),
  getters: {
    loggedIn: (s) => s.user !== null,
    role: (s) => s.user?.role ?? null,
  },
  actions: {
    accept(answer: LoginAnswer) {
      this.menu = null;
      this.user = answer.user;
      setCsrfToken(answer.csrf_token);
      this.notice = '';
    },
    // Restores the session after a reload; false when there is none.
    async restore(): Promise<boolean> {
      if (this.loaded) return this.loggedIn;
      try {
        this.accept(await api.get<LoginAnswer>('/api/v1/me'));
        if (!this.user!.must_change_password) await Promise.all([this.loadYears(), this.loadMenu()]);
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 401) throw e;
        this.user = null;
      }
      this.loaded = true;
      return this.loggedIn;
    },
    async login(username: string, password: string) {
      this.accept(await api.post<LoginAnswer>('/api/v1/sessions', { username, password }));
      this.loaded = true;
      if (!this.user!.must_change_password) await Promise.all([this.loadYears(), this.loadMenu()]);
    },
    async logout() {
      try { await api.del('/api/v1/sessions/current'); } catch { /* already gone */ }
      this.forget('');
    },
    // 退出所有设备: ends every session of the account, this one too.
    async logoutEverywhere() {
      if (this.user) {
        try { await api.del(`/api/v1/users/${this.user.id}/sessions`); } catch { /* already gone */ }
      }
      this.forget('已在所有设备上退出登录');
    },
    // Drops the session locally (expired, logged out) and says why on the login page.
    forget(notice: string) {
      this.user = null;
      this.menu = null;
      setCsrfToken('');
      this.notice = notice;
    },
    async loadYears() {
      const page = await api.get<{ items: FiscalYear[] }>('/api/v1/fiscal-years');
      this.years = page.items;
      if (this.years.length && !this.years.some((y) => y.year === this.year)) {
        // The year being executed, not the next one being prepared: the calendar year when it
        // is open, else the latest open one.
        const open = this.years.filter((y) => y.status === 'open').map((y) => y.year);
        const now = new Date().getFullYear();
        const current = open.includes(now) ? now : open.length ? Math.max(...open) : this.years[0].year;
        this.setYear(current);
      }
    },
    // The caller's menu, asked once a session (not while a password change is pending).
    async loadMenu(): Promise<Menu> {
      if (!this.menu) this.menu = await fetchMenu();
      return this.menu;
    },
    setYear(year: number) {
      this.year = year;
      localStorage.setItem(YEAR_KEY, String(year));
    },
    passwordChanged() {
      if (this.user) this.user.must_change_password = false;
    },
  },
});
