// The annual report's JSON: the figures as a frozen report keeps them (and reads them back), the
// document's blocks and runs as the page draws them, and the narrative.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "annual_report/model.h"
#include "annual_report/narrative.h"
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

}  // namespace jixiao::annual_report
