// Service accounts (接口账号) and their API tokens: the administrator's page.
import type { User } from './types';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface ApiToken {
  id: number; user_id: number; name: string;
  /** The secret's first characters, to tell tokens apart (never the secret). */
  prefix: string;
  /** "METHOD pattern" each; empty: every route the account's role may use. */
  routes: string[];
  expires_on: string; created_at: string; status: TokenStatus; status_label: string;
  revoked_at: string | null; last_used_at: string | null; last_used_from: string;
}

export interface ServiceAccount extends User {
  kind: 'service'; kind_label: string; tokens: ApiToken[];
}

export interface TokenRoute { key: string; method: string; pattern: string; summary: string }

export interface IssuedToken { token: ApiToken; secret: string }
