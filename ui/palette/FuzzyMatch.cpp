// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette/FuzzyMatch.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace maestro::ui {

namespace {

constexpr int MatchPoints = 10;
constexpr int WordStartBonus = 30;
constexpr int ConsecutiveBonus = 15;
constexpr int FirstLetterBonus = 20;

bool isWordStart(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return !before.isLetterOrNumber() || (before.isLower() && text.at(i).isUpper());
}

} // namespace

int fuzzyScore(const QString &query, const QString &text)
{
    QString needle;
    for (const QChar c : query) {
        if (!c.isSpace())
            needle.append(c.toCaseFolded());
    }
    if (needle.isEmpty())
        return 0;
    const QString hay = text.toCaseFolded();
    if (hay.isEmpty())
        return -1;
    // best[j] after row i: the best score with needle[0..i] matched and needle[i] at hay[j]
    // (dynamic programming, so "scl up" finds "Scale up" even where a greedy match would
    // spend the "u" on an earlier letter). Names are short: quadratic is fine.
    const qsizetype n = needle.size();
    const qsizetype m = hay.size();
    constexpr int None = std::numeric_limits<int>::min() / 2;
    QList<int> previous(m, None);
    QList<int> current(m, None);
    for (qsizetype i = 0; i < n; ++i) {
        int bestBefore = None; // max of previous[0..j-2], the non-adjacent predecessors
        for (qsizetype j = 0; j < m; ++j) {
            current[j] = None;
            if (i > 0 && j >= 2)
                bestBefore = std::max(bestBefore, previous[j - 2]);
            if (hay.at(j) != needle.at(i))
                continue;
            const int letter = MatchPoints + (isWordStart(text, j) ? WordStartBonus : 0) +
                               (j == 0 ? FirstLetterBonus : 0);
            if (i == 0) {
                current[j] = letter - int(j); // an early start reads as a better match
                continue;
            }
            int best = bestBefore == None ? None : bestBefore + letter;
            if (j >= 1 && previous[j - 1] != None)
                best = std::max(best, previous[j - 1] + letter + ConsecutiveBonus);
            current[j] = best;
        }
        std::swap(previous, current);
    }
    const int best = *std::max_element(previous.cbegin(), previous.cend());
    if (best <= None / 2)
        return -1;
    // Among equal matches the shorter name is the closer one; never below 1.
    return std::max(1, best * 4 - int(m));
}

} // namespace maestro::ui
