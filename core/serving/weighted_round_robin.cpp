// WeightedRoundRobin: the smooth weighted round-robin of nginx's upstream module.
#include "core/serving/weighted_round_robin.h"

#include <algorithm>

namespace atelier {

WeightedRoundRobin::WeightedRoundRobin(const QList<int> &weights)
    : m_scores(weights.size(), 0)
{
    for (int weight : weights) {
        m_weights.append(std::max(0, weight));
        m_total += m_weights.constLast();
    }
}

int WeightedRoundRobin::pick()
{
    if (m_total <= 0)
        return -1;
    int best = -1;
    for (qsizetype i = 0; i < m_weights.size(); ++i) {
        m_scores[i] += m_weights[i];
        if (m_weights[i] > 0 && (best < 0 || m_scores[i] > m_scores[best]))
            best = int(i);
    }
    m_scores[best] -= m_total;
    return best;
}

} // namespace atelier
