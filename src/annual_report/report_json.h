// The annual report's JSON: the figures as a frozen report keeps them (and reads them back), the
// document's blocks and runs as the page draws them, the narrative, and the report's answer.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "annual_report/model.h"
#include "annual_report/narrative.h"
#include "annual_report/report_service.h"
#include "annual_report/template.h"

namespace jixiao::annual_report {

boost::json::object frozen_figures_json(const FigureSet& set);
FigureSet frozen_figures_of(const std::string& json);

boost::json::object figure_ref_json(const FigureRef& f);
boost::json::array blocks_json(const ReportDocument& doc);
boost::json::array placeholders_json(const std::vector<Placeholder>& all);

boost::json::object narrative_json(const Narrative& n);
// The narrative kept as JSON (an object of strings); anything else reads as empty.
Narrative narrative_of(const std::string& json);

// The report as the page reads it: its state, document, narrative, placeholders and sections.
boost::json::object view_json(const ReportView& v);

}  // namespace jixiao::annual_report
