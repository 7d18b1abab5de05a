#include "http/job_queue.h"

#include <gtest/gtest.h>

#include <string>

namespace jixiao::http {
namespace {

// A request by its name: "read 1", "write 1".
using Queue = JobQueue<std::string>;

std::string taken(Queue& q, bool writers_thread) {
  const auto turn = q.take(writers_thread);
  return turn.job ? *turn.job : "none";
}

TEST(JobQueue, AWritersThreadTakesTheOldestWriteAndNeverARead) {
  Queue q(2, false);
  std::string r1 = "read 1", w1 = "write 1", w2 = "write 2";
  q.push(&r1, true);
  EXPECT_EQ(taken(q, true), "none");  // a read waits for a worker
  q.push(&w1, false);
  q.push(&w2, false);
  EXPECT_EQ(taken(q, true), "write 1");
  EXPECT_EQ(taken(q, true), "write 2");
  EXPECT_EQ(taken(q, false), "read 1");
}

TEST(JobQueue, AWorkerTakesReadsAheadOfWritesWhileAWritersThreadIsFree) {
  Queue q(2, true);
  std::string w1 = "write 1", r1 = "read 1";
  q.push(&w1, false);
  q.push(&r1, true);
  EXPECT_EQ(taken(q, false), "read 1");
  EXPECT_EQ(taken(q, false), "none");  // the write is the writers' threads' to take
  EXPECT_EQ(taken(q, true), "write 1");
}

TEST(JobQueue, AWorkerAtTheWritersPriorityTakesAWriteOnlyWhenEveryWritersThreadIsBusy) {
  Queue q(2, true);
  std::string w1 = "write 1", w2 = "write 2", w3 = "write 3", r1 = "read 1";
  for (auto* w : {&w1, &w2, &w3}) q.push(w, false);
  q.push(&r1, true);
  EXPECT_EQ(taken(q, true), "write 1");
  EXPECT_EQ(taken(q, false), "read 1");  // one writers' thread still free
  EXPECT_EQ(taken(q, true), "write 2");
  const auto turn = q.take(false);  // both busy: the worker takes the write
  ASSERT_NE(turn.job, nullptr);
  EXPECT_EQ(*turn.job, "write 3");
  EXPECT_TRUE(turn.write);
}

TEST(JobQueue, AWorkerBelowTheWritersPriorityNeverTakesAWrite) {
  Queue q(1, false);
  std::string w1 = "write 1", w2 = "write 2";
  q.push(&w1, false);
  q.push(&w2, false);
  EXPECT_EQ(taken(q, true), "write 1");  // the one writers' thread is busy from here
  EXPECT_EQ(taken(q, false), "none");
  q.writer_done();
  EXPECT_EQ(taken(q, true), "write 2");
}

TEST(JobQueue, AWritersThreadIsFreeAgainWhenItsWriteIsDone) {
  Queue q(1, true);
  std::string w1 = "write 1", w2 = "write 2";
  q.push(&w1, false);
  q.push(&w2, false);
  EXPECT_EQ(taken(q, true), "write 1");
  q.writer_done();
  EXPECT_EQ(taken(q, false), "none");  // the writers' thread is free again: the write is its
  EXPECT_EQ(taken(q, true), "write 2");
}

}  // namespace
}  // namespace jixiao::http
