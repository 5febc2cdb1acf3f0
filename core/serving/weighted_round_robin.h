// WeightedRoundRobin: picks among weighted choices so that every stretch of picks keeps the weights.
#pragma once

#include <QList>

namespace atelier {

// nginx's smooth weighted round-robin: each pick adds every weight to its choice's running score,
// takes the highest score and lowers it by the sum of the weights. Over any sum(weights)
// consecutive picks each choice is taken exactly weight times, and the rarer choices are spread
// evenly (90/10 gives one B in every ten, never ten in a row). It is deterministic, so a split's
// observed shares match its weights from the first requests on, which a seeded random choice
// would only approach (about ±0.7 points for 90/10 over 2,000 requests).
class WeightedRoundRobin
{
public:
    // Negative weights count as 0; with no positive weight, pick() returns -1.
    explicit WeightedRoundRobin(const QList<int> &weights = {});

    int pick();
    QList<int> weights() const { return m_weights; }

private:
    QList<int> m_weights;
    QList<long long> m_scores;
    long long m_total = 0;
};

} // namespace atelier
