// Self-evaluation (src/self_evaluation). POST /api/v1/self-evaluations:score is the caller's own
// (subject `own`, walked past like monitoring:evaluate): it reads no stored evaluation, and the
// rules it applies are those of the caller's own region for the year, so there is nothing of
// another unit or region to reach; tests/api/self_evaluation_score.test.mjs shows a region's rule
// changing its answer. The evaluations' own subjects add their foreign objects here.
export default {};
