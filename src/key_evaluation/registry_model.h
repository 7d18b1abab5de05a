// The registries of key evaluations (R-KE-3): third-party agencies with their yearly contracts,
// and the pool of experts with the relations each must avoid.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::key_evaluation {

// The contract that engaged an agency in a year (采购合同及费用).
struct AgencyYear {
  long long id = 0;
  long long agency_id = 0;
  long long year = 0;
  std::string contract_no;
  long long fee_fen = 0;
  std::string notes;
  long long version = 1;
  std::string created_at, updated_at;
};

// An account acting for an agency.
struct LinkedUser {
  long long id = 0;
  std::string username;
  std::string display_name;
};

struct Agency {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  std::string name;
  std::string credit_code;  // 统一社会信用代码
  std::string qualifications;
  long long staff_count = 0;
  std::string contact_person, contact_phone;
  std::string status;  // active | suspended (data/workflows/agency.json)
  long long version = 1;
  std::string created_at, updated_at;
  std::vector<AgencyYear> years;  // filled on a single read, newest first
  std::vector<LinkedUser> users;  // filled on a single read
};

// A relation an expert must avoid (回避): a unit or department of the region, or a party named
// only (an employer, a firm), with why.
struct Avoidance {
  long long unit_id = 0;  // 0 when named only
  std::string name;
  std::string reason;
};

struct Expert {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  long long user_id = 0;  // the account that logs in for the expert, 0 for none
  std::string username;
  std::string name;
  std::vector<std::string> fields;  // 专业领域
  std::string title;                // 职称
  std::string employer;
  std::string phone;
  std::vector<Avoidance> avoid;
  std::string status;  // active | suspended (data/workflows/expert.json)
  long long version = 1;
  std::string created_at, updated_at;
};

// What a create or an edit sets; absent fields keep their value.
struct AgencyInput {
  std::optional<long long> region_id;  // create only: the caller's region by default
  std::optional<std::string> name, credit_code, qualifications, contact_person, contact_phone;
  std::optional<long long> staff_count;
  std::optional<std::vector<long long>> user_ids;  // replaces the linked accounts
};

struct AgencyYearInput {
  std::optional<long long> year;
  std::optional<std::string> contract_no, notes;
  std::optional<long long> fee_fen;
};

struct ExpertInput {
  std::optional<long long> region_id;  // create only
  std::optional<long long> user_id;    // 0 unlinks
  std::optional<std::string> name, title, employer, phone;
  std::optional<std::vector<std::string>> fields;
  std::optional<std::vector<Avoidance>> avoid;
};

// A registry list's filter: q matches the name (and the credit code, the employer or a field).
struct RegistryFilter {
  std::optional<std::string> text;
  std::optional<std::string> status;
  std::optional<long long> region_id;
  int limit = 50;
  long long offset = 0;
  long long after_id = 0;
};

// Who reads: every region under a path (finance and viewers), one agency, one expert, or nothing.
struct RegistryReader {
  std::string region_path;  // non-empty: the regions under it
  long long agency_id = 0;  // an agency's own record
  long long expert_user_id = 0;
};

}  // namespace jixiao::key_evaluation
