#include "http/metrics.h"

#include <sstream>

namespace jixiao::http {

void Metrics::record(const std::string& method, const std::string& route, int status,
                     std::int64_t micros) {
  const double seconds = static_cast<double>(micros) / 1e6;
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{method, route, status}];
  auto& h = latency_[{method, route}];
  for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i)
    if (seconds <= kBucketsSeconds[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

void Metrics::add_gauge(std::string name, std::string help, std::function<double()> sample) {
  std::lock_guard<std::mutex> lock(mutex_);
  gauges_[std::move(name)] = Gauge{std::move(help), std::move(sample), {}};
}

void Metrics::add_gauge(std::string name, std::string help,
                        std::function<std::pair<std::string, double>()> labelled) {
  std::lock_guard<std::mutex> lock(mutex_);
  gauges_[std::move(name)] = Gauge{std::move(help), {}, std::move(labelled)};
}

void Metrics::add_counter(std::string name, std::string help,
                          std::function<std::vector<std::pair<std::string, double>>()> labelled) {
  std::lock_guard<std::mutex> lock(mutex_);
  counters_[std::move(name)] = Counter{std::move(help), std::move(labelled)};
}

std::string Metrics::render() const {
  std::ostringstream out;
  std::lock_guard<std::mutex> lock(mutex_);
  out << "# HELP jixiao_http_requests_total HTTP requests by route and status.\n"
         "# TYPE jixiao_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    out << "jixiao_http_requests_total{method=\"" << method << "\",route=\"" << route
        << "\",status=\"" << status << "\"} " << n << "\n";
  }
  out << "# HELP jixiao_http_request_duration_seconds Time to answer a request.\n"
         "# TYPE jixiao_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const std::string labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i)
      out << "jixiao_http_request_duration_seconds_bucket{" << labels << ",le=\""
          << kBucketsSeconds[i] << "\"} " << h.buckets[i] << "\n";
    out << "jixiao_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count
        << "\n";
    out << "jixiao_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n";
    out << "jixiao_http_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
  }
  for (const auto& [name, g] : gauges_) {
    out << "# HELP " << name << " " << g.help << "\n# TYPE " << name << " gauge\n";
    if (g.labelled) {
      const auto [labels, value] = g.labelled();
      out << name << "{" << labels << "} " << value << "\n";
    } else {
      out << name << " " << g.sample() << "\n";
    }
  }
  for (const auto& [name, c] : counters_) {
    out << "# HELP " << name << " " << c.help << "\n# TYPE " << name << " counter\n";
    for (const auto& [labels, value] : c.labelled())
      out << name << "{" << labels << "} " << value << "\n";
  }
  return out.str();
}

}  // namespace jixiao::http
