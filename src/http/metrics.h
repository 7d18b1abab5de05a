// Prometheus text metrics: requests by route and status, a latency histogram, pool usage.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::http {

class Metrics {
 public:
  void record(const std::string& method, const std::string& route, int status, std::int64_t micros);
  // Extra gauges sampled at scrape time (database pool, worker queue).
  void add_gauge(std::string name, std::string help, std::function<double()> sample);
  // A gauge with labels read at the same time as its value, e.g. {hash="…"} (the text between
  // the braces).
  void add_gauge(std::string name, std::string help,
                 std::function<std::pair<std::string, double>()> labelled);
  // A counter of several label sets (e.g. {reason="expired"}), each with its count, read at
  // scrape time.
  void add_counter(std::string name, std::string help,
                   std::function<std::vector<std::pair<std::string, double>>()> labelled);
  std::string render() const;

  static constexpr std::array<double, 12> kBucketsSeconds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

 private:
  struct Histogram {
    std::array<std::uint64_t, kBucketsSeconds.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  struct Gauge {
    std::string help;
    std::function<double()> sample;
    std::function<std::pair<std::string, double>()> labelled;
  };
  mutable std::mutex mutex_;
  // Key: method, route, status. Guarded by mutex_.
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;  // guarded by mutex_
  std::map<std::string, Gauge> gauges_;                               // set before serving
  struct Counter {
    std::string help;
    std::function<std::vector<std::pair<std::string, double>>()> labelled;
  };
  std::map<std::string, Counter> counters_;  // set before serving
};

}  // namespace jixiao::http
