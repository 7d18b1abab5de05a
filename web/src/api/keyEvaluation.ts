// Key evaluations' registries (docs/API.md “Key evaluation registries”). The states and their
// labels are those of data/workflows/agency.json (expert.json has the same two).
import workflow from '../../../data/workflows/agency.json';

export type RegistryStatus = 'active' | 'suspended';
export type RegistryAction = 'edit' | 'suspend' | 'reactivate';

export interface AgencyYear {
  id: number; agency_id: number; year: number; contract_no: string; fee_fen: number; notes: string;
  version: number; created_at: string; updated_at: string;
}

export interface Agency {
  id: number; region_id: number; region_name: string; name: string; credit_code: string;
  qualifications: string; staff_count: number; contact_person: string; contact_phone: string;
  status: RegistryStatus; status_label: string; version: number; created_at: string; updated_at: string;
  actions: RegistryAction[];
  years?: AgencyYear[];
  users?: { id: number; username: string; display_name: string }[];
}

export interface Avoidance { unit_id: number; name: string; reason: string }

export interface Expert {
  id: number; region_id: number; region_name: string; user_id: number; username: string; name: string;
  fields: string[]; title: string; employer: string; phone: string; avoid: Avoidance[];
  status: RegistryStatus; status_label: string; version: number; created_at: string; updated_at: string;
  actions: RegistryAction[];
}

export const STATUS_OPTIONS = workflow.states.map((s) => ({ value: s.name, label: s.label }));
export const STATUS_TAG = Object.fromEntries(workflow.states.map((s) => [s.name, s.tone])) as Record<RegistryStatus, 'success' | 'info'>;
