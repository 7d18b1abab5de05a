// The named JSON Schemas (2020-12) of the bodies and answers integrators rely on. A route names
// one in RouteOptions::request or ::answer; tests/api/openapi.test.mjs checks real answers of
// every route naming one against it, so a schema that no longer fits its answer fails there.
#include <boost/json.hpp>

#include "http/openapi.h"

namespace jixiao::http {

namespace {

// As JSON text: the schemas read as what they are, not as the code that would build them.
constexpr const char* kSchemas = R"json({
"Problem": {
  "type": "object",
  "description": "错误答复（application/problem+json）",
  "required": ["type", "title", "status", "code", "detail"],
  "properties": {
    "type": {"type": "string"},
    "title": {"type": "string", "description": "状态的中文标题"},
    "status": {"type": "integer"},
    "code": {"type": "string", "description": "稳定的错误代码，如 invalid_field、version_conflict"},
    "field": {"type": "string", "description": "出错的请求字段"},
    "detail": {"type": "string", "description": "中文说明"},
    "errors": {
      "type": "array",
      "description": "导入文件的每一处错误（import_invalid）",
      "items": {"type": "object", "properties": {
        "row": {"type": "integer"}, "column": {"type": "string"}, "message": {"type": "string"}}}
    }
  }
},
"Money": {"type": "integer", "description": "金额，单位：分"},
"Wan": {"type": "string", "description": "金额，单位：万元（由分换算的文字）"},
"Rate": {"type": ["string", "null"], "description": "百分比，两位小数；无从计算时为 null"},
"Health": {
  "type": "object",
  "required": ["status", "schema_version"],
  "properties": {"status": {"const": "ok"}, "schema_version": {"type": "integer"}}
},
"Login": {
  "type": "object",
  "required": ["username", "password"],
  "additionalProperties": false,
  "properties": {
    "username": {"type": "string", "maxLength": 64, "description": "登录名"},
    "password": {"type": "string", "maxLength": 128}
  }
},
"Principal": {
  "type": "object",
  "required": ["id", "username", "display_name", "role", "role_label", "region_id",
               "region_name", "unit_id", "department_id", "must_change_password"],
  "properties": {
    "id": {"type": "integer"},
    "username": {"type": "string"},
    "display_name": {"type": "string", "description": "姓名"},
    "role": {"type": "string"},
    "role_label": {"type": "string", "description": "角色的中文名"},
    "region_id": {"type": "integer"},
    "region_name": {"type": "string"},
    "unit_id": {"type": ["integer", "null"]},
    "unit_name": {"type": ["string", "null"]},
    "department_id": {"type": ["integer", "null"]},
    "section_id": {"type": ["integer", "null"]},
    "must_change_password": {"type": "boolean"}
  }
},
"Session": {
  "type": "object",
  "required": ["user", "csrf_token"],
  "properties": {
    "user": {"$ref": "#/components/schemas/Principal"},
    "csrf_token": {"type": "string", "description": "改变数据的请求须在 X-CSRF-Token 头中带上"}
  }
},
"Project": {
  "type": "object",
  "required": ["id", "region_id", "year", "code", "name", "unit_id", "department_id",
               "fund_type", "amount_fen", "amount_wan", "status", "status_label", "version"],
  "properties": {
    "id": {"type": "integer"},
    "region_id": {"type": "integer"},
    "region_name": {"type": "string"},
    "year": {"type": "integer"},
    "code": {"type": "string", "description": "项目编码"},
    "name": {"type": "string"},
    "unit_id": {"type": "integer"},
    "unit_name": {"type": "string"},
    "department_id": {"type": "integer"},
    "department_name": {"type": "string"},
    "fund_type": {"enum": ["general", "gov_fund", "state_capital", "social_insurance"]},
    "fund_type_label": {"type": "string"},
    "amount_fen": {"$ref": "#/components/schemas/Money"},
    "amount_wan": {"$ref": "#/components/schemas/Wan"},
    "function_class": {"type": "string", "description": "支出功能分类科目"},
    "category": {"type": "string"},
    "category_label": {"type": "string"},
    "parent_id": {"type": ["integer", "null"]},
    "tags": {"type": "array", "items": {"type": "string"}},
    "status": {"type": "string"},
    "status_label": {"type": "string"},
    "version": {"type": "integer"},
    "created_at": {"type": "string"},
    "updated_at": {"type": "string"}
  }
},
"ProjectView": {
  "allOf": [{"$ref": "#/components/schemas/Project"}],
  "required": ["actions"],
  "properties": {"actions": {"type": "array", "items": {"type": "string"},
                             "description": "调用者此刻可做的流程操作"}}
},
"ProjectPage": {
  "type": "object",
  "required": ["items", "next_cursor"],
  "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}},
    "next_cursor": {"type": ["string", "null"]},
    "total": {"type": "integer", "description": "只在第一页给出"},
    "total_amount_fen": {"$ref": "#/components/schemas/Money"},
    "total_amount_wan": {"$ref": "#/components/schemas/Wan"}
  }
},
"Imported": {
  "type": "object",
  "required": ["imported"],
  "properties": {"imported": {"type": "integer"}, "dry_run": {"type": "boolean"}}
},
"Indicator": {
  "type": "object",
  "description": "绩效指标（一级、二级、三级，指标值、比较符、计量单位、权重）",
  "properties": {
    "category": {"type": "string"}, "subcategory": {"type": "string"},
    "name": {"type": "string"}, "comparator": {"type": "string"}, "value": {"type": "string"},
    "unit": {"type": "string"}, "weight": {"type": "number"}, "direction": {"type": "string"},
    "value_basis": {"type": "string"}, "explanation": {"type": "string"}
  }
},
"MonitoringForm": {
  "type": "object",
  "required": ["year", "as_of", "budget_fen", "executed_fen"],
  "properties": {
    "year": {"type": "integer", "minimum": 2000, "maximum": 2100, "description": "年度"},
    "as_of": {"type": "string", "format": "date", "description": "截至日期"},
    "budget_fen": {"$ref": "#/components/schemas/Money"},
    "executed_fen": {"$ref": "#/components/schemas/Money"},
    "report_overdue": {"type": "boolean"},
    "indicators": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Indicator"}],
      "properties": {
        "value_so_far": {"type": "string", "description": "截至目前完成值"},
        "likelihood": {"enum": ["certain", "possible", "impossible", ""]},
        "projected_value": {"type": "string", "description": "预计全年完成值"}}}}
  }
},
"MonitoringEvaluation": {
  "type": "object",
  "required": ["colour", "fired", "time_progress", "execution_rate", "target_progress"],
  "properties": {
    "colour": {"enum": ["none", "blue", "red"], "description": "预警等级：无、蓝色一般、红色重要"},
    "fired": {"type": "array", "items": {"type": "object",
      "required": ["rule", "check", "colour", "detail"],
      "properties": {"rule": {"type": "string"}, "check": {"type": "string"},
                     "colour": {"enum": ["blue", "red"]}, "detail": {"type": "string"},
                     "inputs": {}}}},
    "time_progress": {"type": "string"},
    "execution_rate": {"$ref": "#/components/schemas/Rate"},
    "target_progress": {"$ref": "#/components/schemas/Rate"}
  }
},
"ScoreForm": {
  "type": "object",
  "required": ["year", "budget_fen", "executed_fen", "indicators"],
  "properties": {
    "year": {"type": "integer", "minimum": 2000, "maximum": 2100, "description": "年度"},
    "budget_fen": {"$ref": "#/components/schemas/Money"},
    "executed_fen": {"$ref": "#/components/schemas/Money"},
    "indicators": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Indicator"}],
      "properties": {
        "actual_value": {"type": "string", "description": "实际完成值"},
        "not_applicable": {"type": "boolean"},
        "self_score": {"type": ["number", "string", "null"]}}}}
  }
},
"Score": {
  "type": "object",
  "required": ["execution_score", "execution_weight", "execution_rate", "indicators", "total",
               "grade", "grade_label"],
  "properties": {
    "execution_score": {"type": "string"},
    "execution_weight": {"type": "string"},
    "execution_rate": {"$ref": "#/components/schemas/Rate"},
    "execution_detail": {"type": "string"},
    "execution_rule": {"type": "string"},
    "indicators": {"type": "array", "items": {"type": "object",
      "required": ["score", "weight", "rule"],
      "properties": {"score": {"type": "string"}, "weight": {"type": "string"},
                     "rule": {"type": "string"}, "detail": {"type": "string"},
                     "met": {"type": ["boolean", "null"]}, "needs_reason": {"type": "boolean"},
                     "band": {"type": "object"}}}},
    "total": {"type": "string"},
    "self_total": {"type": ["string", "null"]},
    "grade": {"enum": ["excellent", "good", "fair", "poor"]},
    "grade_label": {"enum": ["优", "良", "中", "差"]},
    "grade_rule": {"type": "string"}
  }
},
"Group": {
  "type": "object",
  "required": ["key", "label", "count", "amount_fen", "amount_wan"],
  "properties": {"key": {"type": ["string", "integer"]}, "label": {"type": "string"},
                 "count": {"type": "integer"},
                 "amount_fen": {"$ref": "#/components/schemas/Money"},
                 "amount_wan": {"$ref": "#/components/schemas/Wan"}}
},
"ProjectStatistics": {
  "type": "object",
  "required": ["year", "count", "amount_fen", "amount_wan", "by_fund_type", "by_department",
               "by_region", "by_status", "by_unit"],
  "properties": {
    "year": {"type": "integer"}, "count": {"type": "integer"},
    "amount_fen": {"$ref": "#/components/schemas/Money"},
    "amount_wan": {"$ref": "#/components/schemas/Wan"},
    "by_fund_type": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
    "by_department": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
    "by_region": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
    "by_status": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
    "by_unit": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}}
  }
},
"TargetCoverage": {
  "type": "object",
  "description": "绩效目标覆盖：项目数、已设目标和已批复的项目数、未通过审核数、金额及覆盖率",
  "required": ["projects", "projects_with_target", "projects_approved", "failing", "amount_fen",
               "amount_wan", "amount_approved_fen", "project_coverage", "amount_coverage"],
  "properties": {
    "key": {"type": "string"}, "label": {"type": "string"},
    "projects": {"type": "integer"}, "projects_with_target": {"type": "integer"},
    "projects_approved": {"type": "integer"}, "failing": {"type": "integer"},
    "amount_fen": {"$ref": "#/components/schemas/Money"},
    "amount_wan": {"$ref": "#/components/schemas/Wan"},
    "amount_approved_fen": {"$ref": "#/components/schemas/Money"},
    "project_coverage": {"$ref": "#/components/schemas/Rate"},
    "amount_coverage": {"$ref": "#/components/schemas/Rate"}
  }
},
"TargetStatistics": {
  "allOf": [{"$ref": "#/components/schemas/TargetCoverage"}],
  "required": ["year", "submitted", "decided", "first_pass", "first_pass_rate", "approved",
               "returned", "rejected", "by_status", "region", "by_region", "by_department",
               "by_fund_type"],
  "properties": {
    "year": {"type": "integer"},
    "submitted": {"type": "integer"}, "decided": {"type": "integer"},
    "first_pass": {"type": "integer", "description": "一次通过审核的目标数"},
    "first_pass_rate": {"$ref": "#/components/schemas/Rate"},
    "approved": {"type": "integer"}, "returned": {"type": "integer"}, "rejected": {"type": "integer"},
    "by_status": {"type": "object", "additionalProperties": {"type": "integer"}},
    "region": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                                                "level": {"type": "string"}}},
    "trail": {"type": "array", "items": {"type": "object"}},
    "by_region": {"type": "array", "items": {"$ref": "#/components/schemas/TargetCoverage"}},
    "by_department": {"type": "array", "items": {"$ref": "#/components/schemas/TargetCoverage"}},
    "by_fund_type": {"type": "array", "items": {"$ref": "#/components/schemas/TargetCoverage"}}
  }
},
"OpenApi": {
  "type": "object",
  "required": ["openapi", "info", "paths", "components"],
  "properties": {"openapi": {"type": "string"}, "info": {"type": "object"},
                 "paths": {"type": "object"}, "components": {"type": "object"}}
}
})json";

}  // namespace

const boost::json::object& openapi_schemas() {
  static const boost::json::object schemas = boost::json::parse(kSchemas).as_object();
  return schemas;
}

}  // namespace jixiao::http
